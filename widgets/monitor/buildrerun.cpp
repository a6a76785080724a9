#include "buildrerun.h"

#include "core/build/buildlauncher.h"
#include "core/build/buildplan.h"

namespace Kiln::Widgets {

QFuture<Core::Result<Core::BuildRow>> BuildRerun::start(Core::Catalog &catalog, const Core::BuildRow &build, QString *error)
{
    if (build.kind == Core::BuildKind::Pipeline) {
        if (build.pipelineName.isEmpty()) {
            *error = tr("Build #%1 has no pipeline to run again.").arg(build.id);
            return {};
        }
        return Core::BuildLauncher::start(catalog, build.pipelineName);
    }
    auto plan = Core::BuildPlan::fromJson(build.plan);
    if (!plan || plan->components.isEmpty()) {
        *error = tr("This component test cannot be run again: its plan is unreadable (%1).")
                     .arg(plan ? tr("no component") : plan.error().message);
        return {};
    }
    Core::ComponentTestRequest request;
    const Core::PlanComponent &c = plan->components.constFirst();
    if (c.reference.startsWith(QLatin1String("file:")))
        request.file = c.reference.mid(5);
    else
        request.component = c.reference;
    request.baseImage = plan->base.reference;
    request.parameters = c.parameters;
    request.infrastructure = plan->infrastructure.name;
    request.phases = plan->testPhases;
    return Core::BuildLauncher::startComponentTest(catalog, request);
}

} // namespace Kiln::Widgets
