#pragma once
// Declarative resource files: the YAML users keep in version control and give to
// `kilnctl apply -f FILE`; `kilnctl export` writes the same format back. One or more documents
// per file (`---`), each with a `kind`:
//   ImageRecipe, InfrastructureConfiguration, DistributionConfiguration, ImagePipeline
// Every error is located (file:line:col). Parsing checks syntax and fields; references to other
// resources are checked when the documents are applied (ResourceApplier).

#include "core/catalog/rows.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <variant>

namespace Kiln::Core {

enum class ResourceKind { ImageRecipe, InfrastructureConfiguration, DistributionConfiguration, ImagePipeline };
QString resourceKindName(ResourceKind kind); // "ImageRecipe" …
std::optional<ResourceKind> parseResourceKind(QStringView text); // also accepts "recipe", "infra", …

// A position in a resource file, 1-based like an editor shows it.
struct SourceLocation {
    QString file;
    int line = 0;
    int column = 0;
    QString toString() const; // "file:line:col"
};

struct ResourceDocument {
    ResourceKind kind = ResourceKind::ImageRecipe;
    SourceLocation location;                 // the document's start
    QHash<QString, SourceLocation> fields;   // where each top-level field (and "components[2]"…) is
    std::variant<NewRecipe, InfrastructureRow, DistributionRow, PipelineRow> resource;

    QString name() const;
    SourceLocation where(const QString &field) const; // the field's location, else the document's
};

class ResourceFile
{
public:
    // Parses every document of `text`; the error lists every problem found, one located line each.
    static Result<QList<ResourceDocument>> parse(const QByteArray &text, const QString &file);
    static Result<QList<ResourceDocument>> load(const QString &path); // "-" reads stdin

    // YAML for the given resources, in the order given, separated by `---`.
    static QByteArray serialize(const QList<ResourceDocument> &documents);
};

} // namespace Kiln::Core
