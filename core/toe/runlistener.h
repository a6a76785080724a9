#pragma once
// The live view of a run. The executor calls a RunListener on the thread that called
// Executor::run()/resume(), in order, as things happen: the console printer of `kilnctl run`, the
// AWSTOE log folder, the kiln-agent's JSON-Lines event stream and the GUI all implement it.
// Implementations must return quickly (they are on the path of every output chunk).

#include "runreport.h"

#include <string>
#include <string_view>
#include <vector>

namespace Kiln::Toe {

enum class Stream { Stdout, Stderr };

// Where an event happens. depth 0 = a document of the run; 1..3 = documents run by ExecuteDocument.
struct Position {
    int depth = 0;
    std::string documentFile;
    std::string documentName;
    std::string phase;   // empty for document-level events
    std::string step;    // empty for phase/document-level events
    std::string action;  // the step's action module
};

struct StepAttempt {
    int attempt = 1;        // 1-based
    int maxAttempts = 1;
    int timeoutSeconds = 7200; // -1 = none
};

struct LoopIteration {
    std::string loopName;   // may be empty
    long long index = 0;    // 0-based iteration index ({{ loop.index }})
    std::string value;      // {{ loop.value }}
    long long count = 0;    // number of iterations in this attempt
};

struct RebootRequest {
    Position position;
    bool rerunStep = true;  // exit code 194: run the same step again; Reboot action: continue after it
    int delaySeconds = 0;   // Reboot action's delaySeconds
    std::string reason;     // human-readable, e.g. "step build/Install exited with code 194"
};

class RunListener
{
public:
    virtual ~RunListener() = default;

    virtual void runStarted(const RunReport &run) { (void)run; }
    virtual void documentStarted(const Position &where, const DocumentReport &document) { (void)where; (void)document; }
    virtual void phaseStarted(const Position &where) { (void)where; }
    // Called once per attempt. A step skipped by its `if` gets no stepStarted, only stepFinished.
    virtual void stepStarted(const Position &where, const StepAttempt &attempt) { (void)where; (void)attempt; }
    virtual void iterationStarted(const Position &where, const LoopIteration &iteration) { (void)where; (void)iteration; }
    // Raw bytes as the child wrote them (not split into lines; may end mid-line or mid-character).
    virtual void output(const Position &where, Stream stream, std::string_view chunk) { (void)where; (void)stream; (void)chunk; }
    // An informational line from the executor or an action module (no trailing newline),
    // e.g. "CmdExecution: ExitCode 0" or a warning.
    virtual void message(const Position &where, std::string_view line) { (void)where; (void)line; }
    virtual void stepFinished(const Position &where, const StepReport &step) { (void)where; (void)step; }
    virtual void phaseFinished(const Position &where, const PhaseReport &phase) { (void)where; (void)phase; }
    virtual void documentFinished(const Position &where, const DocumentReport &document) { (void)where; (void)document; }
    // The run stops after this (the host never reboots); runFinished follows with status
    // RebootRequested and Executor returns the ExecutionState to resume from.
    virtual void rebootRequested(const RebootRequest &request) { (void)request; }
    virtual void runFinished(const RunReport &run) { (void)run; }
};

// Forwards every event to several listeners, in order.
class ListenerList : public RunListener
{
public:
    void add(RunListener *listener) { if (listener) m_listeners.push_back(listener); }
    bool empty() const { return m_listeners.empty(); }

    void runStarted(const RunReport &r) override { for (auto *l : m_listeners) l->runStarted(r); }
    void documentStarted(const Position &w, const DocumentReport &d) override { for (auto *l : m_listeners) l->documentStarted(w, d); }
    void phaseStarted(const Position &w) override { for (auto *l : m_listeners) l->phaseStarted(w); }
    void stepStarted(const Position &w, const StepAttempt &a) override { for (auto *l : m_listeners) l->stepStarted(w, a); }
    void iterationStarted(const Position &w, const LoopIteration &i) override { for (auto *l : m_listeners) l->iterationStarted(w, i); }
    void output(const Position &w, Stream s, std::string_view c) override { for (auto *l : m_listeners) l->output(w, s, c); }
    void message(const Position &w, std::string_view line) override { for (auto *l : m_listeners) l->message(w, line); }
    void stepFinished(const Position &w, const StepReport &s) override { for (auto *l : m_listeners) l->stepFinished(w, s); }
    void phaseFinished(const Position &w, const PhaseReport &p) override { for (auto *l : m_listeners) l->phaseFinished(w, p); }
    void documentFinished(const Position &w, const DocumentReport &d) override { for (auto *l : m_listeners) l->documentFinished(w, d); }
    void rebootRequested(const RebootRequest &r) override { for (auto *l : m_listeners) l->rebootRequested(r); }
    void runFinished(const RunReport &r) override { for (auto *l : m_listeners) l->runFinished(r); }

private:
    std::vector<RunListener *> m_listeners;
};

} // namespace Kiln::Toe
