#include "documentloader.h"

namespace Kiln::Toe {

Result<Document> loadDocumentFile(const std::string &path)
{
    // Replaced by the toe-parse parser + validator once that branch is merged.
    return unexpected(Error{"cannot load '" + path + "': the document parser is not available yet", {}});
}

} // namespace Kiln::Toe
