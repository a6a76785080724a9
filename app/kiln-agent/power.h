#pragma once
// Ending a boot: power off or reboot the guest.
//
// Under systemd (PID 1 is systemd) the agent asks systemd (`systemctl poweroff|reboot`): units
// stop in order, journald flushes, file systems are unmounted, and a captured image's ext4 is
// clean — a reboot(2) behind systemd's back would leave a journal to replay and skip the units'
// stop jobs. systemd then stops the agent's own unit (SIGTERM), which is expected.
// PowerOffNow is for a VM whose services' stop jobs write nothing anyone keeps (a generalized
// build VM: the generalization already stopped the writers and emptied the logs; a test VM, whose
// disk is thrown away): `systemctl poweroff --force` skips the units' stop jobs (5–10 s of a TCG
// guest's shutdown) but still kills every process and unmounts the file systems cleanly.
// Elsewhere (tinyos's busybox init, or systemctl failing) the agent does what an init's last
// step does, without init's grace period (busybox waits 2 s): sync, remount every local
// writable file system read-only (or freeze it when busy, which also checkpoints ext4's journal),
// then reboot(2) with RB_POWER_OFF or RB_AUTOBOOT.

#include <string>

namespace Kiln::Agent {

enum class PowerAction { PowerOff, PowerOffNow, Reboot };

bool systemdIsInit();
// Does not return when it works; otherwise returns why it could not.
std::string powerDown(PowerAction action);
// Marks that the agent itself started the shutdown: a SIGTERM now is systemd stopping the unit.
bool shutdownStarted();

} // namespace Kiln::Agent
