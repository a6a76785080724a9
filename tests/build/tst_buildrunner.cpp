// The build state machine and the leftover sweeper against libvirt's test:///default driver and a
// real catalog: what can be run without QEMU. The test driver cannot take uploads, so a build
// fails in CREATING when it uploads its seed — which exercises the failure path end to end: the
// state and image status, the failure context, the stage rows, the build log, and the cleanup of
// the overlay already made. A cancel before the first stage gives CANCELLED. The sweeper marks a
// build whose worker lock is free as interrupted and removes that build's VMs and volumes, and
// nothing else (image volumes, running builds, other Kiln homes). Real VMs: tests/e2e.

#include "core/build/buildcontext.h"
#include "core/build/buildlock.h"
#include "core/build/buildrunner.h"
#include "core/build/leftoversweeper.h"
#include "core/build/planresolver.h"
#include "core/catalog/catalog.h"
#include "core/virt/awaitresult.h"
#include "core/virt/eventhub.h"
#include "core/virt/virtconnection.h"
#include "core/virt/virtdomains.h"
#include "core/virt/virtstorage.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiln::Core;
using namespace Qt::StringLiterals;

namespace {

const QString kUri = u"test:///default"_s;
const QString kPool = u"kiln-unit"_s;

QStringList volumeNames(VirtStorage &storage)
{
    QStringList out;
    if (auto vols = awaitResult(storage.listVolumes()))
        for (const VolumeInfo &v : std::as_const(*vols))
            out << v.name;
    return out;
}

QStringList domainNames(VirtConnection &conn)
{
    QStringList out;
    if (auto doms = awaitResult(VirtDomains(&conn).listTagged()))
        for (const TaggedDomain &d : std::as_const(*doms))
            out << d.name;
    return out;
}

} // namespace

class TestBuildRunner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<VirtConnection> m_conn;
    std::unique_ptr<VirtStorage> m_storage;
    QString m_agent;

    Result<void> createVolume(const QString &name)
    {
        const QString xml = u"<volume><name>%1</name><capacity unit='MiB'>64</capacity><target><format type='qcow2'/></target></volume>"_s.arg(name);
        const QString pool = kPool;
        return awaitResult(m_conn->run<void>([xml, pool](virConnectPtr conn, JobControl &) -> Result<void> {
            virStoragePoolPtr p = virStoragePoolLookupByName(conn, pool.toUtf8().constData());
            if (!p)
                return fail(u"no pool"_s);
            virStorageVolPtr v = virStorageVolCreateXML(p, xml.toUtf8().constData(), 0);
            virStoragePoolFree(p);
            if (!v)
                return fail(u"cannot create volume"_s);
            virStorageVolFree(v);
            return {};
        }));
    }

    BuildRow prepare(const QString &pipeline)
    {
        auto b = PlanResolver::preparePipelineBuild(*m_catalog, pipeline);
        if (!b)
            qFatal("%s", qPrintable(b.error().message));
        return *b;
    }

private Q_SLOTS:
    void initTestCase()
    {
        EventHub::instance();
        QVERIFY(m_dir.isValid());
        auto opened = Catalog::open(Home(m_dir.filePath(u"home"_s)));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        m_catalog = std::move(*opened);
        // The seed carries the agent binary: any file does for a build that never boots.
        m_agent = m_dir.filePath(u"kiln-agent"_s);
        QFile agent(m_agent);
        QVERIFY(agent.open(QIODevice::WriteOnly));
        agent.write("#!/bin/sh\n");
        agent.close();
        qputenv("KILN_AGENT", m_agent.toUtf8());

        m_conn = std::make_unique<VirtConnection>(kUri);
        m_storage = std::make_unique<VirtStorage>(m_conn.get(), storagePoolConfig(kUri, kPool));
        QVERIFY(awaitResult(m_storage->ensurePool()));
        QVERIFY(createVolume(u"base-0000000000000001.qcow2"_s));

        // A base image that is already a volume in the pool (as images built by Kiln are).
        NewBuiltImage base;
        base.name = u"tinyos"_s;
        base.version = *SemVer::parse(u"1.0.0"_s);
        auto image = m_catalog->images().createForBuild(base).result();
        QVERIFY(image);
        ImageOutput out;
        out.libvirtUri = kUri;
        out.pool = kPool;
        out.volume = u"base-0000000000000001.qcow2"_s;
        out.format = u"qcow2"_s;
        QVERIFY(m_catalog->images().setOutput(image->id, out).result());
        QVERIFY(m_catalog->images().setStatus(image->id, ImageStatus::Creating).result());
        QVERIFY(m_catalog->images().setStatus(image->id, ImageStatus::Available).result());

        NewComponent c;
        c.name = u"hello"_s;
        c.version = *SemVer::parse(u"1.0.0"_s);
        c.document = u"name: hello\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: Say\n"
                     "        action: ExecuteBash\n        inputs:\n          commands:\n            - echo hi\n"_s;
        QVERIFY(m_catalog->components().create(c).result());
        NewRecipe r;
        r.name = u"demo"_s;
        r.version = *SemVer::parse(u"1.0.0"_s);
        r.parentImage = u"tinyos@1.x.x"_s;
        r.components = {{u"hello"_s, {}}};
        QVERIFY(m_catalog->recipes().create(r).result());
        InfrastructureRow infra;
        infra.name = u"unit"_s;
        infra.uri = kUri;
        infra.accelerator = Accelerator::Tcg;
        infra.storagePool = kPool;
        QVERIFY(m_catalog->infrastructure().put(infra).result());
        PipelineRow p;
        p.name = u"demo"_s;
        p.recipe = u"demo"_s;
        p.infrastructure = u"unit"_s;
        QVERIFY(m_catalog->pipelines().put(p).result());
    }

    void failureInCreatingIsRecordedAndCleanedUp()
    {
        const BuildRow build = prepare(u"demo"_s);
        auto plan = BuildPlan::fromJson(build.plan);
        QVERIFY(plan);
        BuildState final = BuildState::Pending;
        {
            BuildContext ctx(m_catalog->home(), *m_catalog, *plan);
            QVERIFY(ctx.journal.open(ctx.logs.path(BuildLogs::worker())));
            BuildRunner runner(ctx);
            final = runner.run();
            ctx.journal.close();
        }
        QCOMPARE(final, BuildState::Failed);
        auto row = m_catalog->builds().get(build.id);
        QVERIFY(row);
        QCOMPARE(row->state, BuildState::Failed);
        QCOMPARE(row->failure.stage, u"CREATING"_s);
        QVERIFY2(row->failure.message.contains(u"seed"_s), qPrintable(row->failure.message));
        QCOMPARE(row->stages.size(), 1);
        QCOMPARE(row->stages.first().stage, u"CREATING"_s);
        QCOMPARE(row->stages.first().status, u"failed"_s);
        QCOMPARE(m_catalog->images().get(build.imageId)->status, ImageStatus::Failed);
        // The overlay made before the failure is gone; the base volume stays.
        const QString prefix = u"kiln-build-"_s + resourceBuildId(m_catalog->home(), build.id);
        const QStringList volumes = volumeNames(*m_storage);
        QVERIFY(volumes.contains(u"base-0000000000000001.qcow2"_s));
        for (const QString &v : volumes)
            QVERIFY2(!v.startsWith(prefix), qPrintable(v));
        const QStringList log = BuildLogs::lastLines(BuildLogs(m_catalog->home(), build.id).path(BuildLogs::worker()), 50);
        QVERIFY(std::any_of(log.begin(), log.end(), [](const QString &l) { return l.contains(u"stage CREATING failed"_s); }));
        QVERIFY(std::any_of(log.begin(), log.end(), [](const QString &l) { return l.contains(u"removed 1 temporary volume"_s); }));
    }

    void cancelBeforeTheFirstStage()
    {
        const BuildRow build = prepare(u"demo"_s);
        BuildContext ctx(m_catalog->home(), *m_catalog, *BuildPlan::fromJson(build.plan));
        ctx.cancel.cancel(u"cancelled by the test"_s);
        BuildRunner runner(ctx);
        QCOMPARE(runner.run(), BuildState::Cancelled);
        QCOMPARE(m_catalog->builds().get(build.id)->state, BuildState::Cancelled);
        QCOMPARE(m_catalog->builds().get(build.id)->stateReason, u"cancelled by the test"_s);
        QCOMPARE(m_catalog->images().get(build.imageId)->status, ImageStatus::Cancelled);
    }

    void buildLock()
    {
        const QString path = m_dir.filePath(u"locks/a.lock"_s);
        QVERIFY(!BuildLock::isLocked(path)); // no file yet
        {
            BuildLock lock;
            QVERIFY(lock.acquire(path));
            QVERIFY(BuildLock::isLocked(path));
            BuildLock second;
            auto busy = second.acquire(path);
            QVERIFY(!busy);
            QCOMPARE(busy.error().code, u"busy"_s);
        }
        QVERIFY(!BuildLock::isLocked(path)); // released with the object
        // Held by another process (flock(1); -o: only flock itself holds it), free again when it dies.
        QProcess holder;
        holder.start(u"flock"_s, {u"-o"_s, path, u"sleep"_s, u"10"_s});
        QVERIFY(holder.waitForStarted());
        QTRY_VERIFY(BuildLock::isLocked(path));
        holder.kill();
        holder.waitForFinished();
        QTRY_VERIFY(!BuildLock::isLocked(path));
    }

    void sweeperMarksInterruptedBuildsAndRemovesOnlyTheirLeftovers()
    {
        // Build A: its worker died (lock file present, not held).
        const BuildRow dead = prepare(u"demo"_s);
        const QString deadLock = BuildLogs(m_catalog->home(), dead.id).lockPath();
        QDir().mkpath(QFileInfo(deadLock).absolutePath());
        QFile(deadLock).open(QIODevice::WriteOnly);
        QVERIFY(m_catalog->builds().setWorker(dead.id, 999999, deadLock).result());
        QVERIFY(m_catalog->builds().setState(dead.id, BuildState::Creating).result());
        QVERIFY(m_catalog->builds().setState(dead.id, BuildState::Building).result());
        // Build B: running (this process holds its lock).
        const BuildRow live = prepare(u"demo"_s);
        BuildLock liveLock;
        QVERIFY(liveLock.acquire(BuildLogs(m_catalog->home(), live.id).lockPath()));
        QVERIFY(m_catalog->builds().setWorker(live.id, QCoreApplication::applicationPid(), liveLock.path()).result());

        const QString deadId = resourceBuildId(m_catalog->home(), dead.id);
        const QString liveId = resourceBuildId(m_catalog->home(), live.id);
        const QString deadOverlay = ResourceName::make(deadId, u"build"_s, u".qcow2"_s);
        const QString deadSeed = ResourceName::make(deadId, u"buildseed"_s, u".iso"_s);
        const QString liveOverlay = ResourceName::make(liveId, u"build"_s, u".qcow2"_s);
        const QString otherHome = ResourceName::make(QString::number(dead.id) + u"_ffffff"_s, u"build"_s, u".qcow2"_s);
        for (const QString &v : {deadOverlay, deadSeed, liveOverlay, otherHome})
            QVERIFY(createVolume(v));
        const QString deadVm = ResourceName::make(deadId, u"build"_s);
        const QString liveVm = ResourceName::make(liveId, u"build"_s);
        for (const auto &[name, id] : {std::pair{deadVm, deadId}, std::pair{liveVm, liveId}}) {
            const QString xml = u"<domain type='test'><name>%1</name><metadata><kiln:build xmlns:kiln='%2' id='%3' stage='build' "
                                "pid='%4' host='here' created='2024-05-01T12:00:00Z'/></metadata><memory unit='MiB'>64</memory>"
                                "<os><type arch='x86_64'>hvm</type></os></domain>"_s
                                    .arg(name, DomainTag::namespaceUri(), id)
                                    .arg(QCoreApplication::applicationPid());
            QVERIFY(awaitResult(VirtDomains(m_conn.get()).createTransientXml(xml)));
        }

        const SweepReport report = LeftoverSweeper::sweep(*m_catalog, {kUri});
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
        QVERIFY(report.interruptedBuilds.contains(dead.id));
        QVERIFY(!report.interruptedBuilds.contains(live.id));
        const BuildRow after = *m_catalog->builds().get(dead.id);
        QCOMPARE(after.state, BuildState::Failed);
        QCOMPARE(after.failure.stage, u"BUILDING"_s);
        QVERIFY2(after.failure.message.contains(u"interrupted"_s), qPrintable(after.failure.message));
        QCOMPARE(m_catalog->images().get(dead.imageId)->status, ImageStatus::Failed);
        QCOMPARE(m_catalog->builds().get(live.id)->state, BuildState::Pending);

        const QStringList volumes = volumeNames(*m_storage);
        QVERIFY(!volumes.contains(deadOverlay));
        QVERIFY(!volumes.contains(deadSeed));
        QVERIFY(volumes.contains(liveOverlay));          // a running build
        QVERIFY(volumes.contains(otherHome));            // another Kiln home's
        QVERIFY(volumes.contains(u"base-0000000000000001.qcow2"_s)); // an image's volume
        const QStringList domains = domainNames(*m_conn);
        QVERIFY(!domains.contains(deadVm));
        QVERIFY(domains.contains(liveVm));
        QCOMPARE(report.destroyedDomains, QStringList{deadVm});

        // A second sweep finds nothing more.
        QVERIFY(LeftoverSweeper::sweep(*m_catalog, {kUri}).isEmpty());
        (void)awaitResult(VirtDomains(m_conn.get()).destroy(liveVm));
    }
};

QTEST_GUILESS_MAIN(TestBuildRunner)
#include "tst_buildrunner.moc"
