#pragma once
// Turns a PipelineDraft into catalog resources: the new infrastructure and distribution
// configurations, the new recipe and the pipeline, applied as resource documents in ONE
// catalog transaction (ResourceApplier), so a failure leaves nothing half-created. Then, when
// asked, starts the first build through Services::startBuild.
#include "widgets/common/rowmetatypes.h"
#include "widgets/wizard/pipelinedraft.h"

#include <QFuture>

namespace Kiln::Core { class Catalog; }

namespace Kiln::Widgets {

struct Services;

class PipelineCreator
{
public:
    struct Created {
        Core::PipelineRow pipeline;
        QStringList summary;  // "ImageRecipe kiln:recipe/web/1.0.0/1: created", …
        QStringList warnings; // located warnings from the catalog
    };
    static QFuture<Core::Result<Created>> create(Core::Catalog &catalog, const PipelineDraft &draft);
};

} // namespace Kiln::Widgets
