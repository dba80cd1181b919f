# datasette-export: the GitHub Action's image, also usable on its own.
#   docker build -t datasette-export .
#   docker run --rm -v "$PWD:/site" -w /site --user "$(id -u):$(id -g)" datasette-export export . --path / --output _site
#   docker run --rm -p 8001:8001 -v "$PWD:/site:ro" datasette-export serve /site --host 0.0.0.0
# As a GitHub Action it runs as root (GitHub requires it to write the workspace) with the workspace as its
# working directory, so this file sets neither USER nor WORKDIR for the final image. Locally, pass
# --user "$(id -u):$(id -g)" so the files it writes belong to you.
# scripts/image/check.sh builds this file and checks the image (README, "Docker").

# Node 24: the active LTS (maintained to April 2028), supported by better-sqlite3 12 and every dependency.
# --- build: bundle the code, keep only the packages that cannot be bundled --------------------------------
FROM node:24-bookworm-slim AS build
# better-sqlite3 downloads a prebuilt binary when one matches; these tools let it compile when none does.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
# The SQL editor (CodeMirror) is bundled from npm packages into static/ (browser/build.mjs).
COPY browser ./browser
COPY static ./static
RUN node browser/build.mjs
COPY scripts/bundle.mjs ./scripts/
# The bundle (esbuild, `npm run bundle`: what the npm package ships as dist/ too) instead of node_modules:
# most of node_modules is build tooling (TypeScript, protobuf) that @actions/artifact declares as runtime
# dependencies. Beside the bundle stay only the native SQLite binding and Playwright's browser driver, and
# of better-sqlite3 only its JS and compiled addon.
RUN npm run bundle \
  && mkdir -p /out/node_modules/better-sqlite3/build/Release \
  && cp -r node_modules/playwright-core node_modules/bindings node_modules/file-uri-to-path /out/node_modules/ \
  && cp -r node_modules/better-sqlite3/package.json node_modules/better-sqlite3/lib /out/node_modules/better-sqlite3/ \
  && cp node_modules/better-sqlite3/build/Release/better_sqlite3.node /out/node_modules/better-sqlite3/build/Release/ \
  && cp -r dist /out/dist
# The built-in templates compiled once here, not in every process; the runtime finds the file in dist/.
COPY templates ./templates
COPY scripts/precompile-templates.ts ./scripts/
RUN npx tsx scripts/precompile-templates.ts /out/dist/templates.compiled.json

# --- runtime ----------------------------------------------------------------------------------------------
FROM node:24-bookworm-slim
# Debian's headless Chromium: the browser without its desktop parts. Its chromium-common package depends on
# x11-utils and xdg-utils, scripts of the desktop browser that the headless shell never runs; through
# x11-utils → libgl1 they bring Mesa's drivers and LLVM (~250 MB). A local empty package that provides
# both names satisfies those two dependencies, so apt installs only the libraries the shell links against.
# Fonts: exported pages are the DOM as HTML, not pixels, so fonts matter only to scripts that measure text.
# Liberation (metric-compatible Arial, Times, Courier: what CSS's default families resolve to) and DejaVu
# (fontconfig's own default) are the host's fonts, so such scripts measure the same in the image as there.
RUN mkdir -p /tmp/no-desktop/DEBIAN \
  && printf '%s\n' 'Package: datasette-export-no-desktop' 'Version: 1.0' 'Architecture: all' \
    'Maintainer: datasette-export' 'Provides: x11-utils, xdg-utils' \
    'Description: stands in for desktop tools the headless Chromium never runs' \
    >/tmp/no-desktop/DEBIAN/control \
  && dpkg-deb --build /tmp/no-desktop /tmp/no-desktop.deb >/dev/null \
  && dpkg -i /tmp/no-desktop.deb \
  && rm -rf /tmp/no-desktop /tmp/no-desktop.deb \
  && apt-get update \
  && apt-get install -y --no-install-recommends \
    chromium-headless-shell \
    ca-certificates \
    fonts-liberation \
    fonts-dejavu-core \
  && rm -rf /var/lib/apt/lists/* /var/cache/debconf/*-old /var/log/apt /var/log/dpkg.log
# HOME and the cache folder are writable for any user: with `--user` of a uid the image does not know,
# HOME would be / and fontconfig would write .cache/ into the working directory, the site folder. GitHub
# sets HOME=/github/home for its actions, which overrides this.
ENV NODE_ENV=production \
    DATASETTE_EXPORT_BROWSER=/usr/bin/chromium-headless-shell \
    HOME=/tmp \
    XDG_CACHE_HOME=/tmp/.cache
COPY --from=build /app/package.json /app/package.json
COPY --from=build /out/node_modules /app/node_modules
COPY --from=build /out/dist /app/dist
COPY templates /app/templates
COPY --from=build /app/static /app/static

LABEL org.opencontainers.image.title="datasette-export" \
      org.opencontainers.image.description="Serve SQLite databases the Datasette way and export them, rendered in Chromium, as a static GitHub Pages site." \
      org.opencontainers.image.licenses="Apache-2.0" \
      org.opencontainers.image.source="https://github.com/datasette-export/datasette-export"

EXPOSE 8001
# No HEALTHCHECK: one image runs `export` and `action` (jobs that end; nothing listens) and `serve` (on
# any --port, under any base_url), so a probe baked in here would call every export unhealthy. For a
# long-running `serve`, give one at run time, e.g. for port 8001:
#   --health-cmd 'node -e "fetch(\"http://127.0.0.1:8001/-/versions.json\").then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"'
ENTRYPOINT ["node", "/app/dist/cli.js"]
CMD ["--help"]
