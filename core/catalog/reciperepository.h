#pragma once
// Image recipes in the catalog: a parent image reference plus ordered component references with
// parameter values. Versioned name/x.y.z/build like components and immutable once stored.
// Obtain it from Catalog::recipes(). Threading rules: see componentrepository.h.

#include "core/catalog/rows.h"

#include <QFuture>

#include <memory>

namespace Kiln::Core {

namespace Internal { class CatalogContext; }

class RecipeRepository
{
public:
    explicit RecipeRepository(std::shared_ptr<Internal::CatalogContext> context);

    // Checks the references (every component reference must match a component; parameters must be
    // ones the component declares, and parameters without a default must be given; the parent
    // image reference must be well formed), then stores name/version/N with the same
    // identical-content rule as components.
    QFuture<Result<Stored<RecipeRow>>> create(const NewRecipe &recipe) const;

    // Refused, naming the referrers, while a pipeline's recipe reference matches it or an image
    // (not DELETED) was built from it.
    QFuture<Result<void>> remove(qint64 id) const;

    Result<RecipeRow> get(qint64 id) const;
    Result<RecipeRow> resolve(const QString &reference) const;
    Result<RecipeRow> resolve(const Reference &reference) const;
    Result<QList<RecipeRow>> list(const RecipeFilter &filter = {}) const;
    Result<QList<Referrer>> referrers(qint64 id) const;

    // The recipe's components resolved to exact catalog components (newest matches now), in order:
    // what a build would use.
    Result<QList<ResolvedComponent>> resolveComponents(const RecipeRow &recipe) const;

    QFuture<Result<RecipeRow>> getAsync(qint64 id) const;
    QFuture<Result<QList<RecipeRow>>> listAsync(const RecipeFilter &filter = {}) const;

private:
    std::shared_ptr<Internal::CatalogContext> m_context;
};

} // namespace Kiln::Core
