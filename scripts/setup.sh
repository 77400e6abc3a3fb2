#!/usr/bin/env bash
# Command one's first half (`npm run setup`): installs the Debian/Ubuntu packages of scripts/system-packages.txt
# that are missing (apt-get, as root or through sudo), then `npm ci` and one build. Where apt-get is not available
# it prints exactly what to install and stops.
#   scripts/setup.sh           install what is missing, npm ci, build
#   scripts/setup.sh --check   only report missing packages (exit 1 when any is missing); installs nothing
#   scripts/setup.sh --system  install the missing packages only (no npm ci, no build)
set -euo pipefail
cd "$(dirname "$0")/.."

LIST="${SYSTEM_PACKAGES_FILE:-scripts/system-packages.txt}"
mode="${1:-all}"
case "$mode" in all|--check|--system) ;; *) echo "usage: scripts/setup.sh [--check | --system]" >&2; exit 2;; esac

packages=()
missing=()
while read -r name probe _; do
  case "$name" in ''|'#'*) continue;; esac
  packages+=("$name")
  [ -e "$probe" ] || missing+=("$name")
done < "$LIST"

if [ "$mode" = "--check" ]; then
  if [ ${#missing[@]} -gt 0 ]; then
    echo "missing system packages: ${missing[*]}"
    echo "install them with: npm run setup   (or: sudo apt-get install -y --no-install-recommends ${missing[*]})"
    exit 1
  fi
  echo "all ${#packages[@]} system packages present"
  exit 0
fi

if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "apt-get is not available on this machine. Install these packages (Debian names) with your package manager:" >&2
    echo "  ${missing[*]}" >&2
    echo "then run npm run setup again." >&2
    exit 1
  fi
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "not root and no sudo: as root, run:" >&2
      echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
      exit 1
    fi
    as_root=(sudo)
  fi
  echo "installing system packages: ${missing[*]}"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  # The Redis package starts a server on 6379 as a service; Candor's tests start their own on a free port.
  "$0" --check
fi

[ "$mode" = "--system" ] && exit 0

npm ci --no-audit --no-fund
npm run build
