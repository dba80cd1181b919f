#!/usr/bin/env bash
# Builds the image from the Dockerfile, unchanged, and checks it the way people and GitHub run it:
#   1. `export` writes a site, as root and as --user 1000:1000, with nothing stray in the site folder; the
#      HTML pages are byte for byte those the host exports (dist/ on the host's Node).
#   2. the action, started as GitHub starts a Docker action (entrypoint + runs.args of action.yml, every
#      INPUT_* with its default, the workspace mounted as working directory, /github/file_commands,
#      HOME=/github/home, GITHUB_* variables), exports, writes its outputs and a summary, leaves files the
#      runner user (uid 1001) can read and nothing stray in the workspace.
#   3. `serve` answers on a read-only mount (the README's example).
# Prints the image's size, its layers, the build and check times.
#
#   scripts/image/check.sh
#
# Uses podman. Where Docker Hub is out of reach (this project's CI machines) it first makes a stand-in for
# the base image (stand-in-base.sh) and runs containers with runc and explicit ulimits, which that sandbox
# needs; STAND_IN_BASE=0 skips both and pulls the real base. IMAGE_CACHE (default
# ~/.cache/datasette-export-image) keeps the stand-in's Debian root file system between runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo="$PWD"
tag="${IMAGE_TAG:-localhost/datasette-export:check}"
cache="${IMAGE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/datasette-export-image}"
export IMAGE_CACHE="$cache"
mkdir -p "$cache"

fail() {
  echo "IMAGE CHECK FAILED: $*" >&2
  exit 1
}
step() { echo "--- $* ($(($(date +%s) - started)) s)"; }
started=$(date +%s)

pull=missing
if [ "${STAND_IN_BASE:-1}" = 1 ]; then
  # This sandbox: crun cannot set rlimits here, and the default ulimits exceed what a container may set.
  hard_nofile="$(ulimit -Hn)"
  printf '[containers]\ndefault_ulimits = ["nofile=%s:%s", "nproc=32768:32768"]\n[engine]\nruntime = "runc"\n' \
    "$hard_nofile" "$hard_nofile" >"$cache/containers.conf"
  export CONTAINERS_CONF="$cache/containers.conf"
  major="$(sed -n 's/^FROM node:\([0-9]*\)-bookworm-slim.*/\1/p' Dockerfile | sort -u)"
  [ "$(echo "$major" | wc -l)" = 1 ] || fail "the Dockerfile's stages name different Node versions: $major"
  step "stand-in for node:${major}-bookworm-slim"
  scripts/image/stand-in-base.sh "$major"
  pull=never
fi

step "building $tag"
build_log="$cache/build.log"
build_start=$(date +%s)
podman build --format docker --pull="$pull" --network host -t "$tag" . >"$build_log" 2>&1 ||
  { tail -40 "$build_log"; fail "podman build failed (log: $build_log)"; }
build_seconds=$(($(date +%s) - build_start))
if grep -n "EBADENGINE" "$build_log"; then fail "npm warned EBADENGINE while building the image"; fi

checks_start=$(date +%s)
work="$(mktemp -d)"
chmod 755 "$work" # the uid 1000 and 1001 checks below must reach into it
containers=()
cleanup() {
  for c in "${containers[@]}"; do podman rm -f "$c" >/dev/null 2>&1 || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# The package as the host runs it, for the rendering comparison.
step "host build and example databases"
npm run --silent build
# Fresh example databases: files left in WAL mode by earlier runs cannot be opened on a read-only mount.
npm run --silent example:build >/dev/null

image_node="$(podman run --rm --network none --entrypoint node "$tag" --version)"
echo "image runs Node $image_node; host runs Node $(node --version)"

# Pages whose HTML does not depend on timing: the index and database pages are left out, since their row
# counts are shown only when counting took under 10 ms (Datasette's rule), which a loaded machine misses;
# the time limits of queries and facets are raised for the same reason.
export_args=(
  --crossdb --render browser
  --setting sql_time_limit_ms 60000 --setting facet_time_limit_ms 60000
  --setting facet_suggest_time_limit_ms 60000
  --path /plugins --path /news --path /about --path /content/plugins --path /content/authors
  --path /stats/downloads
  --sql "select '/plugins/' || name from content.plugins"
  --sql "select '/content/plugins/' || name from content.plugins"
)

listing() { (cd "$1" && find . -mindepth 1 -maxdepth 1 | sort); }

# --- 1. export ------------------------------------------------------------------------------------------
site="$work/site"
cp -r example-site "$site"
# A plugin that imports the plugin API by its package name: resolved to the bundle's api.js in the image.
printf '%s\n' 'import { escape } from "datasette-export/plugin";' \
  'export default { name: "uses-api", extraCssUrls: () => (escape("x") ? [] : ["never"]) };' \
  >"$site/plugins/uses-api.mjs"
chmod -R a+rwX "$site" # --user 1000:1000 writes here too
before="$(listing "$site")"
step "export as root"
podman run --rm --network none -v "$site:/site" -w /site "$tag" \
  export . --path / --path /plugins --crossdb --output _site-root >"$work/export-root.log" 2>&1 ||
  { cat "$work/export-root.log"; fail "export as root failed"; }
[ -s "$site/_site-root/index.html" ] && [ -s "$site/_site-root/plugins.html" ] ||
  fail "export as root wrote no index.html/plugins.html"

step "export as --user 1000:1000"
podman run --rm --network none --user 1000:1000 -v "$site:/site" -w /site "$tag" \
  export . "${export_args[@]}" --output _site-user >"$work/export-user.log" 2>&1 ||
  { cat "$work/export-user.log"; fail "export as --user 1000:1000 failed"; }
[ "$(stat -c %u "$site/_site-user/plugins.html")" = 1000 ] || fail "--user 1000:1000 wrote files as another uid"
after="$(listing "$site")"
stray="$(comm -13 <(echo "$before") <(echo "$after") | grep -vx -e ./_site-root -e ./_site-user || true)"
[ -z "$stray" ] || fail "export left stray files in the site folder: $stray"

step "export on the host (Node $(node --version)) for the comparison"
node dist/cli.js export example-site "${export_args[@]}" --output "$work/host-site" >"$work/export-host.log" 2>&1 ||
  { cat "$work/export-host.log"; fail "export on the host failed"; }
pages=0
while IFS= read -r page; do
  cmp -s "$work/host-site/$page" "$site/_site-user/$page" ||
    { diff "$work/host-site/$page" "$site/_site-user/$page" | head -20; fail "$page differs between host and image"; }
  pages=$((pages + 1))
done < <(cd "$work/host-site" && find . -name '*.html' | sort)
[ "$pages" -ge 15 ] || fail "only $pages HTML pages to compare"
[ "$(cd "$work/host-site" && find . -name '*.html' | sort)" = "$(cd "$site/_site-user" && find . -name '*.html' | sort)" ] ||
  fail "the image and the host exported different sets of pages"
echo "$pages HTML pages identical between host and image"

# --- 2. the action, as GitHub runs a Docker action ---------------------------------------------------------
step "the action, as GitHub runs it"
job="$work/job"
mkdir -p "$job/file_commands" "$job/home" "$job/workflow"
cp -r example-site "$job/workspace"
: >"$job/file_commands/set_output"
: >"$job/file_commands/step_summary"
echo '{}' >"$job/workflow/event.json"
ws_before="$(listing "$job/workspace")"
# Every input with its default, then the workflow's `with:`; runs.args appended to the entrypoint.
action_yml() {
  node --input-type=module -e '
    import { readFileSync } from "node:fs";
    import { parse } from "yaml";
    const action = parse(readFileSync("action.yml", "utf8"));
    const withs = JSON.parse(process.argv[2]);
    const out = process.argv[1] === "env"
      ? Object.entries(action.inputs).flatMap(([name, input]) =>
          ["-e", `INPUT_${name.replaceAll(" ", "_").toUpperCase()}=${withs[name] ?? String(input.default ?? "")}`])
      : action.runs.args;
    process.stdout.write(out.map((a) => a + "\0").join(""));
  ' "$1" '{"path": ".", "paths": "/\n/plugins", "crossdb": "true", "crawl": "false", "upload": "false"}'
}
mapfile -d '' env_args < <(action_yml env)
mapfile -d '' run_args < <(action_yml args)
[ "${#env_args[@]}" -gt 20 ] && [ "${#run_args[@]}" -ge 1 ] || fail "could not read inputs and runs.args from action.yml"
podman run --rm --network none \
  --workdir /github/workspace \
  -v "$job/workspace:/github/workspace" -v "$job/file_commands:/github/file_commands" \
  -v "$job/home:/github/home" -v "$job/workflow:/github/workflow" \
  -e HOME=/github/home -e CI=true -e GITHUB_ACTIONS=true -e GITHUB_WORKSPACE=/github/workspace \
  -e GITHUB_OUTPUT=/github/file_commands/set_output -e GITHUB_STEP_SUMMARY=/github/file_commands/step_summary \
  -e GITHUB_EVENT_PATH=/github/workflow/event.json -e GITHUB_REPOSITORY=owner/repo \
  -e GITHUB_REPOSITORY_OWNER=owner -e GITHUB_SERVER_URL=https://github.com -e GITHUB_API_URL=https://api.github.com \
  -e GITHUB_RUN_ID=1 -e GITHUB_RUN_ATTEMPT=1 -e GITHUB_SHA=0000000000000000000000000000000000000000 \
  -e GITHUB_REF=refs/heads/main -e GITHUB_EVENT_NAME=push -e GITHUB_JOB=export -e GITHUB_ACTION=export \
  -e RUNNER_OS=Linux -e RUNNER_ARCH=X64 -e RUNNER_TEMP=/home/runner/work/_temp \
  -e RUNNER_TOOL_CACHE=/opt/hostedtoolcache \
  "${env_args[@]}" "$tag" "${run_args[@]}" >"$work/action.log" 2>&1 ||
  { cat "$work/action.log"; fail "the action failed"; }
outputs="$job/file_commands/set_output"
for name in output pages files bytes artifact-path; do
  grep -q "^$name<<" "$outputs" || fail "the action did not set the output $name"
done
artifact="$(awk '/^artifact-path<</ { getline; print; exit }' "$outputs")"
output="$(awk '/^output<</ { getline; print; exit }' "$outputs")"
[ "$output" = _site ] || fail "outputs.output is '$output', not _site"
[ -n "$artifact" ] && [ -f "$job/workspace/$artifact" ] || fail "outputs.artifact-path '$artifact' is not a file in the workspace"
[ -s "$job/file_commands/step_summary" ] || fail "the action wrote no job summary"
[ -s "$job/workspace/_site/plugins.html" ] || fail "the action exported no plugins.html"
# What later steps of the job, running as the runner user, must read.
unreadable="$(setpriv --reuid 1001 --regid 1001 --clear-groups -- \
  find "$job/workspace/_site" "$(dirname "$job/workspace/$artifact")" \( -type d ! -executable -o ! -readable \) -print 2>&1)"
[ -z "$unreadable" ] || fail "uid 1001 cannot read what the action wrote: $unreadable"
setpriv --reuid 1001 --regid 1001 --clear-groups -- tar -tf "$job/workspace/$artifact" >/dev/null ||
  fail "uid 1001 cannot read the artifact"
ws_after="$(listing "$job/workspace")"
stray="$(comm -13 <(echo "$ws_before") <(echo "$ws_after") | grep -vx -e ./_site -e ./_site.report.json -e ./.datasette-export || true)"
[ -z "$stray" ] || fail "the action left stray files in the workspace: $stray"

# --- 3. serve on a read-only mount -------------------------------------------------------------------------
step "serve on a read-only mount"
port="$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
name="datasette-export-check-serve-$$"
containers+=("$name")
podman run -d --name "$name" -p "127.0.0.1:$port:8001" -v "$repo/example-site:/site:ro" "$tag" \
  serve /site --host 0.0.0.0 >/dev/null
answered=""
for _ in $(seq 1 120); do
  if answered="$(curl -fsS "http://127.0.0.1:$port/content/plugins.json?_shape=array" 2>/dev/null)"; then break; fi
  [ "$(podman inspect -f '{{.State.Running}}' "$name")" = true ] || break
  answered=""
  sleep 1
done
if [ -z "$answered" ]; then
  podman logs "$name" 2>&1 | tail -20
  fail "serve on a read-only mount did not answer"
fi
echo "$answered" | grep -q '"name"' || fail "serve answered without rows: $answered"
podman rm -f "$name" >/dev/null

checks_seconds=$(($(date +%s) - checks_start))
step "image checks passed"
echo "image: $tag, Node $image_node"
podman image inspect --format 'size: {{.Size}} bytes' "$tag"
echo "layers (size, instruction):"
podman history --format '{{.Size}}\t{{.CreatedBy}}' "$tag" | cut -c1-160
echo "build: ${build_seconds} s; checks: ${checks_seconds} s; total: $(($(date +%s) - started)) s"
