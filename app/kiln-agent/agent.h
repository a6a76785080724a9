#pragma once
// EventStream turns what the executor does (a Toe::RunListener) into the protocol's JSON-Lines
// events on the Port (docs/agent-protocol.md): document/phase/step start and end with their
// context, and step.output — coalesced (output goes out at once when no step.output was sent in the
// last 50 ms, else it waits until 50 ms after the last one, so a step that prints byte by byte
// costs at most 20 events a second, while sparse output has no added latency) and split (at most
// 64 KiB of valid UTF-8 per event, never cut inside a character). Output is sent from the executor's thread as it
// arrives and from a small timer thread for output that stops arriving; both hold one mutex, so
// events stay in order. The top-level document/phase/step is the context of every event: a
// nested document's (ExecuteDocument) output is the output of the step that runs it.

#include "plan.h"
#include "port.h"

#include "core/toe/model.h"
#include "core/toe/runlistener.h"

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace Kiln::Agent {

struct StepContext {
    int documentIndex = -1;
    std::string document; // the plan's component name
    std::string phase;
    std::string step;
    int stepIndex = -1;
    long long iteration = -1;
};

class EventStream : public Toe::RunListener
{
public:
    static constexpr size_t MaxChunk = 64 * 1024;
    static constexpr std::chrono::milliseconds CoalesceDelay{50};
    static constexpr size_t MaxOutputValue = 64 * 1024; // per step.end output value (all of it was streamed)

    // documents[i] is the loaded plan.documents[i].
    EventStream(Port &port, const Plan &plan, const std::vector<Toe::Document> &documents);
    ~EventStream() override;

    // A resumed run starts at plan document firstDocument; the executor announces the interrupted
    // document and phase again, which the host has already seen: those two starts are not sent.
    void setResume(size_t firstDocument);
    // Called (executor thread) after every top-level step.start: the agent persists its progress.
    void setStepStartedHook(std::function<void(const StepContext &)> hook);
    StepContext current() const;
    // Adds document/documentIndex/phase/step(/stepIndex) of context to fields.
    static void addContext(Toe::Json &fields, const StepContext &context, bool withStepIndex);

    void documentStarted(const Toe::Position &where, const Toe::DocumentReport &document) override;
    void phaseStarted(const Toe::Position &where) override;
    void stepStarted(const Toe::Position &where, const Toe::StepAttempt &attempt) override;
    void iterationStarted(const Toe::Position &where, const Toe::LoopIteration &iteration) override;
    void output(const Toe::Position &where, Toe::Stream stream, std::string_view chunk) override;
    void stepFinished(const Toe::Position &where, const Toe::StepReport &step) override;
    void phaseFinished(const Toe::Position &where, const Toe::PhaseReport &phase) override;
    void documentFinished(const Toe::Position &where, const Toe::DocumentReport &document) override;

private:
    void flushLocked(bool final);             // sends all pending output
    void emitLocked(int stream, bool final);  // sends stream's complete pending text
    void timerLoop();
    int stepIndex(const std::string &phase, const std::string &step) const;
    Toe::Json context(bool withStepIndex, bool withIteration) const;

    Port &m_port;
    const Plan &m_plan;
    const std::vector<Toe::Document> &m_documents;

    mutable std::mutex m_mutex;
    std::condition_variable m_timerWake;
    StepContext m_context;
    int m_nextDocument = 0;
    bool m_skipDocumentStart = false;
    bool m_skipPhaseStart = false;
    std::function<void(const StepContext &)> m_stepStartedHook;

    std::string m_pending[2];    // raw bytes per stream (stdout, stderr) not sent yet
    int m_active = -1;           // the stream whose pending text is complete and waiting, or -1
    std::chrono::steady_clock::time_point m_lastSent{}; // the last step.output event
    bool m_stop = false;
    std::thread m_timer;
};

// The protocol's status names.
const char *protocolStatus(Toe::StepStatus status);
const char *protocolStatus(Toe::RunStatus status);
double seconds(Toe::WallClock::time_point from, Toe::WallClock::time_point to);

} // namespace Kiln::Agent
