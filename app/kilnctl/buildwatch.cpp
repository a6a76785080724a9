#include "buildwatch.h"

#include "core/catalog/rowjson.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Kiln::Ctl {

using namespace Kiln::Core;

namespace {

int s_interruptPipe[2] = {-1, -1};

extern "C" void onInterrupt(int)
{
    const char byte = 1;
    if (s_interruptPipe[1] >= 0) {
        const ssize_t n = ::write(s_interruptPipe[1], &byte, 1);
        (void)n;
    }
}

QString streamPrefix(LogStream s)
{
    switch (s) {
    case LogStream::Stdout: return u"    "_s;
    case LogStream::Stderr: return u"  ! "_s;
    case LogStream::Info: return u"  "_s;
    case LogStream::Error: return u"  "_s;
    case LogStream::Marker: return u"  "_s;
    }
    return {};
}

QString streamName(LogStream s)
{
    switch (s) {
    case LogStream::Stdout: return u"stdout"_s;
    case LogStream::Stderr: return u"stderr"_s;
    case LogStream::Info: return u"info"_s;
    case LogStream::Error: return u"error"_s;
    case LogStream::Marker: return u"marker"_s;
    }
    return {};
}

void printJsonLine(Context &ctx, const QJsonObject &o)
{
    ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    ctx.out.flush();
}

qint64 stageMs(const BuildRow &b, const QString &stage)
{
    for (const BuildStageRow &s : b.stages)
        if (s.stage == stage)
            return s.durationMs();
    return -1;
}

} // namespace

QString durationText(qint64 ms)
{
    if (ms < 0)
        return u"-"_s;
    if (ms < 60000)
        return u"%1 s"_s.arg(double(ms) / 1000.0, 0, 'f', 1);
    return u"%1 min %2 s"_s.arg(ms / 60000).arg((ms % 60000) / 1000, 2, 10, QChar(u'0'));
}

QJsonObject buildJson(const BuildRow &build)
{
    return toJson(build);
}

void printOutcome(Context &ctx, const BuildRow &b)
{
    const qint64 total = b.startedAt.isValid() && b.finishedAt.isValid() ? b.startedAt.msecsTo(b.finishedAt) : -1;
    QStringList stages;
    for (const BuildStageRow &s : b.stages)
        stages << s.stage + u' ' + durationText(s.durationMs());
    const QString timing = stages.isEmpty() ? QString() : u" ("_s + stages.join(u", "_s) + u", total "_s + durationText(total) + u')';
    switch (b.state) {
    case BuildState::Succeeded:
        if (b.kind == BuildKind::Pipeline)
            ctx.out << CtlTr::tr("==> SUCCEEDED: image %1 is AVAILABLE%2").arg(b.image, timing) << '\n';
        else
            ctx.out << CtlTr::tr("==> SUCCEEDED: component test passed%1").arg(timing) << '\n';
        break;
    case BuildState::Cancelled:
        ctx.out << CtlTr::tr("==> CANCELLED: %1%2").arg(b.stateReason, timing) << '\n';
        break;
    case BuildState::Failed: {
        ctx.out << CtlTr::tr("==> FAILED in %1: %2").arg(b.failure.stage, b.failure.message) << '\n';
        if (!b.failure.component.isEmpty())
            ctx.out << CtlTr::tr("    component: %1").arg(b.failure.component) << '\n';
        if (!b.failure.phase.isEmpty())
            ctx.out << CtlTr::tr("    phase:     %1").arg(b.failure.phase) << '\n';
        if (!b.failure.step.isEmpty())
            ctx.out << CtlTr::tr("    step:      %1").arg(b.failure.step) << '\n';
        if (b.failure.exitCode)
            ctx.out << CtlTr::tr("    exit code: %1").arg(*b.failure.exitCode) << '\n';
        if (!b.failure.logTail.isEmpty()) {
            ctx.out << CtlTr::tr("    last log lines:") << '\n';
            for (const QString &line : b.failure.logTail)
                ctx.out << "      " << line << '\n';
        }
        ctx.out << CtlTr::tr("    full logs: kilnctl build logs %1 (--console for the serial console, --worker for Kiln's log)")
                       .arg(b.id)
                << '\n';
        break;
    }
    default:
        ctx.out << CtlTr::tr("==> %1").arg(buildStateName(b.state)) << '\n';
    }
    ctx.out.flush();
}

int watchBuild(Context &ctx, Catalog &catalog, qint64 buildId, const WatchOptions &options)
{
    BuildFollower::Options fo;
    fo.console = options.console;
    fo.worker = options.worker;
    fo.untilNow = !options.follow;
    BuildFollower follower(catalog, buildId, fo);
    QEventLoop loop;
    int exitCode = 1;
    bool interrupted = false;

    QObject::connect(&follower, &BuildFollower::stateChanged, &loop, [&](const BuildRow &b, BuildState previous) {
        if (!options.summary)
            return;
        if (ctx.json) {
            printJsonLine(ctx, QJsonObject{{u"type"_s, u"state"_s}, {u"build"_s, b.id}, {u"state"_s, buildStateName(b.state)},
                                           {u"previous"_s, buildStateName(previous)}, {u"image"_s, b.image}});
            return;
        }
        if (isFinal(b.state))
            return; // printed with the outcome, after the last log lines
        const qint64 previousMs = stageMs(b, buildStateName(previous));
        QString line = u"==> "_s + buildStateName(b.state);
        if (previous != b.state && previousMs >= 0)
            line += CtlTr::tr("  (%1 took %2)").arg(buildStateName(previous), durationText(previousMs));
        ctx.out << line << '\n';
        ctx.out.flush();
    });
    QObject::connect(&follower, &BuildFollower::lines, &loop, [&](const QString &stage, const QList<LogModel::Line> &lines) {
        for (const LogModel::Line &l : lines) {
            if (ctx.json)
                ctx.out << QJsonDocument(QJsonObject{{u"type"_s, u"line"_s}, {u"stage"_s, stage},
                                                     {u"stream"_s, streamName(l.stream)}, {u"text"_s, l.text}})
                               .toJson(QJsonDocument::Compact)
                        << '\n';
            else
                ctx.out << (options.console || options.worker ? QString() : streamPrefix(l.stream)) << l.text << '\n';
        }
        ctx.out.flush();
    });
    QObject::connect(&follower, &BuildFollower::finished, &loop, [&](const BuildRow &b) {
        exitCode = b.state == BuildState::Succeeded ? 0 : 1;
        if (options.summary) {
            if (ctx.json)
                printJsonLine(ctx, QJsonObject{{u"type"_s, u"result"_s}, {u"build"_s, buildJson(b)}});
            else if (isFinal(b.state))
                printOutcome(ctx, b);
        }
        if (!isFinal(b.state))
            exitCode = 0; // a snapshot of a running build
        loop.quit();
    });
    QObject::connect(&follower, &BuildFollower::failed, &loop, [&](const QString &message) {
        failed(ctx, message);
        exitCode = 1;
        loop.quit();
    });

    // Ctrl-C: stop following, never the build.
    std::unique_ptr<QSocketNotifier> notifier;
    struct sigaction previous {};
    if (options.follow && ::pipe2(s_interruptPipe, O_CLOEXEC | O_NONBLOCK) == 0) {
        notifier = std::make_unique<QSocketNotifier>(s_interruptPipe[0], QSocketNotifier::Read);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, &loop, [&] {
            interrupted = true;
            loop.quit();
        });
        struct sigaction sa {};
        sa.sa_handler = onInterrupt;
        sigemptyset(&sa.sa_mask);
        ::sigaction(SIGINT, &sa, &previous);
    }
    follower.start();
    loop.exec();
    if (notifier) {
        ::sigaction(SIGINT, &previous, nullptr);
        notifier.reset();
        ::close(s_interruptPipe[0]);
        ::close(s_interruptPipe[1]);
        s_interruptPipe[0] = s_interruptPipe[1] = -1;
    }
    if (interrupted) {
        ctx.out.flush();
        ctx.err << '\n'
                << CtlTr::tr("Stopped following; build %1 goes on in the background.\n"
                             "  follow it:  kilnctl build logs %1 --follow\n"
                             "  cancel it:  kilnctl build cancel %1")
                       .arg(buildId)
                << '\n';
        ctx.err.flush();
        return 130;
    }
    return exitCode;
}

} // namespace Kiln::Ctl
