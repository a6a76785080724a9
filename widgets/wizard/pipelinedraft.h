#pragma once
// Everything the pipeline wizard collects, page by page, as one value. The review page shows it
// and PipelineCreator turns it into catalog resources (one transaction).
#include "widgets/common/rowmetatypes.h"

#include <QString>

namespace Kiln::Widgets {

struct PipelineDraft {
    // Pipeline details
    QString name;
    QString description;
    QString schedule = QStringLiteral("manual"); // or a cron expression
    bool tests = true;

    // Recipe: an existing one (reference), or a new one (newRecipe)
    bool useExistingRecipe = false;
    QString existingRecipe; // "kiln:recipe/web/1.0.0/2"
    Core::NewRecipe newRecipe;
    // Component types, parallel to newRecipe.components (for the review page)
    QList<Core::ComponentType> componentTypes;

    // Infrastructure: an existing configuration (name), or a new one
    bool useExistingInfrastructure = false;
    Core::InfrastructureRow infrastructure;
    int connectionState = -1; // "Test connection": -1 not tested, 0 failed, 1 reachable

    // Distribution: none, an existing configuration (name), or a new one
    bool distribute = true;
    bool useExistingDistribution = false;
    Core::DistributionRow distribution;

    QString recipeReference() const
    {
        if (useExistingRecipe)
            return existingRecipe;
        return newRecipe.name + u'@' + newRecipe.version.toString();
    }
};

} // namespace Kiln::Widgets
