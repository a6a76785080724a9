#pragma once
// Internal: the row-level queries each repository implements, shared with the others (recipes
// resolve components, apply/export read every kind, the importer registers images). All run on
// the Db given, inside the caller's transaction when it is the writer's.

#include "core/catalog/db.h"
#include "core/catalog/imagerepository.h"
#include "core/catalog/rows.h"

namespace Kiln::Core::Internal {

Result<ComponentRow> getComponent(Db &db, qint64 id);                 // with document
Result<ComponentRow> resolveComponent(Db &db, const Reference &ref);  // with document
Result<QList<ComponentRow>> listComponents(Db &db, const ComponentFilter &filter);
Result<QList<Referrer>> componentReferrers(Db &db, const ComponentRow &component);

Result<RecipeRow> getRecipe(Db &db, qint64 id);
Result<RecipeRow> resolveRecipe(Db &db, const Reference &ref);
Result<QList<RecipeRow>> listRecipes(Db &db, const RecipeFilter &filter);
Result<QList<Referrer>> recipeReferrers(Db &db, const RecipeRow &recipe);
// Checks a new recipe's fields, references and parameters against the catalog. Errors and
// warnings are prefixed with where(i, isWarning) for component i (-1: the recipe, -2: the parent
// image), so that apply can locate them in a file. Returns the warnings.
Result<QStringList> checkRecipe(Db &db, const NewRecipe &recipe,
                                const std::function<QString(int componentIndex, bool warning)> &where = {});
// Stores a checked recipe (identical content as the newest build of the version → existing).
Result<Stored<RecipeRow>> storeRecipe(Db &db, const NewRecipe &recipe);

Result<ImageRow> getImage(Db &db, qint64 id);
Result<ImageRow> resolveImage(Db &db, const Reference &ref, ImagePurpose purpose);
Result<QList<Referrer>> imageReferrers(Db &db, const ImageRow &image);

Result<InfrastructureRow> getInfrastructure(Db &db, const QString &name);
Result<QList<InfrastructureRow>> listInfrastructure(Db &db);
Result<void> checkInfrastructure(const InfrastructureRow &row);
// Create or replace by name; *changed is false when the stored row was already identical.
Result<Stored<InfrastructureRow>> storeInfrastructure(Db &db, const InfrastructureRow &row, bool *changed);
// Pipelines whose `column` (infrastructure_id / distribution_id) is id.
QList<Referrer> pipelinesUsing(Db &db, const QString &column, qint64 id, const QString &via);
Result<DistributionRow> getDistribution(Db &db, const QString &name);
Result<QList<DistributionRow>> listDistributions(Db &db);
Result<void> checkDistribution(const DistributionRow &row);
Result<Stored<DistributionRow>> storeDistribution(Db &db, const DistributionRow &row, bool *changed);
Result<PipelineRow> getPipeline(Db &db, const QString &name);
Result<QList<PipelineRow>> listPipelines(Db &db);
// Field checks plus references (recipe, infrastructure, distribution) against the catalog.
Result<void> checkPipeline(Db &db, const PipelineRow &row);
Result<Stored<PipelineRow>> storePipeline(Db &db, const PipelineRow &row, bool *changed);

// Validates a cron expression (5 fields, or @hourly/@daily/@weekly/@monthly/@yearly).
Result<void> checkSchedule(const QString &schedule);

} // namespace Kiln::Core::Internal
