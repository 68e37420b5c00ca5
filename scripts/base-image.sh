#!/usr/bin/env bash
# Makes sure a Debian base image exists locally: usage `base-image.sh IMAGE SUITE`,
# e.g. `base-image.sh debian:bookworm bookworm`.
# Order: an image already present, else a pull, else a minimal image built with
# debootstrap from Debian's mirror and imported (for machines without a registry).
set -euo pipefail

image=${1:?usage: base-image.sh IMAGE SUITE}
suite=${2:?usage: base-image.sh IMAGE SUITE}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
pull_timeout=${PULL_TIMEOUT:-60}

log() { printf '==> %s\n' "$*" >&2; }

if docker image inspect "$image" >/dev/null 2>&1; then
  exit 0
fi

log "Pulling $image"
if timeout "$pull_timeout" docker pull -q "$image" >/dev/null 2>&1; then
  exit 0
fi

log "No registry answered; building $image from $mirror with debootstrap ($suite)"
if ! command -v debootstrap >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq debootstrap >/dev/null
fi
rootfs=$(mktemp -d)
trap 'rm -rf "$rootfs"' EXIT
debootstrap --variant=minbase "$suite" "$rootfs" "$mirror" >/dev/null
tar -C "$rootfs" -c . | docker import - "$image" >/dev/null
log "Built $image"
