#!/usr/bin/env bash
# Makes sure a Docker engine answers on this machine.
# Installs Debian's docker.io when no engine is installed, and starts dockerd in the
# background when none is running (machines without an init system, e.g. CI sandboxes).
set -euo pipefail

log() { printf '==> %s\n' "$*" >&2; }

if docker info >/dev/null 2>&1; then
  exit 0
fi

if ! command -v dockerd >/dev/null 2>&1; then
  log "Installing Docker engine (docker.io) from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq docker.io >/dev/null
fi

if command -v systemctl >/dev/null 2>&1 && systemctl is-system-running >/dev/null 2>&1; then
  log "Starting docker.service"
  systemctl start docker
else
  log "Starting dockerd in the background (log: /var/log/dockerd.log)"
  nohup dockerd >/var/log/dockerd.log 2>&1 &
fi

for _ in $(seq 1 60); do
  if docker info >/dev/null 2>&1; then
    exit 0
  fi
  sleep 1
done
log "Docker engine did not answer within 60 s; see /var/log/dockerd.log"
exit 1
