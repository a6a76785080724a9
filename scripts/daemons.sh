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
  if [ ! -d /run/systemd/system ] && command -v tini >/dev/null; then
    # libvirtd daemonizes every QEMU, so a QEMU that exits is reaped by PID 1. Without systemd,
    # PID 1 may be a container's or microVM's init that reaps orphans only now and then (measured
    # here: 1.4–2 s), and libvirt waits for the process to be gone before it reports the VM as
    # stopped: 1.5–2 s more per VM. tini -s (a child subreaper) adopts and reaps them at once.
    $SUDO setsid tini -s -- libvirtd </dev/null >>/var/log/libvirt/libvirtd.out 2>&1 &
  else
    $SUDO libvirtd -d
  fi
fi
# Without systemd, libvirtd puts every VM in the cgroup "machine" (created here if it does not
# exist yet), whose CPU weight is by default that of ONE ordinary process: all of Kiln's VMs
# together would then get no more CPU than a single compiler job of the user's, and a TCG guest
# would boot several times slower on a busy machine (measured: 250 s instead of 88 s to cloud-init,
# tests/bench/peers/RESULTS.md). Give the group the weight of one busy process per CPU, what the
# VMs' vCPU threads would have as ordinary processes. (With systemd, machine.slice is systemd's.)
if [ ! -d /run/systemd/system ]; then
  shares=$((1024 * $(nproc)))
  if [ -d /sys/fs/cgroup/cpu ] && [ -w /sys/fs/cgroup/cpu ]; then # cgroup v1
    $SUDO mkdir -p /sys/fs/cgroup/cpu/machine
    echo "$shares" | $SUDO tee /sys/fs/cgroup/cpu/machine/cpu.shares >/dev/null || true
  elif [ -e /sys/fs/cgroup/cgroup.controllers ] && grep -qw cpu /sys/fs/cgroup/cgroup.subtree_control 2>/dev/null; then # v2
    $SUDO mkdir -p /sys/fs/cgroup/machine
    echo $((100 * $(nproc))) | $SUDO tee /sys/fs/cgroup/machine/cpu.weight >/dev/null || true
  fi
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
