#!/usr/bin/env bash
# Builds the Debian package with CPack (or takes KILN_PREBUILT_DEB), unpacks it with dpkg-deb -x
# and checks what a user installing it gets: the three programs, the desktop entry, AppStream
# metainfo, hicolor icons, the German translation, and the dependencies.
# Usage: check_package.sh BUILD_DIR
set -uo pipefail
BUILD=${1:?usage: check_package.sh BUILD_DIR}
WORK=$(mktemp -d /tmp/kiln-package-test.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
pass=0
fail=0
check() { # description, command...
  local what=$1; shift
  if "$@" >/dev/null 2>&1; then pass=$((pass + 1)); echo "PASS: $what"; else fail=$((fail + 1)); echo "FAIL: $what"; fi
}

if [ -n "${KILN_PREBUILT_DEB:-}" ]; then
  DEB=$KILN_PREBUILT_DEB
else
  if ! cpack --config "$BUILD/CPackConfig.cmake" -G DEB -B "$WORK/out" >"$WORK/cpack.log" 2>&1; then
    cat "$WORK/cpack.log"
    echo "0 passed, 1 failed"
    exit 1
  fi
  DEB=$(ls "$WORK"/out/kiln_*.deb | head -n1)
fi
echo "package: $DEB"
dpkg-deb -x "$DEB" "$WORK/root"
R=$WORK/root
for f in usr/bin/kiln usr/bin/kilnctl usr/lib/kiln/kiln-agent; do
  check "$f is an executable" test -x "$R/$f"
done
check "kiln-agent is static" bash -c "file '$R/usr/lib/kiln/kiln-agent' | grep -q 'statically linked'"
check "desktop entry" desktop-file-validate "$R/usr/share/applications/io.kiln.Kiln.desktop"
check "AppStream metainfo" appstreamcli validate --no-net "$R/usr/share/metainfo/io.kiln.Kiln.metainfo.xml"
check "scalable icon" test -s "$R/usr/share/icons/hicolor/scalable/apps/io.kiln.Kiln.svg"
for size in 16 32 48 64 128 256; do
  check "${size}px icon is a ${size}x${size} PNG" bash -c "file '$R/usr/share/icons/hicolor/${size}x${size}/apps/io.kiln.Kiln.png' | grep -q '${size} x ${size}'"
done
check "German translation" test -s "$R/usr/share/kiln/translations/kiln_de.qm"
DEPENDS=$(dpkg-deb -f "$DEB" Depends)
echo "Depends: $DEPENDS"
for dep in qemu-system-x86 qemu-utils libvirt-daemon-system xorriso libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libqt6widgets6 libvirt0 libqscintilla2-qt6; do
  check "depends on $dep" bash -c "grep -q '$dep' <<<'$DEPENDS'"
done
VERSION=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD/CMakeCache.txt")
check "package kiln $VERSION" test "$(dpkg-deb -f "$DEB" Package)/$(dpkg-deb -f "$DEB" Version)" = "kiln/$VERSION"
check "unpacked kilnctl --version runs" bash -c "'$R/usr/bin/kilnctl' --version | grep -q '^kilnctl '"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
