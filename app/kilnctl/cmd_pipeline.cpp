// kilnctl pipeline list|get|delete|start — image pipelines (created and changed with `kilnctl apply
// -f`). `start` resolves the pipeline, records the build and starts its worker; with --follow it
// shows the build live and exits 0 only when the image is AVAILABLE.
#include "configcommands.h"

#include "buildwatch.h"

#include "core/build/buildlauncher.h"
#include "core/build/leftoversweeper.h"
#include "core/virt/eventhub.h"

using namespace Qt::StringLiterals;

namespace Kiln::Ctl {

namespace {

QStringList pipelineColumns(const PipelineRow &r)
{
    return {r.name, r.recipe, r.infrastructure, r.distribution.isEmpty() ? QStringLiteral("-") : r.distribution,
            r.tests ? CtlTr::tr("yes") : CtlTr::tr("no"), r.schedule, r.enabled ? CtlTr::tr("yes") : CtlTr::tr("no")};
}

int start(Context &ctx, const QStringList &args)
{
    Options o(args, {}, {u"--follow"_s, u"-f"_s});
    if (!o.ok() || o.positional().size() != 1)
        return usage(ctx, o.ok() ? CtlTr::tr("give one pipeline name") : o.error(), u"pipeline start NAME [--follow]"_s);
    int rc = 0;
    auto catalog = openCatalog(ctx, &rc);
    if (!catalog)
        return rc;
    EventHub::instance();
    // Builds whose worker died are marked and cleaned before a new one starts.
    const SweepReport swept = LeftoverSweeper::sweep(*catalog);
    for (qint64 id : swept.interruptedBuilds)
        ctx.err << CtlTr::tr("kilnctl: build %1 was interrupted (its worker stopped); marked FAILED").arg(id) << '\n';
    auto build = BuildLauncher::startBlocking(*catalog, o.positional().first());
    if (!build)
        return failed(ctx, build.error());
    const bool follow = o.has(u"--follow"_s) || o.has(u"-f"_s);
    if (!follow) {
        if (ctx.json) {
            printJson(ctx, buildJson(*build));
        } else {
            ctx.out << CtlTr::tr("Started build %1 of pipeline %2: image %3").arg(build->id).arg(build->pipelineName, build->image)
                    << '\n'
                    << CtlTr::tr("  follow it:  kilnctl build logs %1 --follow").arg(build->id) << '\n'
                    << CtlTr::tr("  cancel it:  kilnctl build cancel %1").arg(build->id) << '\n';
        }
        return 0;
    }
    if (!ctx.json)
        ctx.out << CtlTr::tr("Build %1 of pipeline %2: image %3 (Ctrl-C stops following; the build goes on)")
                       .arg(build->id)
                       .arg(build->pipelineName, build->image)
                << '\n';
    return watchBuild(ctx, *catalog, build->id, WatchOptions{});
}

int pipeline(Context &ctx)
{
    return dispatch(ctx, "pipeline",
                    {{"list", "list",
                      [](Context &c, const QStringList &a) {
                          return listRows<PipelineRow>(c, a, "pipeline", &Catalog::pipelines,
                                                       {CtlTr::tr("NAME"), CtlTr::tr("RECIPE"), CtlTr::tr("INFRASTRUCTURE"),
                                                        CtlTr::tr("DISTRIBUTION"), CtlTr::tr("TESTS"), CtlTr::tr("SCHEDULE"),
                                                        CtlTr::tr("ENABLED")},
                                                       &pipelineColumns);
                      }},
                     {"get", "get NAME",
                      [](Context &c, const QStringList &a) {
                          return getRow<PipelineRow>(c, a, "pipeline", &Catalog::pipelines, ResourceKind::ImagePipeline);
                      }},
                     {"delete", "delete NAME",
                      [](Context &c, const QStringList &a) { return deleteRow(c, a, "pipeline", &Catalog::pipelines); }},
                     {"start", "start NAME [--follow]", &start}});
}

} // namespace

KILNCTL_COMMAND("pipeline", "List, show, delete and start image pipelines", pipeline);

} // namespace Kiln::Ctl
