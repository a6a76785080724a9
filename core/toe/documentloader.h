#pragma once
// Reads, parses and validates a component document file for running: the default
// ExecutorConfig::loader (used by ExecuteDocument and Executor::resume) and `kilnctl run`.

#include "model.h"

#include <string>

namespace Kiln::Toe {

// The document, or the first validation error (file:line:col: message). Warnings are dropped;
// use the validator directly to show them.
Result<Document> loadDocumentFile(const std::string &path);

} // namespace Kiln::Toe
