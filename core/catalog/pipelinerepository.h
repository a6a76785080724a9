#pragma once
// An image pipeline in the catalog: mutable, identified by name, replaced as a whole by put() (that is what
// `kilnctl apply` does). Obtain it from Catalog::pipelines(). Threading rules: see
// componentrepository.h.

#include "core/catalog/rows.h"

#include <QFuture>

#include <memory>

namespace Kiln::Core {

namespace Internal { class CatalogContext; }

class PipelineRepository
{
public:
    explicit PipelineRepository(std::shared_ptr<Internal::CatalogContext> context);

    // Creates or replaces the configuration named row.name after validating every field;
    // isNew = false when it existed (row.id/createdAt of the input are ignored).
    QFuture<Result<Stored<PipelineRow>>> put(const PipelineRow &row) const;
    // Refused while one of its builds is running.
    QFuture<Result<void>> remove(const QString &name) const;

    Result<PipelineRow> get(const QString &name) const;
    Result<PipelineRow> get(qint64 id) const;
    Result<QList<PipelineRow>> list() const; // by name
    Result<QList<Referrer>> referrers(const QString &name) const;

    QFuture<Result<QList<PipelineRow>>> listAsync() const;

private:
    std::shared_ptr<Internal::CatalogContext> m_context;
};

} // namespace Kiln::Core
