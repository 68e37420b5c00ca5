#!/usr/bin/env bash
# Installs what `make demo` and `make test` need from Debian on the controller, when it
# is missing: python3-venv (for the tools' virtualenv), rsync (Molecule's image builds)
# and curl.
set -euo pipefail

missing=()
python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv)
command -v rsync >/dev/null 2>&1 || missing+=(rsync)
command -v curl >/dev/null 2>&1 || missing+=(curl)

if [ ${#missing[@]} -gt 0 ]; then
  printf '==> Installing %s from Debian\n' "${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi
