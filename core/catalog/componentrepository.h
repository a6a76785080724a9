#pragma once
// Components in the catalog: AWSTOE documents, versioned name/x.y.z/build and immutable once
// stored. Obtain it from Catalog::components().
//
// Threading: writes (create, remove) only queue a job for the catalog's writer thread and return
// at once, so they are safe from any thread including the GUI; never block on their QFuture in
// the GUI thread (use .then(context, …) or a QFutureWatcher). Synchronous reads run on the calling
// thread's own connection: fine from kilnctl, the build worker and worker threads, and on the GUI
// thread only for get()/resolve(). From the GUI, list with listAsync() (catalog reader pool).

#include "core/catalog/rows.h"

#include <QFuture>

#include <memory>

namespace Kiln::Core {

namespace Internal { class CatalogContext; }

class ComponentRepository
{
public:
    explicit ComponentRepository(std::shared_ptr<Internal::CatalogContext> context);

    // Validates the document with the component validator (an invalid one is refused with every
    // located diagnostic in the message), then stores it as name/version/N: N = 1 for a new
    // version, N+1 when the content differs from every existing build of that version; identical
    // content (document, type, platform, description) returns the existing row with isNew = false.
    QFuture<Result<Stored<ComponentRow>>> create(const NewComponent &component) const;

    // Deletes one version/build. Refused, naming the referrers, while a recipe's component
    // reference matches it or an image (not DELETED) was built with it.
    QFuture<Result<void>> remove(qint64 id) const;

    Result<ComponentRow> get(qint64 id) const;                   // with document
    Result<ComponentRow> resolve(const QString &reference) const; // newest match, with document
    Result<ComponentRow> resolve(const Reference &reference) const;
    Result<QList<ComponentRow>> list(const ComponentFilter &filter = {}) const; // no document text
    Result<QList<Referrer>> referrers(qint64 id) const;

    QFuture<Result<ComponentRow>> getAsync(qint64 id) const;
    QFuture<Result<QList<ComponentRow>>> listAsync(const ComponentFilter &filter = {}) const;

private:
    std::shared_ptr<Internal::CatalogContext> m_context;
};

} // namespace Kiln::Core
