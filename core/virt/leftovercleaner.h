#pragma once
// LeftoverCleaner: finds and removes what Kiln left on a libvirt URI — VMs (by their <metadata>
// tag or kiln-build-* name) and volumes (by kiln-build-* name) — after a crashed or killed build
// worker. Which of them are really leftovers is the caller's call (the catalog knows which
// builds are still running and which volumes hold images); orphans() offers the usual rule.
//
// Runs on a thread-pool thread (it waits for libvirt); never blocks the caller.

#include "core/result.h"
#include "core/virt/virtdomains.h"
#include "core/virt/virtstorage.h"

#include <QFuture>
#include <QSet>

namespace Kiln::Core {

class VirtConnection;

struct Leftovers {
    QList<TaggedDomain> domains;
    QList<TaggedVolume> volumes;
};

struct CleanupReport {
    QStringList destroyedDomains;
    QStringList deletedVolumes;
    QList<Error> failures; // one per thing that could not be removed; the rest still went
};

class LeftoverCleaner
{
public:
    explicit LeftoverCleaner(VirtConnection *connection, StoragePoolConfig pool = {});

    // Everything Kiln made on this URI, running or not.
    QFuture<Result<Leftovers>> scan() const;
    // Destroys the domains first (a running VM holds its volumes), then deletes the volumes.
    // Things already gone count as removed.
    QFuture<Result<CleanupReport>> remove(const QStringList &domains, const QStringList &volumes) const;

    // The usual rule: domains of a dead build or whose owner process is gone on this host;
    // volumes of a dead build unless listed in keepVolumes (e.g. captured image volumes), and
    // accelerator-probe volumes when no probe is running.
    static Leftovers orphans(const Leftovers &all, const QSet<QString> &deadBuildIds,
                             const QSet<QString> &keepVolumes = {});

private:
    VirtConnection *m_connection;
    StoragePoolConfig m_pool;
};

} // namespace Kiln::Core
