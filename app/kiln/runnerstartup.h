#pragma once
// RunnerStartup: what the desktop application does for the pipeline runner when it starts.
// Builds run in detached build-worker processes (core/build), so a crash of an earlier run — of a
// worker, of libvirtd, of the machine — can leave VMs, volumes and non-final builds behind. On
// start, Kiln sweeps them off the GUI thread (LeftoverSweeper::sweepAsync): builds whose worker is
// gone become FAILED "interrupted" (CANCELLED when a cancel was asked for), and VMs and volumes of
// this Kiln home that belong to no running build are removed. Running builds of other clients are
// never touched (their worker holds its lock). The Builds panel shows the result through the
// catalog's change notifications.
//
// Owned by main() after the catalog: the destructor waits for a sweep still running, so the
// catalog outlives it.

#include "core/build/leftoversweeper.h"

#include <QFuture>

namespace Kiln::Core { class Catalog; }

namespace Kiln::App {

class RunnerStartup
{
public:
    explicit RunnerStartup(Core::Catalog &catalog);
    ~RunnerStartup();
    RunnerStartup(const RunnerStartup &) = delete;
    RunnerStartup &operator=(const RunnerStartup &) = delete;

private:
    QFuture<void> m_sweep;
};

} // namespace Kiln::App
