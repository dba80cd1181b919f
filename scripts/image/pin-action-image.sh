#!/usr/bin/env bash
# For a release: makes action.yml pull a published image instead of building the Dockerfile on every run of
# every workflow that uses the action. The repository itself keeps `image: "Dockerfile"`, so its own
# workflows (`uses: ./`) always run the image built from the Dockerfile they are testing.
#
#   scripts/image/pin-action-image.sh docker://ghcr.io/OWNER/datasette-export:v1.2.3 [action.yml]
set -euo pipefail
image="${1:?usage: pin-action-image.sh docker://REGISTRY/NAME:TAG [action.yml]}"
file="${2:-action.yml}"
case "$image" in
  docker://*:*) ;;
  *) echo "pin-action-image: '$image' is not a docker://NAME:TAG image" >&2; exit 1 ;;
esac
if ! grep -qx '  image: "Dockerfile"' "$file"; then
  echo "pin-action-image: $file has no '  image: \"Dockerfile\"' line to replace" >&2
  exit 1
fi
sed -i "s#^  image: \"Dockerfile\"\$#  image: \"$image\"#" "$file"
