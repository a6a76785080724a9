#!/usr/bin/env bash
# The README's first command: installs what is missing, builds Kiln, starts the libvirt daemons,
# and starts Kiln.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
./scripts/build.sh
./scripts/daemons.sh
BUILD_DIR=${KILN_BUILD_DIR:-build}
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$BUILD_DIR/app/kiln/kiln"
else
  echo "No display found: start the GUI later with $BUILD_DIR/app/kiln/kiln"
fi
