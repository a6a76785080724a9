#include "documentloader.h"

#include "validator.h"

namespace Kiln::Toe {

Result<Document> loadDocumentFile(const std::string &path)
{
    ValidationResult result = validateFile(path);
    for (const Diagnostic &d : result.diagnostics)
        if (d.severity == Severity::Error)
            return unexpected(Error{d.message, d.location});
    if (!result.document)
        return unexpected(Error{"cannot read '" + path + "' as a component document", Location{path, {}}});
    Document doc = std::move(*result.document);
    doc.file = path;
    return doc;
}

} // namespace Kiln::Toe
