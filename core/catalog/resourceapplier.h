#pragma once
// ResourceApplier: applies parsed resource documents to the catalog (all of them in one
// transaction: a file with one bad document changes nothing) and exports catalog resources as
// documents again. Reference errors are located at the field that holds the reference.
// Threading: apply() queues one writer job (safe from any thread); exportDocuments() is a
// synchronous read (not on the GUI thread for a big catalog).

#include "core/catalog/resourcefile.h"

#include <QFuture>

namespace Kiln::Core {

class Catalog;

struct AppliedResource {
    ResourceKind kind;
    QString name;
    QString reference; // recipes: "kiln:recipe/web/1.0.0/2"; configurations: their name
    enum class Action { Created, Updated, Unchanged } action = Action::Created;
};
QString appliedActionName(AppliedResource::Action action); // "created" | "updated" | "unchanged"

struct ApplyResult {
    QList<AppliedResource> resources; // in the order applied
    QStringList warnings;             // located, e.g. a parent image that matches nothing yet
};

struct ExportFilter {
    std::optional<ResourceKind> kind;
    QString name; // a configuration's name, or a recipe name/reference ("web", "web@1.x.x")
};

class ResourceApplier
{
public:
    // Applies in dependency order (infrastructure, distribution, recipes, pipelines), so one file
    // can hold a pipeline and everything it refers to.
    static QFuture<Result<ApplyResult>> apply(Catalog &catalog, const QList<ResourceDocument> &documents);

    // Every matching resource, recipes in version/build order, so applying the output to an empty
    // catalog (with the same components and images) reproduces the same resources.
    static Result<QList<ResourceDocument>> exportDocuments(Catalog &catalog, const ExportFilter &filter = {});
};

} // namespace Kiln::Core
