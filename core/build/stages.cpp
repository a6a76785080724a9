#include "stages.h"

#include "core/build/buildlock.h"
#include "core/build/buildtr.h"
#include "core/build/hostcache.h"
#include "core/build/seedbuilder.h"
#include "core/build/vmrun.h"
#include "core/catalog/catalog.h"
#include "core/virt/virtconnection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QUuid>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Kiln::Core {

namespace {

// Waits for a libvirt future; cancel and deadline cancel the future and wait (briefly) for its
// job to wind down, so nothing half-made is left unnoticed.
template <class T>
Result<T> await(BuildContext &ctx, QFuture<Result<T>> future, int timeoutSeconds, const QString &what)
{
    const Waiter::Outcome o = ctx.waiter().wait(future, BuildContext::deadline(timeoutSeconds));
    if (o != Waiter::Outcome::Done) {
        future.cancel();
        Waiter().wait(future, QDeadlineTimer(3000));
        if (o == Waiter::Outcome::Cancelled)
            return fail(BuildTr::tr("cancelled"), u"cancelled"_s);
        return fail(BuildTr::tr("%1 did not finish within %2 s").arg(what).arg(timeoutSeconds), u"timeout"_s);
    }
    if (future.isCanceled() || future.resultCount() == 0)
        return fail(BuildTr::tr("%1 was cancelled").arg(what), u"cancelled"_s);
    return future.result();
}

StageResult failedOrCancelled(BuildContext &ctx, const QString &stage, const Error &error)
{
    if (error.code == u"cancelled" && ctx.cancel.isCancelled())
        return StageResult::cancelled();
    return StageResult::failed(stage, error.message);
}

// Builds that start together upload the same base image, kernel and initrd: without a lock, one
// would take another's half-written volume for a crashed upload and replace it under a booting VM.
// A per-host lock file per (URI, pool, content) serializes them; the second one then finds the
// volume complete and skips the upload.
Result<void> lockUpload(BuildContext &ctx, BuildLock &lock, const QString &uri, const QString &pool, const QString &sha256)
{
    const QString key = QString::fromLatin1(
        QCryptographicHash::hash((uri + u'|' + pool + u'|' + sha256).toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    const QString path = QDir::tempPath() + u"/kiln-locks-%1/upload-%2.lock"_s.arg(::getuid()).arg(key);
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        auto r = lock.acquire(path);
        if (r || r.error().code != u"busy")
            return r;
        if (waited.elapsed() > 1000 && waited.elapsed() < 1300)
            ctx.journal.info(BuildTr::tr("waiting for another build that uploads the same image"));
        if (ctx.waiter().sleep(200) == Waiter::Outcome::Cancelled)
            return fail(BuildTr::tr("cancelled"), u"cancelled"_s);
    }
}

const QString kCreating = u"CREATING"_s;
const QString kBuilding = u"BUILDING"_s;
const QString kTesting = u"TESTING"_s;

} // namespace

QString agentBinaryPath()
{
    const QString env = qEnvironmentVariable("KILN_AGENT");
    if (!env.isEmpty())
        return QFileInfo(env).isFile() ? QFileInfo(env).absoluteFilePath() : QString();
    const QString dir = QCoreApplication::applicationDirPath();
    const QStringList candidates{dir + u"/kiln-agent"_s, dir + u"/../lib/kiln/kiln-agent"_s,
                                 dir + u"/../kiln-agent/kiln-agent"_s, dir + u"/../app/kiln-agent/kiln-agent"_s,
                                 dir + u"/../../app/kiln-agent/kiln-agent"_s, u"/usr/lib/kiln/kiln-agent"_s};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isFile())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

Result<VmDisks> prepareVmDisks(BuildContext &ctx, const QString &nameStage, const QString &backingVolume,
                               const QString &backingFormat, const AgentPlan &plan, bool keepOverlay)
{
    QElapsedTimer clock;
    clock.start();
    VmDisks disks;
    const quint64 capacity = ctx.plan.diskSizeGiB > 0 ? quint64(ctx.plan.diskSizeGiB) << 30 : 0;
    disks.overlay = ResourceName::make(ctx.resourceBuildId(), nameStage, u".qcow2"_s);
    auto overlay = await(ctx, ctx.storage->createOverlay(disks.overlay, backingVolume, capacity, backingFormat), 120,
                         BuildTr::tr("Creating the overlay"));
    if (!overlay)
        return fail(BuildTr::tr("Cannot create the VM's disk (an overlay on %1): %2").arg(backingVolume, overlay.error().message),
                    overlay.error().code);
    if (keepOverlay)
        ctx.buildOverlay = disks.overlay; // from now on, cleanup knows it (removed unless the build succeeds)
    else
        ctx.temporaryVolumes << disks.overlay;

    SeedContents seed;
    seed.instanceId = u"kiln-"_s + ctx.resourceBuildId() + u'-' + nameStage + u'-' + plan.planId.right(8);
    seed.hostname = u"kiln-build-"_s + QString::number(ctx.buildId);
    seed.agentPath = agentBinaryPath();
    if (seed.agentPath.isEmpty())
        return fail(BuildTr::tr("The guest agent (kiln-agent) was not found. Build it (ninja kiln-agent), install Kiln, "
                                "or point KILN_AGENT at it."),
                    u"not-found"_s);
    seed.plan = plan.toJson();
    seed.buildVm = plan.generalize;
    seed.documents = plan.seedDocuments();
    const QString iso = ctx.scratch.filePath(nameStage + u"-seed.iso"_s);
    SeedBuilder builder;
    std::optional<SeedBuilder::Result> built;
    QObject::connect(&builder, &SeedBuilder::done, &builder, [&built](const SeedBuilder::Result &r) { built = r; });
    if (!builder.start(seed, iso))
        return fail(BuildTr::tr("Cannot start building the seed"), u"io"_s);
    const Waiter::Outcome o = ctx.waiter().until([&built] { return built.has_value(); }, QDeadlineTimer(120000));
    if (o != Waiter::Outcome::Done) {
        builder.cancel();
        Waiter().until([&built] { return built.has_value(); }, QDeadlineTimer(5000));
        return fail(o == Waiter::Outcome::Cancelled ? BuildTr::tr("cancelled") : BuildTr::tr("xorriso did not finish within 120 s"),
                    o == Waiter::Outcome::Cancelled ? u"cancelled"_s : u"timeout"_s);
    }
    if (!*built)
        return fail(BuildTr::tr("Cannot build the seed: %1").arg(built->error()), u"io"_s);
    disks.seed = ResourceName::make(ctx.resourceBuildId(), nameStage + u"seed"_s, u".iso"_s);
    ctx.temporaryVolumes << disks.seed;
    auto uploaded = await(ctx, ctx.storage->uploadVolume(iso, disks.seed), 300, BuildTr::tr("Uploading the seed"));
    QFile::remove(iso);
    if (!uploaded)
        return fail(BuildTr::tr("Cannot upload the seed: %1").arg(uploaded.error().message), uploaded.error().code);
    ctx.journal.timed(BuildTr::tr("%1 VM disks ready: overlay %2 on %3, seed %4 (%5 documents)")
                          .arg(nameStage, disks.overlay, backingVolume, disks.seed)
                          .arg(plan.documents.size()),
                      clock);
    return disks;
}

// ---------------------------------------------------------------------------------------------

StageResult PrepareStage::run(const AgentPlan &buildPlan)
{
    StageResult r = connect();
    if (r.isOk())
        r = chooseAccelerator();
    if (r.isOk())
        r = uploadBase();
    if (!r.isOk())
        return r;
    const bool keepOverlay = m_ctx.plan.kind == BuildKind::Pipeline; // it becomes the image
    auto disks = prepareVmDisks(m_ctx, m_ctx.plan.kind == BuildKind::Pipeline ? u"build"_s : u"trial"_s, m_ctx.baseVolume,
                                m_ctx.baseFormat, buildPlan, keepOverlay);
    if (!disks)
        return failedOrCancelled(m_ctx, kCreating, disks.error());
    m_ctx.buildOverlay = disks->overlay;
    m_ctx.buildSeed = disks->seed;
    return StageResult::ok();
}

StageResult PrepareStage::connect()
{
    const PlanInfrastructure &infra = m_ctx.plan.infrastructure;
    QElapsedTimer clock;
    clock.start();
    m_ctx.connection = std::make_shared<VirtConnection>(infra.uri);
    auto opened = await(m_ctx, m_ctx.connection->open(), 60, BuildTr::tr("Connecting to libvirt"));
    if (!opened)
        return failedOrCancelled(m_ctx, kCreating,
                                 Error{BuildTr::tr("Cannot connect to libvirt at %1: %2. Is libvirtd running? Run "
                                                   "'kilnctl doctor' (or scripts/daemons.sh) to start it.")
                                           .arg(infra.uri, opened.error().message),
                                       opened.error().code});
    m_ctx.storage = std::make_unique<VirtStorage>(m_ctx.connection.get(), storagePoolConfig(infra.uri, infra.storagePool));
    auto info = await(m_ctx, m_ctx.storage->ensurePool(), 60, BuildTr::tr("Preparing the storage pool"));
    if (!info)
        return failedOrCancelled(m_ctx, kCreating,
                                 Error{BuildTr::tr("Cannot use storage pool %1 on %2: %3").arg(infra.storagePool, infra.uri, info.error().message),
                                       info.error().code});
    m_ctx.journal.timed(BuildTr::tr("connected to %1, pool %2 at %3 (%4 MiB free)")
                            .arg(infra.uri, info->name, info->path)
                            .arg(info->available >> 20),
                        clock);
    if (info->available > 0 && info->available < (256ull << 20))
        m_ctx.journal.warning(BuildTr::tr("storage pool %1 has only %2 MiB free").arg(info->name).arg(info->available >> 20));
    return StageResult::ok();
}

StageResult PrepareStage::chooseAccelerator()
{
    const PlanInfrastructure &infra = m_ctx.plan.infrastructure;
    if (infra.accelerator != Accelerator::Auto) {
        m_ctx.accelerator.accelerator = infra.accelerator;
        return StageResult::ok();
    }
    HostCache cache(m_ctx.home);
    if (auto known = cache.accelerator(infra.uri)) {
        m_ctx.accelerator = *known;
    } else {
        QElapsedTimer clock;
        clock.start();
        AcceleratorProbe probe(m_ctx.connection.get(), storagePoolConfig(infra.uri, infra.storagePool));
        auto choice = await(m_ctx, probe.resolve(Accelerator::Auto), 120, BuildTr::tr("Probing KVM"));
        if (!choice)
            return failedOrCancelled(m_ctx, kCreating, choice.error());
        m_ctx.accelerator = *choice;
        cache.rememberAccelerator(infra.uri, *choice);
        m_ctx.journal.timed(BuildTr::tr("accelerator auto → %1").arg(acceleratorName(choice->accelerator)), clock);
    }
    if (!m_ctx.accelerator.warning.isEmpty())
        m_ctx.journal.warning(m_ctx.accelerator.warning);
    return StageResult::ok();
}

Result<QString> PrepareStage::ensureFileVolume(const QString &what, const QString &path)
{
    HostCache cache(m_ctx.home);
    auto sha = cache.fileSha256(path);
    if (!sha)
        return fail(BuildTr::tr("The %1 of base image %2: %3").arg(what, m_ctx.plan.base.reference, sha.error().message),
                    sha.error().code);
    BuildLock lock;
    if (auto locked = lockUpload(m_ctx, lock, m_ctx.plan.infrastructure.uri, m_ctx.plan.infrastructure.storagePool, *sha); !locked)
        return fail(locked.error());
    auto vol = await(m_ctx, m_ctx.storage->ensureBaseImage(path, *sha), m_ctx.plan.infrastructure.timeouts.create,
                     BuildTr::tr("Uploading the %1").arg(what));
    if (!vol)
        return fail(vol.error());
    if (vol->uploaded)
        m_ctx.journal.info(BuildTr::tr("uploaded the %1 as volume %2").arg(what, vol->volume.name));
    return vol->volume.path;
}

StageResult PrepareStage::uploadBase()
{
    const PlanBaseImage &base = m_ctx.plan.base;
    QElapsedTimer clock;
    clock.start();
    if (!base.diskPath.isEmpty()) {
        BuildLock lock;
        if (auto locked = lockUpload(m_ctx, lock, m_ctx.plan.infrastructure.uri, m_ctx.plan.infrastructure.storagePool, base.sha256);
            !locked)
            return failedOrCancelled(m_ctx, kCreating, locked.error());
        auto vol = await(m_ctx, m_ctx.storage->ensureBaseImage(base.diskPath, base.sha256),
                         m_ctx.plan.infrastructure.timeouts.create, BuildTr::tr("Uploading the base image"));
        if (!vol)
            return failedOrCancelled(m_ctx, kCreating,
                                     Error{BuildTr::tr("Cannot put base image %1 into pool %2: %3")
                                               .arg(base.reference, m_ctx.plan.infrastructure.storagePool, vol.error().message),
                                           vol.error().code});
        m_ctx.baseVolume = vol->volume.name;
        m_ctx.journal.timed(vol->uploaded ? BuildTr::tr("uploaded base image %1 as volume %2").arg(base.reference, vol->volume.name)
                                          : BuildTr::tr("base image %1 is already volume %2").arg(base.reference, vol->volume.name),
                            clock);
    } else {
        m_ctx.baseVolume = base.volume; // an image built earlier, in this pool (checked when resolving)
    }
    m_ctx.baseFormat = base.format.isEmpty() ? u"qcow2"_s : base.format;
    if (!base.kernelPath.isEmpty()) {
        auto kernel = ensureFileVolume(BuildTr::tr("kernel"), base.kernelPath);
        if (!kernel)
            return failedOrCancelled(m_ctx, kCreating, kernel.error());
        m_ctx.kernelPath = *kernel;
        if (!base.initrdPath.isEmpty()) {
            auto initrd = ensureFileVolume(BuildTr::tr("initrd"), base.initrdPath);
            if (!initrd)
                return failedOrCancelled(m_ctx, kCreating, initrd.error());
            m_ctx.initrdPath = *initrd;
        }
    }
    return StageResult::ok();
}

// ---------------------------------------------------------------------------------------------

StageResult BuildStage::run(const AgentPlan &plan, bool capture)
{
    VmRequest req;
    req.stage = kBuilding;
    req.nameStage = capture ? u"build"_s : u"trial"_s;
    req.agentPlan = plan;
    req.disk = m_ctx.buildOverlay;
    req.seed = m_ctx.buildSeed;
    req.timeoutSeconds = m_ctx.plan.infrastructure.timeouts.build;
    req.keepOnFailure = m_ctx.plan.infrastructure.keepVmOnFailure;
    req.diskDiscarded = !capture; // a component's trial run keeps nothing
    VmRun vm(m_ctx, req);
    QElapsedTimer clock;
    clock.start();
    StageResult r = vm.run();
    m_ctx.recordTiming(u"build VM"_s, clock.elapsed());
    if (!r.isOk())
        return r;
    const StepTracker &t = vm.tracker();
    m_ctx.osInfo = t.osInfo();
    if (const auto &inv = t.inventory()) {
        m_ctx.packageManager = inv->packageManager;
        for (const QJsonValue &v : inv->packages) {
            const QJsonObject p = v.toObject();
            m_ctx.packages.append({p.value(u"name"_s).toString(), p.value(u"version"_s).toString(), p.value(u"arch"_s).toString()});
        }
    }
    m_ctx.journal.timed(BuildTr::tr("build VM finished: %1 boot(s), OS %2, %3 packages (%4)")
                            .arg(t.boots())
                            .arg(m_ctx.osInfo.value(u"PRETTY_NAME"_s).toString(m_ctx.osInfo.value(u"ID"_s).toString(u"unknown"_s)))
                            .arg(m_ctx.packages.size())
                            .arg(m_ctx.packageManager.isEmpty() ? u"none"_s : m_ctx.packageManager),
                        clock);
    return capture ? this->capture() : StageResult::ok();
}

StageResult BuildStage::capture()
{
    QElapsedTimer clock;
    clock.start();
    auto captured = await(m_ctx, m_ctx.storage->capture(m_ctx.buildOverlay), m_ctx.plan.infrastructure.timeouts.build,
                          BuildTr::tr("Capturing the image"));
    if (!captured)
        return failedOrCancelled(m_ctx, kBuilding,
                                 Error{BuildTr::tr("Cannot capture the image: %1").arg(captured.error().message), captured.error().code});
    m_ctx.captured = *captured;
    ImageOutput out;
    out.libvirtUri = m_ctx.plan.infrastructure.uri;
    out.pool = m_ctx.plan.infrastructure.storagePool;
    out.volume = captured->volume.name;
    out.format = u"qcow2"_s;
    out.virtualSize = qint64(captured->volume.capacity);
    out.actualSize = qint64(captured->volume.physical ? captured->volume.physical : captured->volume.allocation);
    out.sha256 = captured->sha256;
    if (m_ctx.plan.imageId > 0) {
        auto set = m_ctx.catalog.images().setOutput(m_ctx.plan.imageId, out).result();
        if (!set)
            return StageResult::failed(kBuilding, set.error().message);
    }
    m_ctx.recordTiming(u"capture"_s, clock.elapsed());
    m_ctx.journal.timed(BuildTr::tr("captured volume %1 (%2 bytes of changes, sha256 %3)")
                            .arg(captured->volume.name)
                            .arg(captured->bytes)
                            .arg(captured->sha256.left(16)),
                        clock);
    return StageResult::ok();
}

// ---------------------------------------------------------------------------------------------

StageResult TestStage::run()
{
    AgentPlan plan = AgentPlan::forStage(m_ctx.plan, AgentPlan::Stage::Test, QUuid::createUuid().toString(QUuid::WithoutBraces));
    plan.keepRunning = m_ctx.plan.infrastructure.keepVmOnFailure;
    auto disks = prepareVmDisks(m_ctx, u"test"_s, m_ctx.buildOverlay, u"qcow2"_s, plan, false);
    if (!disks)
        return failedOrCancelled(m_ctx, kTesting, disks.error());
    VmRequest req;
    req.stage = kTesting;
    req.nameStage = u"test"_s;
    req.agentPlan = plan;
    req.disk = disks->overlay;
    req.seed = disks->seed;
    req.timeoutSeconds = m_ctx.plan.infrastructure.timeouts.test;
    req.keepOnFailure = m_ctx.plan.infrastructure.keepVmOnFailure;
    req.diskDiscarded = true;
    VmRun vm(m_ctx, req);
    QElapsedTimer clock;
    clock.start();
    StageResult r = vm.run();
    m_ctx.recordTiming(u"test VM"_s, clock.elapsed());
    if (vm.vmKept()) { // its disks stay with it
        m_ctx.temporaryVolumes.removeAll(disks->overlay);
        m_ctx.temporaryVolumes.removeAll(disks->seed);
    }
    if (r.isOk())
        m_ctx.journal.timed(BuildTr::tr("tests passed (%1 documents)").arg(plan.documents.size()), clock);
    return r;
}

} // namespace Kiln::Core
