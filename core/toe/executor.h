#pragma once
// Runs AWSTOE component documents on the current Linux host (SPEC §2–§8, §11): phases in document
// order filtered by RunRequest::phases, steps with onFailure / maxAttempts / timeoutSeconds / loop /
// if, chaining between steps, the action modules, nested documents (ExecuteDocument).
//
// A run is synchronous: run() and resume() return when it is over, calling the listeners on the
// same thread as things happen. cancel() may be called from any thread; it kills the running
// process group at once and stops the run (status Cancelled).
//
// Reboots: exit code 194 and the Reboot action never reboot the host. The run stops with status
// RebootRequested and RunResult::state holds the ExecutionState; the VM agent persists it, reboots
// the guest and calls resume(state) on the next boot, which continues at the right step with the
// earlier results and chaining values restored.

#include "executionstate.h"
#include "executorconfig.h"
#include "runlistener.h"

#include <memory>
#include <optional>

namespace Kiln::Toe {

struct RunResult {
    RunReport report;
    std::optional<ExecutionState> state; // set when report.status == RunStatus::RebootRequested
    bool success() const { return report.status == RunStatus::Success; }
};

class Executor
{
public:
    explicit Executor(ExecutorConfig config = {});
    ~Executor();
    Executor(const Executor &) = delete;
    Executor &operator=(const Executor &) = delete;

    const ExecutorConfig &config() const;
    // Not owned; must outlive the runs. Called on the thread running run()/resume().
    void addListener(RunListener *listener);

    // Loads documents that came as paths (config().loader), checks the parameters of every document
    // (a parameter without default and without a run-time value fails the run before any step), then
    // runs. Never throws; problems are in the report (status + failureMessage).
    RunResult run(const RunRequest &request);
    // Continues a run that stopped with RebootRequested. Documents given in state.request.documents[i]
    // .document are used as they are; the others are reloaded from their paths.
    RunResult resume(const ExecutionState &state);

    // Thread-safe, idempotent: stops the current run (and any later run of this Executor).
    void cancel();
    bool isCancelled() const;

    struct Impl;

private:
    std::unique_ptr<Impl> d;
};

} // namespace Kiln::Toe
