#!/usr/bin/env bash
# Installs everything Kiln needs to build, run and test on Debian 12. Idempotent: installs only
# what is missing. Needs root (or sudo).
set -euo pipefail

PACKAGES=(
  # build
  cmake ninja-build ccache g++ pkg-config clang libclang-rt-14-dev
  qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev qt6-svg-dev libgl-dev libqscintilla2-qt6-dev libyaml-cpp-dev libyaml-dev libvirt-dev
  libssl-dev
  # run: libvirt + QEMU (TCG), disk and ISO tools
  libvirt-daemon-system libvirt-clients qemu-system-x86 qemu-utils dnsmasq-base tini
  xorriso e2fsprogs cpio zstd xz-utils kmod ca-certificates
  # tests, screenshots, packaging
  xvfb xauth desktop-file-utils appstream dpkg-dev file python3 openssl librsvg2-bin
  # debian-cloud fixture (debootstrap) and its checks (socat reads the agent channel, debugfs via
  # e2fsprogs), GNU time, bc
  debootstrap socat time bc
)
# The head-to-head benchmark (tests/bench/peers) also needs the peers: packer and
# libguestfs-tools (virt-customize/virt-cat; its appliance boots the host's kernel, hence
# linux-image-amd64). Only with --peers: the test suite does not need them.
if [ "${1:-}" = "--peers" ]; then
  PACKAGES+=(packer libguestfs-tools linux-image-amd64)
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "deps: everything is installed"
  exit 0
fi
echo "deps: installing ${missing[*]}"
# Update the package lists at most once a day.
stamp=/var/lib/apt/periodic/kiln-update-stamp
if [ ! -f "$stamp" ] || [ -n "$(find "$stamp" -mmin +1440 2>/dev/null)" ]; then
  $SUDO apt-get update -qq
  $SUDO mkdir -p "$(dirname "$stamp")" && $SUDO touch "$stamp"
fi
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
