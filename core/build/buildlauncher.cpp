#include "buildlauncher.h"

#include "core/build/buildlock.h"
#include "core/build/buildlogs.h"
#include "core/build/buildtr.h"
#include "core/build/leftoversweeper.h"
#include "core/catalog/catalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <csignal>

using namespace Qt::StringLiterals;

namespace Kiln::Core {

namespace {

Result<BuildRow> launch(Catalog &catalog, Result<BuildRow> prepared)
{
    if (!prepared)
        return prepared;
    auto pid = BuildLauncher::spawnWorker(catalog.home(), prepared->id);
    if (!pid) {
        FailureContext f;
        f.stage = buildStateName(BuildState::Pending);
        f.message = pid.error().message;
        (void)catalog.builds().setFailed(prepared->id, f).result();
        if (prepared->imageId > 0)
            (void)catalog.images().setStatus(prepared->imageId, ImageStatus::Failed, f.message).result();
        return fail(pid.error());
    }
    return catalog.builds().get(prepared->id);
}

} // namespace

QString BuildLauncher::workerProgram()
{
    const QString env = qEnvironmentVariable("KILN_KILNCTL");
    if (!env.isEmpty())
        return env;
    const QString dir = QCoreApplication::applicationDirPath();
    const QStringList candidates{dir + u"/kilnctl"_s, dir + u"/../kilnctl/kilnctl"_s, dir + u"/../app/kilnctl/kilnctl"_s,
                                 dir + u"/../../app/kilnctl/kilnctl"_s};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable() && QFileInfo(candidate).isFile())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(u"kilnctl"_s);
}

Result<qint64> BuildLauncher::spawnWorker(const Home &home, qint64 buildId)
{
    const QString program = workerProgram();
    if (program.isEmpty())
        return fail(BuildTr::tr("Cannot start the build worker: kilnctl was not found (install Kiln, or set KILN_KILNCTL)."),
                    u"not-found"_s);
    const BuildLogs logs(home, buildId);
    if (!QDir().mkpath(logs.dir()))
        return fail(BuildTr::tr("Cannot create the log folder %1").arg(logs.dir()), u"io"_s);
    QProcess process;
    process.setProgram(program);
    process.setArguments({u"--home"_s, home.root(), u"build-worker"_s, QString::number(buildId)});
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(logs.stderrPath(), QIODevice::Append);
    process.setWorkingDirectory(QDir::rootPath()); // never keep a mount or a deleted folder busy
    qint64 pid = 0;
    // startDetached double-forks and calls setsid(): the worker is in its own session, so a
    // terminal's Ctrl-C or hang-up never reaches it, and it is not our child.
    if (!process.startDetached(&pid))
        return fail(BuildTr::tr("Cannot start the build worker %1: %2").arg(program, process.errorString()), u"io"_s);
    return pid;
}

Result<BuildRow> BuildLauncher::startBlocking(Catalog &catalog, const QString &pipeline)
{
    return launch(catalog, PlanResolver::preparePipelineBuild(catalog, pipeline));
}

Result<BuildRow> BuildLauncher::startComponentTestBlocking(Catalog &catalog, const ComponentTestRequest &request)
{
    return launch(catalog, PlanResolver::prepareComponentTest(catalog, request));
}

Result<BuildRow> BuildLauncher::cancelBlocking(Catalog &catalog, qint64 buildId)
{
    auto build = catalog.builds().get(buildId);
    if (!build)
        return build;
    if (isFinal(build->state))
        return fail(BuildTr::tr("build %1 has already finished (%2)").arg(buildId).arg(buildStateName(build->state)),
                    u"invalid-transition"_s);
    auto requested = catalog.builds().requestCancel(buildId).result();
    if (!requested)
        return requested;
    if (!requested->lockPath.isEmpty() && BuildLock::isLocked(requested->lockPath)) {
        if (requested->workerPid > 0)
            ::kill(pid_t(requested->workerPid), SIGTERM);
        return requested;
    }
    if (LeftoverSweeper::isInterrupted(*requested) || !requested->lockPath.isEmpty()) {
        // Nobody runs it: finish the cancel here.
        auto cleaned = LeftoverSweeper::cleanupBuild(catalog, buildId);
        if (!cleaned)
            return fail(cleaned.error());
        return catalog.builds().get(buildId);
    }
    return requested; // PENDING: its worker is starting and will see the request
}

QFuture<Result<BuildRow>> BuildLauncher::start(Catalog &catalog, const QString &pipeline)
{
    return QtConcurrent::run([&catalog, pipeline] { return startBlocking(catalog, pipeline); });
}

QFuture<Result<BuildRow>> BuildLauncher::startComponentTest(Catalog &catalog, const ComponentTestRequest &request)
{
    return QtConcurrent::run([&catalog, request] { return startComponentTestBlocking(catalog, request); });
}

QFuture<Result<BuildRow>> BuildLauncher::cancel(Catalog &catalog, qint64 buildId)
{
    return QtConcurrent::run([&catalog, buildId] { return cancelBlocking(catalog, buildId); });
}

} // namespace Kiln::Core
