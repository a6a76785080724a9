// kilnctl build list|get|logs|cancel|cleanup — builds run by build workers: their states, stage
// timings, steps, failure context and logs.
#include "buildwatch.h"
#include "cli.h"

#include "core/build/buildlauncher.h"
#include "core/build/buildlogs.h"
#include "core/build/leftoversweeper.h"
#include "core/catalog/rowjson.h"
#include "core/virt/eventhub.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Kiln::Ctl {

using namespace Kiln::Core;

namespace {

Result<qint64> buildIdArg(const Options &o)
{
    bool ok = false;
    const qint64 id = o.positional().value(0).toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(CtlTr::tr("'%1' is not a build id").arg(o.positional().value(0)), u"invalid"_s);
    return id;
}

// Builds whose worker died are marked before anything is shown about them.
void sweep(Context &ctx, Catalog &catalog)
{
    EventHub::instance();
    const SweepReport swept = LeftoverSweeper::sweep(catalog);
    for (qint64 id : swept.interruptedBuilds)
        ctx.err << CtlTr::tr("kilnctl: build %1 was interrupted (its worker stopped); marked FAILED").arg(id) << '\n';
}

QString elapsed(const BuildRow &b)
{
    if (!b.startedAt.isValid())
        return u"-"_s;
    const QDateTime end = b.finishedAt.isValid() ? b.finishedAt : QDateTime::currentDateTimeUtc();
    return durationText(b.startedAt.msecsTo(end));
}

int list(Context &ctx, const QStringList &args)
{
    Options o(args, {u"--pipeline"_s, u"--limit"_s}, {u"--running"_s});
    if (!o.ok() || !o.positional().isEmpty())
        return usage(ctx, o.ok() ? CtlTr::tr("unexpected argument '%1'").arg(o.positional().first()) : o.error(),
                     u"build list [--pipeline NAME] [--running] [--limit N]"_s);
    QString badCount;
    const std::optional<int> limit = o.count(u"--limit"_s, 50, &badCount);
    if (!limit)
        return usage(ctx, badCount, u"build list [--pipeline NAME] [--running] [--limit N]"_s);
    int rc = 0;
    auto catalog = openCatalog(ctx, &rc);
    if (!catalog)
        return rc;
    sweep(ctx, *catalog);
    BuildFilter f;
    f.pipelineName = o.value(u"--pipeline"_s);
    f.unfinishedOnly = o.has(u"--running"_s);
    f.limit = *limit;
    auto rows = catalog->builds().list(f);
    if (!rows)
        return failed(ctx, rows.error());
    if (ctx.json) {
        printJson(ctx, toJsonArray(*rows));
        return 0;
    }
    QList<QStringList> table;
    for (const BuildRow &b : std::as_const(*rows))
        table << QStringList{QString::number(b.id), b.kind == BuildKind::Pipeline ? b.pipelineName : u"test:"_s + b.pipelineName,
                             buildStateName(b.state), b.image.isEmpty() ? u"-"_s : b.image, shortTime(b.createdAt), elapsed(b)};
    printTable(ctx, {CtlTr::tr("ID"), CtlTr::tr("PIPELINE"), CtlTr::tr("STATE"), CtlTr::tr("IMAGE"), CtlTr::tr("CREATED"),
                     CtlTr::tr("DURATION")},
               table);
    return 0;
}

int get(Context &ctx, const QStringList &args)
{
    Options o(args, {}, {u"--plan"_s});
    auto id = buildIdArg(o);
    if (!o.ok() || o.positional().size() != 1 || !id)
        return usage(ctx, !o.ok() ? o.error() : id ? CtlTr::tr("give one build id") : id.error().message, u"build get ID [--plan]"_s);
    int rc = 0;
    auto catalog = openCatalog(ctx, &rc);
    if (!catalog)
        return rc;
    sweep(ctx, *catalog);
    auto b = catalog->builds().get(*id);
    if (!b)
        return failed(ctx, b.error());
    auto steps = catalog->builds().steps(*id);
    auto logs = catalog->builds().logs(*id);
    if (ctx.json) {
        QJsonObject o2 = toJson(*b);
        o2.insert(u"steps"_s, steps ? toJsonArray(*steps) : QJsonArray());
        o2.insert(u"logs"_s, logs ? toJsonArray(*logs) : QJsonArray());
        printJson(ctx, o2);
        return 0;
    }
    QList<QPair<QString, QString>> f{{CtlTr::tr("Build"), QString::number(b->id)},
                                     {CtlTr::tr("Kind"), buildKindName(b->kind)},
                                     {b->kind == BuildKind::Pipeline ? CtlTr::tr("Pipeline") : CtlTr::tr("Component"), b->pipelineName},
                                     {CtlTr::tr("State"), buildStateName(b->state) + (b->stateReason.isEmpty() ? QString() : u" ("_s + b->stateReason + u')')}};
    if (!b->image.isEmpty())
        f.append({CtlTr::tr("Image"), b->image});
    const QJsonObject base = b->plan.value(u"base"_s).toObject();
    if (!base.isEmpty())
        f.append({CtlTr::tr("Base image"), base.value(u"reference"_s).toString()});
    f.append({CtlTr::tr("Created"), shortTime(b->createdAt)});
    f.append({CtlTr::tr("Duration"), elapsed(*b)});
    QStringList stages;
    for (const BuildStageRow &s : b->stages)
        stages << u"%1  %2  %3"_s.arg(s.stage.leftJustified(12), s.status.leftJustified(9), durationText(s.durationMs()));
    if (!stages.isEmpty())
        f.append({CtlTr::tr("Stages"), stages.join(u'\n')});
    if (b->workerPid > 0)
        f.append({CtlTr::tr("Worker"), CtlTr::tr("pid %1").arg(b->workerPid)});
    printFields(ctx, f);
    if (steps && !steps->isEmpty()) {
        ctx.out << '\n';
        QList<QStringList> table;
        for (const BuildStepRow &s : std::as_const(*steps)) {
            const qint64 ms = s.finishedAt.isValid() ? s.startedAt.msecsTo(s.finishedAt) : -1;
            table << QStringList{s.stage, s.component, s.phase, s.step, stepStatusName(s.status),
                                 s.exitCode ? QString::number(*s.exitCode) : u"-"_s, durationText(ms)};
        }
        printTable(ctx, {CtlTr::tr("STAGE"), CtlTr::tr("COMPONENT"), CtlTr::tr("PHASE"), CtlTr::tr("STEP"), CtlTr::tr("STATUS"),
                         CtlTr::tr("EXIT"), CtlTr::tr("DURATION")},
                   table);
    }
    if (b->state == BuildState::Failed || b->state == BuildState::Cancelled || b->state == BuildState::Succeeded) {
        ctx.out << '\n';
        printOutcome(ctx, *b);
    }
    if (logs && !logs->isEmpty()) {
        ctx.out << '\n' << CtlTr::tr("Logs:") << '\n';
        for (const LogRow &l : std::as_const(*logs))
            ctx.out << "  " << l.kind.leftJustified(13) << l.path << '\n';
    }
    if (o.has(u"--plan"_s))
        ctx.out << '\n' << QJsonDocument(b->plan).toJson(QJsonDocument::Indented);
    return 0;
}

int logs(Context &ctx, const QStringList &args)
{
    Options o(args, {}, {u"--follow"_s, u"-f"_s, u"--console"_s, u"--worker"_s});
    auto id = buildIdArg(o);
    if (!o.ok() || o.positional().size() != 1 || !id)
        return usage(ctx, !o.ok() ? o.error() : id ? CtlTr::tr("give one build id") : id.error().message,
                     u"build logs ID [--follow] [--console | --worker]"_s);
    int rc = 0;
    auto catalog = openCatalog(ctx, &rc);
    if (!catalog)
        return rc;
    sweep(ctx, *catalog);
    if (auto b = catalog->builds().get(*id); !b)
        return failed(ctx, b.error());
    WatchOptions w;
    w.follow = o.has(u"--follow"_s) || o.has(u"-f"_s);
    w.console = o.has(u"--console"_s);
    w.worker = o.has(u"--worker"_s);
    w.summary = w.follow && !w.console && !w.worker;
    const int code = watchBuild(ctx, *catalog, *id, w);
    return w.follow ? code : (code == 130 ? code : 0);
}

int cancel(Context &ctx, const QStringList &args)
{
    Options o(args, {}, {u"--no-wait"_s});
    auto id = buildIdArg(o);
    if (!o.ok() || o.positional().size() != 1 || !id)
        return usage(ctx, !o.ok() ? o.error() : id ? CtlTr::tr("give one build id") : id.error().message,
                     u"build cancel ID [--no-wait]"_s);
    int rc = 0;
    auto catalog = openCatalog(ctx, &rc);
    if (!catalog)
        return rc;
    EventHub::instance();
    auto b = BuildLauncher::cancelBlocking(*catalog, *id);
    if (!b)
        return failed(ctx, b.error());
    if (!o.has(u"--no-wait"_s)) {
        // The worker stops the VM and removes the volumes within seconds.
        QElapsedTimer clock;
        clock.start();
        while (!isFinal(b->state) && clock.elapsed() < 30000) {
            QThread::msleep(100);
            b = catalog->builds().get(*id);
            if (!b)
                return failed(ctx, b.error());
        }
    }
    if (ctx.json) {
        printJson(ctx, buildJson(*b));
        return 0;
    }
    if (isFinal(b->state))
        ctx.out << CtlTr::tr("Build %1 is %2").arg(*id).arg(buildStateName(b->state)) << '\n';
    else
        ctx.out << CtlTr::tr("Asked build %1 to cancel (it is %2)").arg(*id).arg(buildStateName(b->state)) << '\n';
    return 0;
}

int cleanup(Context &ctx, const QStringList &args)
{
    Options o(args, {}, {});
    auto id = buildIdArg(o);
    if (!o.ok() || o.positional().size() != 1 || !id)
        return usage(ctx, !o.ok() ? o.error() : id ? CtlTr::tr("give one build id") : id.error().message, u"build cleanup ID"_s);
    int rc = 0;
    auto catalog = openCatalog(ctx, &rc);
    if (!catalog)
        return rc;
    EventHub::instance();
    auto report = LeftoverSweeper::cleanupBuild(*catalog, *id);
    if (!report)
        return failed(ctx, report.error());
    if (ctx.json) {
        printJson(ctx, QJsonObject{{u"domains"_s, QJsonArray::fromStringList(report->destroyedDomains)},
                                   {u"volumes"_s, QJsonArray::fromStringList(report->deletedVolumes)},
                                   {u"problems"_s, QJsonArray::fromStringList(report->problems)}});
        return report->problems.isEmpty() ? 0 : 1;
    }
    for (const QString &d : std::as_const(report->destroyedDomains))
        ctx.out << CtlTr::tr("destroyed VM %1").arg(d) << '\n';
    for (const QString &v : std::as_const(report->deletedVolumes))
        ctx.out << CtlTr::tr("deleted volume %1").arg(v) << '\n';
    for (const QString &p : std::as_const(report->problems))
        ctx.err << "kilnctl: " << p << '\n';
    if (report->isEmpty() && report->problems.isEmpty())
        ctx.out << CtlTr::tr("Build %1 left nothing behind").arg(*id) << '\n';
    return report->problems.isEmpty() ? 0 : 1;
}

int run(Context &ctx)
{
    return dispatch(ctx, "build",
                    {{"list", "list [--pipeline NAME] [--running] [--limit N]", &list},
                     {"get", "get ID [--plan]", &get},
                     {"logs", "logs ID [--follow] [--console | --worker]", &logs},
                     {"cancel", "cancel ID [--no-wait]", &cancel},
                     {"cleanup", "cleanup ID   (remove a VM kept after a failure, and its disks)", &cleanup}});
}

} // namespace

KILNCTL_COMMAND("build", "List builds, show one, follow its logs, cancel it", run);

} // namespace Kiln::Ctl
