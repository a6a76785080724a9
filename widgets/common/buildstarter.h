#pragma once
// BuildStarter: how the GUI starts a build of a pipeline ("Run" in the Pipelines panel, "Create
// and run" in the wizard). This is the one place to switch to the pipeline runner (core/build,
// the VM engine) when it lands: today it records a PENDING build with the pipeline's frozen
// choices in the catalog, which the runner's worker picks up / the build monitor shows.
#include "widgets/common/rowmetatypes.h"

#include <QFuture>

namespace Kiln::Core { class Catalog; }

namespace Kiln::Widgets {

class BuildStarter
{
public:
    static QFuture<Core::Result<Core::BuildRow>> recordPendingBuild(Core::Catalog &catalog, const Core::PipelineRow &pipeline);
};

} // namespace Kiln::Widgets
