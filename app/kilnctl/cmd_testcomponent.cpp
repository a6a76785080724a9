// kilnctl test-component: runs one component's phases against a base image in a throwaway VM —
// the editor's inner loop. The run is a build of kind "component-test" (shown like any build);
// nothing is kept afterwards.
#include "buildwatch.h"
#include "cli.h"

#include "core/build/buildlauncher.h"
#include "core/virt/eventhub.h"

using namespace Qt::StringLiterals;

namespace Kiln::Ctl {

using namespace Kiln::Core;

namespace {

const QString kUsage = u"test-component (--component REF | --file FILE) --base-image REF [--parameters K=V,…] "
                       "[--phases build,validate,test] [--infrastructure NAME] [--follow]"_s;

int run(Context &ctx)
{
    Options o(ctx.args,
              {u"--component"_s, u"--file"_s, u"-f"_s, u"--base-image"_s, u"--parameters"_s, u"--phases"_s, u"--infrastructure"_s},
              {u"--follow"_s});
    if (!o.ok())
        return usage(ctx, o.error(), kUsage);
    ComponentTestRequest req;
    req.component = o.value(u"--component"_s);
    req.file = o.has(u"--file"_s) ? o.value(u"--file"_s) : o.value(u"-f"_s);
    req.baseImage = o.value(u"--base-image"_s);
    req.infrastructure = o.value(u"--infrastructure"_s);
    if (req.component.isEmpty() == req.file.isEmpty())
        return usage(ctx, CtlTr::tr("give --component REF or --file FILE"), kUsage);
    if (req.baseImage.isEmpty())
        return usage(ctx, CtlTr::tr("give --base-image REF"), kUsage);
    if (!o.positional().isEmpty())
        return usage(ctx, CtlTr::tr("unexpected argument '%1'").arg(o.positional().first()), kUsage);
    if (o.has(u"--parameters"_s)) {
        auto params = PlanResolver::parseParameters(o.values(u"--parameters"_s).join(u','));
        if (!params)
            return usage(ctx, params.error().message, kUsage);
        req.parameters = *params;
    }
    if (o.has(u"--phases"_s))
        req.phases = o.value(u"--phases"_s).split(u',', Qt::SkipEmptyParts);
    int rc = 0;
    auto catalog = openCatalog(ctx, &rc);
    if (!catalog)
        return rc;
    EventHub::instance();
    auto build = BuildLauncher::startComponentTestBlocking(*catalog, req);
    if (!build)
        return failed(ctx, build.error());
    if (!o.has(u"--follow"_s)) {
        if (ctx.json)
            printJson(ctx, buildJson(*build));
        else
            ctx.out << CtlTr::tr("Started test run %1 of %2 on %3").arg(build->id).arg(req.file.isEmpty() ? req.component : req.file, req.baseImage)
                    << '\n'
                    << CtlTr::tr("  follow it:  kilnctl build logs %1 --follow").arg(build->id) << '\n';
        return 0;
    }
    if (!ctx.json)
        ctx.out << CtlTr::tr("Test run %1 of %2 on %3 (phases %4)")
                       .arg(build->id)
                       .arg(req.file.isEmpty() ? req.component : req.file, req.baseImage, req.phases.join(u", "_s))
                << '\n';
    return watchBuild(ctx, *catalog, build->id, WatchOptions{});
}

} // namespace

KILNCTL_COMMAND("test-component", "Run one component's phases on a base image in a throwaway VM", run);

} // namespace Kiln::Ctl
