// kilnctl pipeline start NAME [--follow]: resolves the pipeline, records the build and starts its
// worker; with --follow, shows the build live and exits 0 only when the image is AVAILABLE.
#include "cmd_pipeline.h"

#include "buildwatch.h"

#include "core/build/buildlauncher.h"
#include "core/build/leftoversweeper.h"
#include "core/virt/eventhub.h"

using namespace Qt::StringLiterals;

namespace Kiln::Ctl {

using namespace Kiln::Core;

int pipelineStart(Context &ctx, const QStringList &args)
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

} // namespace Kiln::Ctl
