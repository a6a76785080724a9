#!/bin/sh
# Kiln's generalization: run in the guest at the end of a BUILD stage, just before the final
# sync + poweroff, so that the captured disk boots like a fresh cloud image on its next instance:
# cloud-init runs anew, systemd makes a new machine-id, sshd gets new host keys, and nothing of the
# build VM's seed, logs or temporary files is left in the image.
#
#   generalize.sh [--root DIR]     (default: the running system; --root edits an offline tree)
#   generalize.sh --wait-for-cloud-init   only waits for cloud-init's work of this boot (step 1)
#
# POSIX sh. Every tool is optional (tinyos has busybox only; other distributions lack some), so a
# missing tool skips its step with a note instead of failing. Exit 0 unless a step that matters
# failed (then the status names it). It does NOT power off: the agent reports, syncs and powers off.
# Environment: KILN_GENERALIZE_CLOUDINIT_WAIT (s, default 600), KILN_GENERALIZE_TRIM (1/0, default 1).
set -u

ROOT=
WAIT_ONLY=0
case "${1:-}" in
  --root) ROOT=${2:?--root needs a folder}; shift 2 ;;
  --wait-for-cloud-init) WAIT_ONLY=1; shift ;; # step 1 alone (the agent, before a reboot)
esac
[ $# -eq 0 ] || { echo "usage: $0 [--root DIR | --wait-for-cloud-init]" >&2; exit 2; }
# Commands that act on the running system (systemctl, cloud-init, journalctl, fstrim) only make
# sense when we generalize the system we run on.
LIVE=1; [ -n "$ROOT" ] && LIVE=0
status=0
say() { echo "kiln-generalize: $*"; }
have() { command -v "$1" >/dev/null 2>&1; }
fail() { say "FAILED: $*" >&2; status=1; }

# 1. Let cloud-init finish this instance first. Its later stages (config, final) may still run
#    when a short build ends; cleaning under them would leave half-written instance state that
#    they recreate after the clean. Bounded: a wedged cloud-init must not hang the build.
#    Waited for in the shell, not with `cloud-init status --wait`: that starts cloud-init's Python,
#    tens of seconds under TCG, just to learn that nothing is running. A stage is pending while its
#    unit is activating or still has a start job queued; a build VM's seed cancels the jobs of the
#    config and final stages (user-data.yaml), so there the wait ends at once.
cloud_init_busy() {
  [ -e /run/cloud-init/result.json ] && return 1 # the final stage has finished
  if have systemctl && [ -d /run/systemd/system ]; then
    # Two systemctl calls per look (each one costs a noticeable fraction of a second under TCG).
    units="cloud-init-local.service cloud-init.service cloud-config.service cloud-final.service"
    # shellcheck disable=SC2086
    systemctl show -p ActiveState --value $units 2>/dev/null | grep -qx activating && return 0
    # shellcheck disable=SC2086
    systemctl list-jobs --no-legend $units 2>/dev/null | grep -q . && return 0
    return 1
  fi
  # Without systemd (OpenRC, sysvinit), cloud-init's own status is the only source.
  cloud-init status 2>/dev/null | grep -q 'status: running'
}
uptime_s() { cut -d' ' -f1 /proc/uptime 2>/dev/null | cut -d. -f1; }
started=$(uptime_s)
if [ $LIVE = 1 ] && have cloud-init; then
  wait_s=${KILN_GENERALIZE_CLOUDINIT_WAIT:-600}
  t0=$(uptime_s)
  while cloud_init_busy; do
    if [ $(($(uptime_s) - t0)) -ge "$wait_s" ]; then say "cloud-init did not finish within ${wait_s}s; cleaning anyway"; break; fi
    sleep 0.5
  done
  [ "$(uptime_s)" != "$t0" ] && say "waited $(($(uptime_s) - t0)) s for cloud-init to finish"
fi
[ $WAIT_ONLY = 1 ] && exit 0

# 2. Seed traces: the unit and launcher the seed's user-data installed (bootcmd). The next stage's
#    seed installs them again at its first boot, so the image must not start an agent on its own.
#    The running agent is a copy in /run/kiln (tmpfs) and keeps running.
rm -f "$ROOT/etc/systemd/system/kiln-agent.service" \
      "$ROOT"/etc/systemd/system/*.wants/kiln-agent.service \
      || fail "removing the kiln-agent unit"
rm -rf "$ROOT/usr/local/lib/kiln" || fail "removing /usr/local/lib/kiln"
# The agent's own state (resume position) and guest-side logs: already reported to the host.
rm -rf "$ROOT/var/lib/kiln" "$ROOT/var/lib/kiln-agent" "$ROOT/var/log/kiln" "$ROOT/var/log/kiln-agent"
# No daemon-reload: the unit stays loaded until the poweroff that follows, and a reload costs
# seconds to tens of seconds under TCG.

# 3. cloud-init: forget this instance (instance dirs, semaphores, the cached seed and the
#    datasource pickle) and its logs, so the next boot with a new seed (a new instance-id) runs
#    every per-instance module again and nothing of the build VM's user-data stays on disk.
#    What `cloud-init clean --logs --seed` removes, without starting its Python.
rm -rf "$ROOT"/var/lib/cloud/* || fail "removing /var/lib/cloud"
rm -f "$ROOT"/var/log/cloud-init.log "$ROOT"/var/log/cloud-init-output.log
# The network configuration cloud-init rendered for the build VM's NICs (which may not exist in
# the next instance): cloud-init renders the next instance's own at its first boot.
rm -f "$ROOT/etc/network/interfaces.d/50-cloud-init" "$ROOT/etc/network/interfaces.d/50-cloud-init.cfg" \
      "$ROOT"/etc/systemd/network/10-cloud-init-*.network "$ROOT/etc/netplan/50-cloud-init.yaml" \
      "$ROOT"/etc/sysconfig/network-scripts/ifcfg-eth* "$ROOT"/etc/NetworkManager/system-connections/cloud-init-*
# DHCP leases of the build network.
rm -f "$ROOT"/var/lib/dhcp/*.leases "$ROOT"/var/lib/dhclient/*.lease* "$ROOT"/var/lib/NetworkManager/*.lease

# 4. SSH host keys: every instance must have its own. Removed only when something recreates them
#    at boot (cloud-init's ssh module, Fedora's sshd-keygen, OpenRC's sshd script); otherwise an
#    sshd without keys would not start, so they are kept with a warning.
if ls "$ROOT"/etc/ssh/ssh_host_*key >/dev/null 2>&1; then
  if [ -x "$ROOT/usr/bin/cloud-init" ] || [ -e "$ROOT/usr/lib/systemd/system/sshd-keygen@.service" ] \
     || [ -e "$ROOT/lib/systemd/system/sshd-keygen.service" ] || [ -e "$ROOT/etc/init.d/sshd" ]; then
    rm -f "$ROOT"/etc/ssh/ssh_host_* || fail "removing SSH host keys"
  else
    say "SSH host keys kept: nothing in this image regenerates them at boot"
  fi
fi

# 5. Machine identity. An EMPTY /etc/machine-id (not a missing one: a read-only root could not
#    create it) makes systemd generate a new id at the next boot and treat it as a first boot.
#    dbus keeps a copy in /var/lib/dbus/machine-id on some systems: a copy would pin the old id,
#    a symlink to /etc/machine-id is what systemd recommends. The random seed must differ per clone.
if [ -e "$ROOT/etc/machine-id" ]; then : >"$ROOT/etc/machine-id" || fail "truncating /etc/machine-id"; fi
if [ -f "$ROOT/var/lib/dbus/machine-id" ] && [ ! -L "$ROOT/var/lib/dbus/machine-id" ]; then
  rm -f "$ROOT/var/lib/dbus/machine-id" && ln -s /etc/machine-id "$ROOT/var/lib/dbus/machine-id"
fi
# systemd-random-seed saves a new seed when it stops (at poweroff): stop it now, then remove it.
if [ $LIVE = 1 ] && have systemctl && [ -d /run/systemd/system ]; then
  systemctl stop systemd-random-seed.service >/dev/null 2>&1
fi
rm -f "$ROOT/var/lib/systemd/random-seed" "$ROOT/var/lib/systemd/credential.secret"

# 6. Logs. journald gets told to stop writing to /var first (--relinquish-var: it keeps logging to
#    /run until poweroff), so the journal files can go without the shutdown writing new ones.
#    Other log files are truncated, not removed (daemons expect them with their owner and mode);
#    rotated copies are removed.
#    systemd-update-utmp appends its shutdown record to wtmp when it stops: stop it first too.
if [ $LIVE = 1 ] && have journalctl; then journalctl --relinquish-var >/dev/null 2>&1 || journalctl --flush >/dev/null 2>&1; fi
if [ $LIVE = 1 ] && have systemctl && [ -d /run/systemd/system ]; then
  systemctl stop systemd-update-utmp.service >/dev/null 2>&1
fi
rm -rf "$ROOT"/var/log/journal/* 2>/dev/null
if [ -d "$ROOT/var/log" ]; then
  find "$ROOT/var/log" -type f \( -name '*.gz' -o -name '*.xz' -o -name '*.[0-9]' -o -name '*.old' \) \
    -exec rm -f {} + 2>/dev/null
  find "$ROOT/var/log" -type f -exec sh -c 'for f; do : >"$f"; done' sh {} + 2>/dev/null \
    || fail "truncating /var/log"
  # The login records get a runlevel/shutdown record at poweroff even when truncated now. glibc
  # never creates them, and systemd-tmpfiles does at the next boot (tmpfiles.d "f /var/log/wtmp"),
  # so where tmpfiles owns them they are removed instead.
  for f in wtmp btmp lastlog; do
    if grep -qs "^f[+]* */var/log/$f " "$ROOT"/usr/lib/tmpfiles.d/*.conf "$ROOT"/lib/tmpfiles.d/*.conf; then
      rm -f "$ROOT/var/log/$f"
    fi
  done
fi

# 7. Temporary files, package caches and shell histories of the build.
rm -rf "$ROOT"/tmp/* "$ROOT"/tmp/.[!.]* "$ROOT"/var/tmp/* "$ROOT"/var/tmp/.[!.]* 2>/dev/null
if [ $LIVE = 1 ] && have apt-get; then apt-get clean >/dev/null 2>&1; else rm -f "$ROOT"/var/cache/apt/archives/*.deb; fi
rm -f "$ROOT"/var/cache/apt/*.bin
if [ $LIVE = 1 ] && have dnf; then dnf clean all >/dev/null 2>&1; fi
rm -rf "$ROOT"/var/cache/apk/* 2>/dev/null
rm -f "$ROOT"/root/.bash_history "$ROOT"/root/.ash_history "$ROOT"/root/.lesshst "$ROOT"/root/.viminfo \
      "$ROOT"/home/*/.bash_history "$ROOT"/home/*/.ash_history 2>/dev/null

# 8. Give the freed blocks back (needs discard='unmap' on the VM's disk): the captured overlay
#    then holds only what the build really changed. Then flush everything to the disk.
if [ $LIVE = 1 ] && [ "${KILN_GENERALIZE_TRIM:-1}" = 1 ] && have fstrim; then fstrim -a >/dev/null 2>&1 || fstrim / >/dev/null 2>&1; fi
sync

took=; [ -n "$started" ] && [ $LIVE = 1 ] && took=" in $(($(uptime_s) - started)) s"
if [ $status = 0 ]; then say "done$took"; else say "done with errors$took"; fi
exit $status
