#!/usr/bin/env bash
# The README's first command. Installs what is missing, builds Kiln, starts the libvirt daemons
# (no systemd needed), builds the tinyos base image from Debian packages, imports it into the
# catalog, loads the example components and the demo pipeline, runs the pipeline in real VMs
# (build VM → test VM → qcow2 export) and shows it live; then starts the GUI if there is a display.
# Idempotent: a second run reuses everything and just runs a new build.
#
#   KILN_HOME       the Kiln home to use (default: ~/.local/share/Kiln/kiln, as kilnctl and the GUI)
#   KILN_BUILD_DIR  the build folder (default: build)
#   KILN_URI        the libvirt URI of the demo's infrastructure (default: qemu:///session)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD_DIR=${KILN_BUILD_DIR:-build}
case "$BUILD_DIR" in /*) ;; *) BUILD_DIR="$ROOT/$BUILD_DIR" ;; esac

./scripts/deps.sh
./scripts/build.sh
./scripts/daemons.sh

KILNCTL="$BUILD_DIR/app/kilnctl/kilnctl"
export KILN_AGENT="${KILN_AGENT:-$BUILD_DIR/app/kiln-agent/kiln-agent}"
# The same default home as kilnctl and the GUI (Qt's AppDataLocation for Kiln/kiln).
export KILN_HOME="${KILN_HOME:-${XDG_DATA_HOME:-$HOME/.local/share}/Kiln/kiln}"
kilnctl() { "$KILNCTL" "$@"; }

# The base image: tinyos, built from Debian's kernel and busybox (cached; seconds when up to date).
FIXTURE="$BUILD_DIR/fixtures/tinyos"
tests/fixtures/tinyos/build.sh "$FIXTURE"
if ! kilnctl image get tinyos@1.0.0 >/dev/null 2>&1; then
  kilnctl image import --file "$FIXTURE/tinyos.qcow2" --name tinyos --version 1.0.0 \
    --kernel "$FIXTURE/vmlinux" --initrd "$FIXTURE/initrd.img" --cmdline "$(cat "$FIXTURE/cmdline")" \
    --description "tinyos: a tiny Debian-kernel + busybox image for trying Kiln"
fi

# The example components (identical content is not a new version: safe to repeat).
EX="$ROOT/resources/examples"
kilnctl component create --file "$EX/components/hello.yml" --name hello --version 1.0.0 >/dev/null
kilnctl component create --file "$EX/components/motd.yml" --name motd --version 1.0.0 >/dev/null
kilnctl component create --file "$EX/components/smoke-test.yml" --name smoke-test --version 1.0.0 --type test >/dev/null

# The recipe, infrastructure, distribution and pipeline; exports go to the Kiln home's exports/.
EXPORTS="${KILN_EXPORTS:-$KILN_HOME/exports}"
mkdir -p "$EXPORTS"
DEMO=$(mktemp --suffix=.yml)
trap 'rm -f "$DEMO"' EXIT
sed -e "s|@EXPORTS@|$EXPORTS|" -e "s|uri: qemu:///session|uri: ${KILN_URI:-qemu:///session}|" "$EX/demo.yml" > "$DEMO"
kilnctl apply -f "$DEMO"

# Can this machine run builds? (prints the fix for anything missing)
kilnctl doctor --infrastructure local --no-kvm-probe || true

echo
echo "Running the demo pipeline (Ctrl-C stops watching; the build goes on):"
status=0
kilnctl pipeline start demo --follow || status=$?
if [ "$status" -eq 0 ]; then
  echo "The image is in the catalog (kilnctl image list) and exported to $EXPORTS."
fi

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$BUILD_DIR/app/kiln/kiln" ]; then
  exec "$BUILD_DIR/app/kiln/kiln"
else
  echo "No display found: start the GUI later with $BUILD_DIR/app/kiln/kiln"
fi
exit "$status"
