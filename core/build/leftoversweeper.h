#pragma once
// LeftoverSweeper: finds builds whose worker died (its lock is free, its state is not final)
// and marks them FAILED "interrupted" (CANCELLED when a cancel was asked for), then removes
// the VMs and volumes of this Kiln home that belong to no running build: those of interrupted
// and finished builds — except the image volumes in the catalog and the VM (with its disks) of
// a failed build whose infrastructure keeps VMs for inspection (`kilnctl build cleanup ID`
// removes those). Resources of other Kiln homes on the same hypervisor are never touched (their
// names carry another home token, see buildlogs.h).
//
// Run on start by the build worker, `kilnctl` build commands and the GUI (sweepAsync).

#include "core/catalog/rows.h"

#include <QFuture>

namespace Kiln::Core {

class Catalog;

struct SweepReport {
    QList<qint64> interruptedBuilds;
    QStringList destroyedDomains;
    QStringList deletedVolumes;
    QStringList problems; // what could not be checked or removed (the rest still went)
    bool isEmpty() const { return interruptedBuilds.isEmpty() && destroyedDomains.isEmpty() && deletedVolumes.isEmpty(); }
};

class LeftoverSweeper
{
public:
    // Blocking: catalog reads and writes, libvirt calls. `uris`: where to look for leftovers
    // (empty: every infrastructure's URI and those of unfinished builds). `exceptBuild` is the
    // caller's own build.
    static SweepReport sweep(Catalog &catalog, const QStringList &uris = {}, qint64 exceptBuild = 0);
    // The same on a thread-pool thread, for the GUI.
    static QFuture<SweepReport> sweepAsync(Catalog &catalog);

    // Removes what a finished build left behind (a VM kept for inspection and its disks).
    static Result<SweepReport> cleanupBuild(Catalog &catalog, qint64 buildId);

    // True when the build is not final and its worker is gone (or never started within 2 min).
    static bool isInterrupted(const BuildRow &build);
    // Marks an interrupted build as such (FAILED "interrupted", or CANCELLED), and its image.
    static Result<void> markInterrupted(Catalog &catalog, const BuildRow &build);
};

} // namespace Kiln::Core
