#include "buildworker.h"

#include "core/build/buildcontext.h"
#include "core/build/buildlock.h"
#include "core/build/buildrunner.h"
#include "core/build/buildtr.h"
#include "core/build/leftoversweeper.h"
#include "core/catalog/catalog.h"
#include "core/virt/eventhub.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Kiln::Core {

namespace {

int s_signalPipe[2] = {-1, -1};

extern "C" void onTerminate(int signal)
{
    const char byte = char(signal);
    if (s_signalPipe[1] >= 0) {
        const ssize_t n = ::write(s_signalPipe[1], &byte, 1);
        (void)n;
    }
}

// SIGTERM (kilnctl build cancel, the GUI's Cancel) and SIGINT become a cancel of the build.
// SIGHUP is ignored: the worker has no terminal, and a closing one must not stop the build.
void installSignalHandlers(CancelToken &token)
{
    if (::pipe2(s_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    auto *notifier = new QSocketNotifier(s_signalPipe[0], QSocketNotifier::Read, &token);
    QObject::connect(notifier, &QSocketNotifier::activated, &token, [&token] {
        char byte = 0;
        while (::read(s_signalPipe[0], &byte, 1) > 0) {
        }
        token.cancel(byte == SIGINT ? BuildTr::tr("interrupted (SIGINT)") : BuildTr::tr("cancelled"));
    });
    struct sigaction sa {};
    sa.sa_handler = onTerminate;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &sa, nullptr);
    ::sigaction(SIGINT, &sa, nullptr);
    ::signal(SIGHUP, SIG_IGN);
    ::signal(SIGPIPE, SIG_IGN);
}

} // namespace

int BuildWorker::run(const Home &home, qint64 buildId)
{
    EventHub::instance(); // libvirt's event loop before any libvirt call
    auto catalog = Catalog::open(home);
    if (!catalog) {
        qCritical("kilnctl build-worker: %s", qPrintable(catalog.error().message));
        return 2;
    }
    auto build = (*catalog)->builds().get(buildId);
    if (!build) {
        qCritical("kilnctl build-worker: %s", qPrintable(build.error().message));
        return 2;
    }
    if (isFinal(build->state)) {
        qInfo("build %lld has already finished (%s)", buildId, qPrintable(buildStateName(build->state)));
        return build->state == BuildState::Succeeded ? 0 : 1;
    }
    const BuildLogs logs(home, buildId);
    BuildLock lock;
    if (auto locked = lock.acquire(logs.lockPath()); !locked) {
        qCritical("kilnctl build-worker: %s", qPrintable(locked.error().message));
        return locked.error().code == u"busy" ? 3 : 2;
    }
    if (auto w = (*catalog)->builds().setWorker(buildId, qint64(::getpid()), logs.lockPath()).result(); !w) {
        qCritical("kilnctl build-worker: %s", qPrintable(w.error().message));
        return 2;
    }

    auto plan = BuildPlan::fromJson(build->plan);
    if (!plan) {
        FailureContext f;
        f.stage = buildStateName(build->state);
        f.message = plan.error().message;
        (void)(*catalog)->builds().setFailed(buildId, f).result();
        if (build->imageId > 0)
            (void)(*catalog)->images().setStatus(build->imageId, ImageStatus::Failed, f.message).result();
        return 2;
    }
    plan->buildId = buildId;
    int exitCode = 1;
    {
        BuildContext ctx(home, **catalog, *plan);
        if (auto opened = ctx.journal.open(logs.path(BuildLogs::worker())); !opened)
            qWarning("kilnctl build-worker: %s", qPrintable(opened.error()));
        ctx.addLog(BuildLogs::worker());
        ctx.journal.info(BuildTr::tr("build worker %1 started for build %2").arg(::getpid()).arg(buildId));
        installSignalHandlers(ctx.cancel);

        // The catalog's cancel flag too: a cancel asked for from another host, or before the
        // worker had installed its handlers.
        QTimer cancelPoll;
        QObject::connect(&cancelPoll, &QTimer::timeout, &cancelPoll, [&ctx] {
            if (!ctx.cancel.isCancelled() && ctx.cancelRequestedInCatalog())
                ctx.cancel.cancel(BuildTr::tr("cancelled"));
        });
        cancelPoll.start(1000);
        if (build->cancelRequested)
            ctx.cancel.cancel(BuildTr::tr("cancelled before it started"));

        // Leftovers of crashed runs on this build's hypervisor (not of running builds).
        const SweepReport swept = LeftoverSweeper::sweep(**catalog, {plan->infrastructure.uri}, buildId);
        for (qint64 id : swept.interruptedBuilds)
            ctx.journal.info(BuildTr::tr("marked interrupted build %1 as failed").arg(id));
        if (!swept.destroyedDomains.isEmpty() || !swept.deletedVolumes.isEmpty())
            ctx.journal.info(BuildTr::tr("removed leftovers of crashed runs: %1")
                                 .arg((swept.destroyedDomains + swept.deletedVolumes).join(u", "_s)));

        BuildRunner runner(ctx);
        const BuildState final = runner.run();
        exitCode = final == BuildState::Succeeded ? 0 : 1;
        cancelPoll.stop();
        ctx.journal.close();
        (void)(*catalog)->flush().result();
    }
    lock.release();
    return exitCode;
}

} // namespace Kiln::Core
