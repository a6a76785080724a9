#pragma once
// Generalization at the end of a successful build stage: the captured disk must boot like a fresh
// cloud image on its next instance. The procedure is core/build/seed/generalize.sh — the one the
// debian-cloud work verified on a real systemd + cloud-init image — compiled into the agent (so
// the seed needs nothing more) and run with /bin/sh: cloud-init instance data and logs,
// machine-id, SSH host keys (when something regenerates them), the seed's unit and launcher,
// DHCP leases, logs, temporary files, package caches, then fstrim and sync. Every tool in it is
// optional, so it is harmless on tinyos (busybox). Before it runs, the agent removes its own
// traces: the plan's state file and AWSTOE log folder.

#include "core/toe/process.h"

#include <string>
#include <vector>

namespace Kiln::Agent {

struct GeneralizeResult {
    bool ok = false;
    std::string output;  // the script's messages ("kiln-generalize: …")
    std::string error;   // why it failed, for run.end
};

// root empty: the running system; otherwise an offline tree (the script's --root).
// ownPaths: the agent's own files and folders to delete first (paths of the running system).
GeneralizeResult generalize(const std::string &root, const std::vector<std::string> &ownPaths,
                            const Toe::CancelToken *cancel = nullptr);

// Waits (at most 10 min) until cloud-init has no stage running or queued: generalize.sh's first
// step alone, in the shell (`cloud-init status --wait` starts cloud-init's Python, and never returns
// in a build VM whose seed cancelled the config and final stages).
void waitForCloudInit(const Toe::CancelToken *cancel = nullptr);

// The embedded script (generated from core/build/seed/generalize.sh at build time).
const char *generalizeScript();

} // namespace Kiln::Agent
