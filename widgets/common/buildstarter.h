#pragma once
// BuildStarter: how the GUI starts a build of a pipeline ("Run" in the Pipelines panel, "Create
// and run" in the wizard): start() goes through the pipeline runner (Core::BuildLauncher:
// resolve the plan, record the PENDING build and image, start its detached worker), and the
// build monitor follows it. recordPendingBuild() only records a PENDING build (no worker), for
// tests and screenshots that must not start VMs.
#include "widgets/common/rowmetatypes.h"

#include <QFuture>

namespace Kiln::Core { class Catalog; }

namespace Kiln::Widgets {

class BuildStarter
{
public:
    static QFuture<Core::Result<Core::BuildRow>> start(Core::Catalog &catalog, const Core::PipelineRow &pipeline);
    static QFuture<Core::Result<Core::BuildRow>> recordPendingBuild(Core::Catalog &catalog, const Core::PipelineRow &pipeline);
};

} // namespace Kiln::Widgets
