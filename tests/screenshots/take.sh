#!/usr/bin/env bash
# tests/screenshots/take.sh OUTDIR [BUILD_DIR]
# Prepares a temporary catalog with kilnctl (components, an imported qcow2 made with qemu-img,
# recipes, configurations and pipelines applied from YAML) plus seeded builds, then runs the real
# Kiln under Xvfb with --screenshots, which writes a PNG of every main screen to OUTDIR.
# Set LANG=de_DE.UTF-8 to take the German UI.
set -euo pipefail
OUT=${1:?usage: take.sh OUTDIR [BUILD_DIR]}
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$(cd "$HERE/../.." && pwd)
BUILD=${2:-${KILN_BUILD_DIR:-$SRC/build}}
KILN=$BUILD/app/kiln/kiln
KILNCTL=$BUILD/app/kilnctl/kilnctl
SEED=$BUILD/tests/widgets/kiln-screenshot-seed
for exe in "$KILN" "$KILNCTL" "$SEED"; do
  [ -x "$exe" ] || { echo "take.sh: $exe is missing; build kiln, kilnctl and kiln-screenshot-seed first" >&2; exit 1; }
done
command -v xvfb-run >/dev/null || { echo "take.sh: xvfb-run is missing (apt install xvfb xauth)" >&2; exit 1; }

HOME_DIR=$(mktemp -d /tmp/kiln-screenshots.XXXXXX)
trap 'rm -rf "$HOME_DIR"' EXIT
D=$HERE/data
ctl() { "$KILNCTL" --home "$HOME_DIR" "$@" >/dev/null; }
ctl component create --file "$D/hello.yml" --name hello --version 1.0.0
ctl component create --file "$D/hello-1.1.yml" --name hello --version 1.1.0
ctl component create --file "$D/webserver.yml" --name webserver --version 1.0.0
ctl component create --file "$D/smoke-test.yml" --name smoke-test --version 1.0.0 --type test
qemu-img create -q -f qcow2 "$HOME_DIR/tinyos.qcow2" 64M
ctl image import --file "$HOME_DIR/tinyos.qcow2" --name tinyos --version 1.0.0 --description "Tiny busybox system for tests"
qemu-img create -q -f qcow2 "$HOME_DIR/debian.qcow2" 2G
ctl image import --file "$HOME_DIR/debian.qcow2" --name debian-12 --version 12.7.0 --description "Debian 12 cloud image"
ctl apply -f "$D/resources.yml"
"$SEED" --home "$HOME_DIR" >/dev/null

mkdir -p "$OUT"
# A private settings file so the user's own window layout does not leak into the pictures.
export XDG_CONFIG_HOME=$HOME_DIR/config
timeout 180 xvfb-run -a -s "-screen 0 1600x1000x24" "$KILN" --home "$HOME_DIR" --screenshots "$OUT"
ls "$OUT"/*.png | wc -l | xargs echo "take.sh: PNG files in $OUT:"
