#pragma once
// What to run (RunRequest) and where a run that stopped for a reboot stands (ExecutionState).
// ExecutionState is plain data with a JSON form: the kiln-agent writes it to disk before it reboots
// the guest and hands it back to Executor::resume() on the next boot.

#include "json.h"
#include "model.h"
#include "runreport.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace Kiln::Toe {

struct DocumentSource {
    std::string path;                             // as given; shown in logs, copied to D<i>__<name>
    std::optional<Document> document;             // already parsed; when absent the executor loads path
    std::map<std::string, std::string> parameters; // run-time values for this document only
    std::vector<std::string> phases;              // phase filter for this document only; empty = RunRequest::phases
};

struct RunRequest {
    std::vector<DocumentSource> documents;        // run in this order
    std::vector<std::string> phases;              // filter; empty = every phase (order comes from the document)
    std::map<std::string, std::string> parameters; // run-time values for every document (document ones win)
    std::string executionId;                      // empty: a new UUID
};

// A position in the (possibly nested) run: frame 0 is a top-level document, frame k>0 a document run
// by the ExecuteDocument step at frame k-1.
struct ResumeFrame {
    size_t document = 0; // index in RunRequest::documents (0 for nested documents)
    size_t phase = 0;    // index in the document's phases (all phases, not only selected ones)
    size_t step = 0;     // index in the phase's steps
};

struct ExecutionState {
    RunRequest request;                 // documents are reloaded from their paths on resume
    RunReport report;                   // everything recorded so far (restores chaining values too)
    std::vector<ResumeFrame> position;  // the step that requested the reboot
    bool rerunStep = true;              // exit code 194: run that step again; Reboot action: the next one
    int rebootCount = 0;                // reboots so far in this execution
    int delaySeconds = 0;               // Reboot action's delaySeconds (for the agent)

    Json toJson() const;
    static Result<ExecutionState> fromJson(const Json &json);
};

} // namespace Kiln::Toe
