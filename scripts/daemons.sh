#!/usr/bin/env bash
# Starts virtlogd and libvirtd when they are not running (machines without systemd, e.g. CI).
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

$SUDO mkdir -p /var/log/libvirt /var/run/libvirt
if ! pgrep -x virtlogd >/dev/null; then
  $SUDO virtlogd -d
fi
if ! pgrep -x libvirtd >/dev/null; then
  $SUDO libvirtd -d
fi
for _ in $(seq 1 50); do
  if virsh -c qemu:///system version >/dev/null 2>&1; then
    echo "daemons: libvirtd and virtlogd are running"
    exit 0
  fi
  sleep 0.2
done
echo "daemons: libvirtd did not answer on qemu:///system; see /var/log/libvirt/libvirtd.log" >&2
exit 1
