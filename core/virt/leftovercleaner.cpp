#include "leftovercleaner.h"

#include "core/virt/awaitresult.h"
#include "core/virt/virtconnection.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Kiln::Core {

LeftoverCleaner::LeftoverCleaner(VirtConnection *connection, StoragePoolConfig pool)
    : m_connection(connection)
    , m_pool(std::move(pool))
{
}

QFuture<Result<Leftovers>> LeftoverCleaner::scan() const
{
    VirtConnection *conn = m_connection;
    const StoragePoolConfig pool = m_pool;
    return QtConcurrent::run([conn, pool]() -> Result<Leftovers> {
        Result<QList<TaggedDomain>> domains = awaitResult(VirtDomains(conn).listTagged());
        if (!domains)
            return Kiln::unexpected(domains.error());
        Result<QList<TaggedVolume>> volumes = awaitResult(VirtStorage(conn, pool).listTaggedVolumes());
        if (!volumes)
            return Kiln::unexpected(volumes.error());
        return Leftovers{*domains, *volumes};
    });
}

QFuture<Result<CleanupReport>> LeftoverCleaner::remove(const QStringList &domains, const QStringList &volumes) const
{
    VirtConnection *conn = m_connection;
    const StoragePoolConfig pool = m_pool;
    return QtConcurrent::run([conn, pool, domains, volumes]() -> Result<CleanupReport> {
        CleanupReport report;
        VirtDomains vms(conn);
        for (const QString &name : domains) {
            Result<bool> destroyed = awaitResult(vms.destroy(name));
            if (destroyed)
                report.destroyedDomains.append(name);
            else
                report.failures.append(destroyed.error());
        }
        VirtStorage storage(conn, pool);
        for (const QString &name : volumes) {
            Result<bool> deleted = awaitResult(storage.deleteVolume(name));
            if (deleted)
                report.deletedVolumes.append(name);
            else
                report.failures.append(deleted.error());
        }
        return report;
    });
}

Leftovers LeftoverCleaner::orphans(const Leftovers &all, const QSet<QString> &deadBuildIds,
                                   const QSet<QString> &keepVolumes)
{
    Leftovers out;
    for (const TaggedDomain &d : all.domains) {
        if (deadBuildIds.contains(d.tag.buildId) || d.tag.ownerIsGone())
            out.domains.append(d);
    }
    // Accelerator probes (build id "probe") belong to no build: their volumes are orphans once no
    // probe VM with a living owner is around.
    const bool probeRunning = std::any_of(all.domains.begin(), all.domains.end(), [](const TaggedDomain &d) {
        return d.tag.buildId == QLatin1StringView("probe") && d.active && !d.tag.ownerIsGone();
    });
    for (const TaggedVolume &v : all.volumes) {
        const bool dead = deadBuildIds.contains(v.tag.buildId)
            || (v.tag.buildId == QLatin1StringView("probe") && !probeRunning);
        if (dead && !keepVolumes.contains(v.volume.name))
            out.volumes.append(v);
    }
    return out;
}

} // namespace Kiln::Core
