#include "pipelinecreator.h"

#include "core/catalog/catalog.h"
#include "core/catalog/resourceapplier.h"
#include "core/catalog/resourcefile.h"

#include <QCoreApplication>

namespace Kiln::Widgets {

QFuture<Core::Result<PipelineCreator::Created>> PipelineCreator::create(Core::Catalog &catalog, const PipelineDraft &draft)
{
    QList<Core::ResourceDocument> docs;
    auto add = [&docs](Core::ResourceKind kind, auto resource) {
        Core::ResourceDocument d;
        d.kind = kind;
        d.location.file = QCoreApplication::translate("PipelineCreator", "pipeline wizard");
        d.resource = resource;
        docs.append(d);
    };
    if (!draft.useExistingInfrastructure)
        add(Core::ResourceKind::InfrastructureConfiguration, draft.infrastructure);
    if (draft.distribute && !draft.useExistingDistribution)
        add(Core::ResourceKind::DistributionConfiguration, draft.distribution);
    if (!draft.useExistingRecipe)
        add(Core::ResourceKind::ImageRecipe, draft.newRecipe);
    Core::PipelineRow pipeline;
    pipeline.name = draft.name;
    pipeline.description = draft.description;
    pipeline.recipe = draft.recipeReference();
    pipeline.infrastructure = draft.infrastructure.name;
    pipeline.distribution = draft.distribute ? draft.distribution.name : QString();
    pipeline.tests = draft.tests;
    pipeline.schedule = draft.schedule;
    pipeline.enabled = true;
    add(Core::ResourceKind::ImagePipeline, pipeline);

    Core::Catalog *cat = &catalog;
    const QString name = draft.name;
    return Core::ResourceApplier::apply(catalog, docs).then([cat, name](const Core::Result<Core::ApplyResult> &applied) -> Core::Result<Created> {
        if (!applied)
            return Core::fail(applied.error());
        Created created;
        for (const Core::AppliedResource &a : applied->resources)
            created.summary << QCoreApplication::translate("PipelineCreator", "%1 %2: %3")
                                   .arg(Core::resourceKindName(a.kind), a.reference.isEmpty() ? a.name : a.reference,
                                        Core::appliedActionName(a.action));
        created.warnings = applied->warnings;
        // The writer committed before this continuation runs; read the pipeline back for its id.
        auto row = cat->pipelines().get(name);
        if (!row)
            return Core::fail(row.error());
        created.pipeline = *row;
        return created;
    });
}

} // namespace Kiln::Widgets
