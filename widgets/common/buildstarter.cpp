#include "buildstarter.h"

#include "core/catalog/catalog.h"

#include <QJsonObject>

namespace Kiln::Widgets {

QFuture<Core::Result<Core::BuildRow>> BuildStarter::recordPendingBuild(Core::Catalog &catalog, const Core::PipelineRow &pipeline)
{
    Core::NewBuild build;
    build.kind = Core::BuildKind::Pipeline;
    build.pipelineId = pipeline.id;
    build.pipelineName = pipeline.name;
    // The runner freezes the full plan (resolved versions) when it picks the build up; record what
    // was asked for so the build is self-describing meanwhile.
    build.plan = QJsonObject{
        {QStringLiteral("pipeline"), pipeline.name},
        {QStringLiteral("recipe"), pipeline.recipe},
        {QStringLiteral("infrastructure"), pipeline.infrastructure},
        {QStringLiteral("distribution"), pipeline.distribution},
        {QStringLiteral("tests"), pipeline.tests},
        {QStringLiteral("requestedBy"), QStringLiteral("kiln")},
    };
    return catalog.builds().create(build);
}

} // namespace Kiln::Widgets
