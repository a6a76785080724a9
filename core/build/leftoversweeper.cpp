#include "leftoversweeper.h"

#include "core/build/buildlock.h"
#include "core/build/buildlogs.h"
#include "core/build/buildplan.h"
#include "core/build/buildtr.h"
#include "core/catalog/catalog.h"
#include "core/virt/awaitresult.h"
#include "core/virt/leftovercleaner.h"
#include "core/virt/virtconnection.h"

#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Kiln::Core {

namespace {

constexpr qint64 kNeverStartedSecs = 120;

struct PoolPlace {
    QString uri;
    QString pool;
    bool operator==(const PoolPlace &) const = default;
};

size_t qHash(const PoolPlace &p, size_t seed = 0) { return qHashMulti(seed, p.uri, p.pool); }

// Removes leftovers on one URI/pool. `removable(buildId)` says whether a build's resources may go.
void sweepPlace(const Home &home, const PoolPlace &place, const std::function<bool(qint64)> &removable,
                const QSet<QString> &keepVolumes, SweepReport &report)
{
    VirtConnection conn(place.uri);
    if (auto opened = awaitResult(conn.open()); !opened) {
        report.problems << BuildTr::tr("cannot check %1 for leftovers: %2").arg(place.uri, opened.error().message);
        return;
    }
    StoragePoolConfig pool;
    pool.name = place.pool;
    LeftoverCleaner cleaner(&conn, pool);
    auto all = awaitResult(cleaner.scan());
    if (!all) {
        // A pool that does not exist yet has nothing to sweep.
        if (!isNotFoundError(all.error()))
            report.problems << BuildTr::tr("cannot list leftovers on %1: %2").arg(place.uri, all.error().message);
        return;
    }
    QStringList domains, volumes;
    for (const TaggedDomain &d : all->domains) {
        const qint64 id = buildIdFromResource(home, d.tag.buildId);
        if (id > 0 && removable(id))
            domains << d.name;
    }
    for (const TaggedVolume &v : all->volumes) {
        const qint64 id = buildIdFromResource(home, v.tag.buildId);
        if (id > 0 && removable(id) && !keepVolumes.contains(v.volume.name))
            volumes << v.volume.name;
    }
    if (domains.isEmpty() && volumes.isEmpty())
        return;
    auto removed = awaitResult(cleaner.remove(domains, volumes));
    if (!removed) {
        report.problems << removed.error().message;
        return;
    }
    report.destroyedDomains << removed->destroyedDomains;
    report.deletedVolumes << removed->deletedVolumes;
    for (const Error &e : removed->failures)
        report.problems << e.message;
}

PoolPlace placeOf(const BuildRow &b)
{
    auto plan = BuildPlan::fromJson(b.plan);
    if (!plan)
        return {};
    return {plan->infrastructure.uri, plan->infrastructure.storagePool};
}

bool keepsVm(const BuildRow &b)
{
    if (b.state != BuildState::Failed)
        return false;
    auto plan = BuildPlan::fromJson(b.plan);
    return plan && plan->infrastructure.keepVmOnFailure;
}

// Volumes that hold catalog images (captured builds): never leftovers.
QSet<QString> imageVolumes(Catalog &catalog)
{
    QSet<QString> keep;
    ImageFilter f;
    for (ImageStatus s : {ImageStatus::Available, ImageStatus::Deprecated, ImageStatus::Disabled, ImageStatus::Pending,
                          ImageStatus::Creating, ImageStatus::Building, ImageStatus::Testing, ImageStatus::Distributing})
        f.statuses << s;
    if (auto images = catalog.images().list(f))
        for (const ImageRow &i : std::as_const(*images))
            if (!i.volume.isEmpty())
                keep.insert(i.volume);
    return keep;
}

} // namespace

bool LeftoverSweeper::isInterrupted(const BuildRow &b)
{
    if (isFinal(b.state))
        return false;
    if (!b.lockPath.isEmpty())
        return !BuildLock::isLocked(b.lockPath);
    // Never picked up by a worker (spawn failed): give a starting worker time to lock.
    return b.state == BuildState::Pending && b.createdAt.isValid()
        && b.createdAt.secsTo(QDateTime::currentDateTimeUtc()) > kNeverStartedSecs;
}

Result<void> LeftoverSweeper::markInterrupted(Catalog &catalog, const BuildRow &b)
{
    const QString who = b.workerPid > 0 ? BuildTr::tr("the build worker (pid %1)").arg(b.workerPid) : BuildTr::tr("no build worker");
    if (b.imageId > 0) {
        auto image = catalog.images().get(b.imageId);
        if (image && isInProgress(image->status))
            (void)catalog.images().setStatus(b.imageId, b.cancelRequested ? ImageStatus::Cancelled : ImageStatus::Failed,
                                             BuildTr::tr("interrupted")).result();
    }
    if (b.cancelRequested) {
        auto r = catalog.builds().setState(b.id, BuildState::Cancelled, BuildTr::tr("cancelled (%1 had stopped)").arg(who)).result();
        return r ? Result<void>() : fail(r.error());
    }
    FailureContext f;
    f.stage = buildStateName(b.state);
    f.message = b.lockPath.isEmpty()
        ? BuildTr::tr("interrupted: no build worker started within %1 s").arg(kNeverStartedSecs)
        : BuildTr::tr("interrupted: %1 stopped during %2 before the build finished").arg(who, buildStateName(b.state));
    f.logTail = BuildLogs::lastLines(BuildLogs(catalog.home(), b.id).path(BuildLogs::worker()), 20);
    auto r = catalog.builds().setFailed(b.id, f).result();
    return r ? Result<void>() : fail(r.error());
}

SweepReport LeftoverSweeper::sweep(Catalog &catalog, const QStringList &uris, qint64 exceptBuild)
{
    SweepReport report;
    auto builds = catalog.builds().list();
    if (!builds) {
        report.problems << builds.error().message;
        return report;
    }
    QHash<qint64, BuildRow> byId;
    QSet<PoolPlace> places;
    for (const BuildRow &b : std::as_const(*builds)) {
        byId.insert(b.id, b);
        if (b.id == exceptBuild || !isInterrupted(b))
            continue;
        auto full = catalog.builds().get(b.id); // with its plan
        if (!full)
            continue;
        if (auto m = markInterrupted(catalog, *full); m) {
            report.interruptedBuilds << b.id;
            byId[b.id].state = BuildState::Failed;
            places.insert(placeOf(*full));
        } else {
            report.problems << m.error().message;
        }
    }
    if (auto infra = catalog.infrastructure().list())
        for (const InfrastructureRow &i : std::as_const(*infra))
            if (uris.isEmpty() || uris.contains(i.uri))
                places.insert({i.uri, i.storagePool});
    for (const QString &uri : uris)
        places.insert({uri, u"kiln"_s});
    places.remove(PoolPlace{});

    // Kept VMs of failed builds (keep-on-failure) need their plans: read them once.
    QSet<qint64> keptVm;
    for (const BuildRow &b : std::as_const(*builds))
        if (b.state == BuildState::Failed && !report.interruptedBuilds.contains(b.id))
            if (auto full = catalog.builds().get(b.id); full && keepsVm(*full))
                keptVm.insert(b.id);
    const auto removable = [&](qint64 id) {
        if (id == exceptBuild)
            return false;
        auto it = byId.constFind(id);
        if (it == byId.cend())
            return true; // a build this catalog no longer has
        return isFinal(it->state) && !keptVm.contains(id);
    };
    const QSet<QString> keep = imageVolumes(catalog);
    for (const PoolPlace &place : std::as_const(places))
        sweepPlace(catalog.home(), place, removable, keep, report);
    return report;
}

QFuture<SweepReport> LeftoverSweeper::sweepAsync(Catalog &catalog)
{
    return QtConcurrent::run([&catalog] { return sweep(catalog); });
}

Result<SweepReport> LeftoverSweeper::cleanupBuild(Catalog &catalog, qint64 buildId)
{
    auto b = catalog.builds().get(buildId);
    if (!b)
        return fail(b.error());
    if (!isFinal(b->state) && !isInterrupted(*b))
        return fail(BuildTr::tr("build %1 is still running (%2); cancel it first: kilnctl build cancel %1")
                        .arg(buildId)
                        .arg(buildStateName(b->state)),
                    u"busy"_s);
    SweepReport report;
    if (!isFinal(b->state)) {
        if (auto m = markInterrupted(catalog, *b); !m)
            return fail(m.error());
        report.interruptedBuilds << buildId;
    }
    const PoolPlace place = placeOf(*b);
    if (place == PoolPlace{})
        return report;
    const QSet<QString> keep = imageVolumes(catalog);
    sweepPlace(catalog.home(), place, [buildId](qint64 id) { return id == buildId; }, keep, report);
    return report;
}

} // namespace Kiln::Core
