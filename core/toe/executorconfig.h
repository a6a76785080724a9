#pragma once
// How an Executor behaves on this host: where it puts scripts, which PATH it searches, how it loads
// documents for ExecuteDocument, limits. The defaults suit both `kilnctl run` and the kiln-agent;
// tests shorten the WebDownload back-off.

#include "diagnostic.h"
#include "model.h"

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>

namespace Kiln::Toe {

// Loads (parses and validates) the document at path. Errors carry file:line:col.
using DocumentLoader = std::function<Result<Document>(const std::string &path)>;

struct ExecutorConfig {
    // Used by ExecuteDocument and by Executor::resume(). Default: loadDocumentFile() (documentloader.h).
    DocumentLoader loader;
    // Parent of the run's private temporary folder (scripts). Empty: $TMPDIR, else /tmp.
    std::string temporaryDirectory;
    // Working directory of every command. Empty: the caller's.
    std::string workingDirectory;
    // PATH used to find bash, binaries and package managers. Empty: $PATH (or the standard dirs).
    std::string searchPath;
    // stdout kept per step for chaining ({{ phase.step.outputs.stdout }}) and detailedoutput.json.
    // Everything is still streamed to listeners; only the kept copy is cut (with a warning line).
    size_t maxCapturedOutput = 16 * 1024 * 1024;
    // After a command exits, output of processes it left running is read this long, then ignored.
    std::chrono::milliseconds outputDrainGrace{1000};
    // WebDownload: attempts per file, and the first back-off delay (doubled after each failure).
    int webDownloadAttempts = 5;
    std::chrono::milliseconds webDownloadBackoff{1000};
    std::chrono::seconds webConnectTimeout{30};
    // Account databases read by owner/group inputs (no NSS: the static agent can't use it).
    std::string passwdFile = "/etc/passwd";
    std::string groupFile = "/etc/group";
    // ExecuteDocument nesting (SPEC §7.1: 3 levels, i.e. 4 documents).
    int maxNestingDepth = 3;
};

} // namespace Kiln::Toe
