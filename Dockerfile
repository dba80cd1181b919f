# datasette-export: the GitHub Action's image, also usable on its own.
#   docker build -t datasette-export .
#   docker run --rm -v "$PWD:/site" -w /site --user "$(id -u):$(id -g)" datasette-export export . --path / --output _site
#   docker run --rm -p 8001:8001 -v "$PWD:/site:ro" datasette-export serve /site --host 0.0.0.0
# As a GitHub Action it runs as root (GitHub requires it to write the workspace) with the workspace as its
# working directory, so this file sets neither USER nor WORKDIR for the final image. Locally, pass
# --user "$(id -u):$(id -g)" so the files it writes belong to you.

# --- build: compile TypeScript and install production dependencies ------------------------------------
FROM node:20-bookworm-slim AS build
# better-sqlite3 downloads a prebuilt binary when one matches; these tools let it compile when none does.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev

# --- runtime ----------------------------------------------------------------------------------------------
FROM node:20-bookworm-slim
# Debian's headless Chromium (lighter and faster than the full browser) and the fonts Playwright installs
# for Debian 12, so pages in any script render with real glyphs rather than boxes.
RUN apt-get update \
  && apt-get install -y --no-install-recommends \
    chromium-headless-shell \
    ca-certificates \
    fonts-liberation \
    fonts-noto-color-emoji \
    fonts-unifont \
    fonts-ipafont-gothic \
    fonts-wqy-zenhei \
    fonts-tlwg-loma-otf \
    fonts-freefont-ttf \
    libfontconfig1 \
    libfreetype6 \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    DATASETTE_EXPORT_BROWSER=/usr/bin/chromium-headless-shell
COPY --from=build /app/package.json /app/package.json
COPY --from=build /app/node_modules /app/node_modules
COPY --from=build /app/dist /app/dist
COPY templates /app/templates
COPY static /app/static

LABEL org.opencontainers.image.title="datasette-export" \
      org.opencontainers.image.description="Serve SQLite databases the Datasette way and export them, rendered in Chromium, as a static GitHub Pages site." \
      org.opencontainers.image.licenses="Apache-2.0" \
      org.opencontainers.image.source="https://github.com/datasette-export/datasette-export"

EXPOSE 8001
# For `serve`: any HTTP answer means the server is up (a base_url other than / makes / a 404).
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:8001/').then(r => process.exit(r.status < 500 ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "/app/dist/cli.js"]
CMD ["--help"]
