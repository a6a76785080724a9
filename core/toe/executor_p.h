#pragma once
// Executor internals shared by executor.cpp (runs, documents, phases) and executor_step.cpp
// (steps, attempts, loops, the ModuleContext given to action modules). Not a public header.

#include "executor.h"
#include "modules.h"
#include "process.h"
#include "variables.h"

#include <string>
#include <vector>

namespace Kiln::Toe {

// How far a step/phase/document got; anything but Continue stops the caller too.
enum class Outcome { Continue, Abort, Cancelled, Reboot };

// One running document.
struct DocumentRun {
    const Document &document;
    DocumentReport &report;
    VariableScope scope;
    Position where;              // depth + document; phase/step filled per event
    std::string directory;       // folder of the document file ("" when unknown)
};

// Where a resumed document picks up (frames for this level and below).
struct ResumeCursor {
    const std::vector<ResumeFrame> *frames = nullptr;
    size_t level = 0;            // frames->at(level) is this document's frame
    bool rerunStep = true;
    const ResumeFrame &frame() const { return frames->at(level); }
    bool innermost() const { return level + 1 == frames->size(); }
};

struct Executor::Impl {
    explicit Impl(ExecutorConfig c) : config(std::move(c)) {}

    ExecutorConfig config;
    ListenerList listeners;
    CancelToken cancel;

    // per run
    std::string tempDirectory;
    unsigned tempCounter = 0;
    std::vector<std::string> phaseFilter;
    std::vector<ResumeFrame> stack;          // current position, one frame per document depth
    std::vector<std::string> documentStack;  // real paths of the running documents (cycle detection)
    bool rebootCaptured = false;
    std::vector<ResumeFrame> rebootPosition;
    bool rebootRerunStep = true;
    int rebootDelay = 0;
    // ExecuteDocument resuming inside its nested document
    const ResumeCursor *nestedResume = nullptr;
    DocumentReport *nestedResumeReport = nullptr;

    RunResult execute(RunRequest request, const ExecutionState *resumeFrom);
    Outcome runDocument(DocumentRun &run, size_t documentIndex, const std::vector<std::string> &phases,
                        const ResumeCursor *resume);
    Outcome runStep(DocumentRun &run, PhaseReport &phase, const Step &step, const ResumeCursor *resume,
                    StepReport *previous);
    ModuleResult executeDocument(DocumentRun &parent, const Node &inputs);

    bool startTemporaryDirectory(std::string &error);
    void removeTemporaryDirectory();
    std::string temporaryPath(const std::string &prefix, const std::string &suffix);
};

// Run-time parameter values of a document: run-time values override defaults; a parameter with
// neither is an error naming it; values must be in allowedValues when given. Constants are added.
Result<std::map<std::string, std::string>> resolveParameters(const Document &document,
                                                             const std::map<std::string, std::string> &runtime);

// Recomputes a phase/document/run status and counts from what they contain.
void finalizePhase(PhaseReport &phase, bool stoppedByReboot);
void finalizeDocument(DocumentReport &document, bool stoppedByReboot);
void finalizeRun(RunReport &run, bool stoppedByReboot);

} // namespace Kiln::Toe
