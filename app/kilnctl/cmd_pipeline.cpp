// kilnctl pipeline list|get|delete — image pipelines (created and changed with `kilnctl apply
// -f`). The build engine adds `pipeline start` here.
#include "configcommands.h"

namespace Kiln::Ctl {

namespace {

QStringList pipelineColumns(const PipelineRow &r)
{
    return {r.name, r.recipe, r.infrastructure, r.distribution.isEmpty() ? QStringLiteral("-") : r.distribution,
            r.tests ? CtlTr::tr("yes") : CtlTr::tr("no"), r.schedule, r.enabled ? CtlTr::tr("yes") : CtlTr::tr("no")};
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
                      [](Context &c, const QStringList &a) { return deleteRow(c, a, "pipeline", &Catalog::pipelines); }}});
}

} // namespace

KILNCTL_COMMAND("pipeline", "List, show and delete image pipelines", pipeline);

} // namespace Kiln::Ctl
