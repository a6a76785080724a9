#pragma once
// A distribution configuration in the catalog: mutable, identified by name, replaced as a whole by put() (that is what
// `kilnctl apply` does). Obtain it from Catalog::distributions(). Threading rules: see
// componentrepository.h.

#include "core/catalog/rows.h"

#include <QFuture>

#include <memory>

namespace Kiln::Core {

namespace Internal { class CatalogContext; }

class DistributionRepository
{
public:
    explicit DistributionRepository(std::shared_ptr<Internal::CatalogContext> context);

    // Creates or replaces the configuration named row.name after validating every field;
    // isNew = false when it existed (row.id/createdAt of the input are ignored).
    QFuture<Result<Stored<DistributionRow>>> put(const DistributionRow &row) const;
    // Refused, naming them, while a pipeline uses it.
    QFuture<Result<void>> remove(const QString &name) const;

    Result<DistributionRow> get(const QString &name) const;
    Result<DistributionRow> get(qint64 id) const;
    Result<QList<DistributionRow>> list() const; // by name
    Result<QList<Referrer>> referrers(const QString &name) const;

    QFuture<Result<QList<DistributionRow>>> listAsync() const;

private:
    std::shared_ptr<Internal::CatalogContext> m_context;
};

} // namespace Kiln::Core
