// RunListener → protocol events, with step output coalesced and split (see agent.h).
#include "agent.h"

#include "utf8.h"

#include <algorithm>

namespace Kiln::Agent {

using Toe::Json;

const char *protocolStatus(Toe::StepStatus status)
{
    switch (status) {
    case Toe::StepStatus::Success: return "success";
    case Toe::StepStatus::Failed: return "failed";
    case Toe::StepStatus::Ignored: return "ignored";
    case Toe::StepStatus::Skipped: return "skipped";
    case Toe::StepStatus::Cancelled: return "cancelled";
    case Toe::StepStatus::RebootRequested: return "success"; // never sent: see stepFinished
    }
    return "failed";
}

const char *protocolStatus(Toe::RunStatus status)
{
    switch (status) {
    case Toe::RunStatus::Success: return "success";
    case Toe::RunStatus::Failed: return "failed";
    case Toe::RunStatus::Cancelled: return "cancelled";
    case Toe::RunStatus::RebootRequested: return "success";
    }
    return "failed";
}

double seconds(Toe::WallClock::time_point from, Toe::WallClock::time_point to)
{
    if (from == Toe::WallClock::time_point{} || to < from)
        return 0;
    // milliseconds are plenty and keep the numbers short
    return static_cast<double>(std::chrono::duration_cast<std::chrono::milliseconds>(to - from).count()) / 1000.0;
}

namespace {

// A step.end output value: the whole output was streamed as step.output; the event keeps the
// first MaxOutputValue bytes so that one event stays far below the protocol's 4 MiB line limit.
std::string boundedValue(const std::string &value, size_t max)
{
    std::string out;
    const size_t used = appendSanitizedUtf8(out, value, max, true);
    if (used < value.size())
        out += "\n[kiln-agent: " + std::to_string(value.size() - used)
               + " more bytes not repeated here; the whole output is in the step's output events]";
    return out;
}

Json outputsObject(const Json &outputs, size_t max)
{
    Json object = Json::object();
    if (outputs.isObject()) {
        for (const auto &[k, v] : outputs.members())
            object[k] = v.isString() ? Json(boundedValue(v.toString(), max)) : v;
        return object;
    }
    std::vector<std::string> keys;
    for (const Json &entry : outputs.items())
        for (const auto &[k, v] : entry.members())
            if (std::find(keys.begin(), keys.end(), k) == keys.end())
                keys.push_back(k);
    for (const std::string &k : keys) {
        if (auto value = Toe::outputValue(outputs, k, outputs.size() == 1 ? 0 : -1))
            object[k] = boundedValue(*value, max);
    }
    return object;
}

} // namespace

EventStream::EventStream(Port &port, const Plan &plan, const std::vector<Toe::Document> &documents)
    : m_port(port), m_plan(plan), m_documents(documents)
{
    m_timer = std::thread([this] { timerLoop(); });
}

EventStream::~EventStream()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_timerWake.notify_all();
    m_timer.join();
}

void EventStream::setResume(size_t firstDocument)
{
    std::lock_guard lock(m_mutex);
    m_nextDocument = static_cast<int>(firstDocument);
    m_skipDocumentStart = true;
    m_skipPhaseStart = true;
}

void EventStream::setStepStartedHook(std::function<void(const StepContext &)> hook)
{
    std::lock_guard lock(m_mutex);
    m_stepStartedHook = std::move(hook);
}

StepContext EventStream::current() const
{
    std::lock_guard lock(m_mutex);
    return m_context;
}

void EventStream::addContext(Json &fields, const StepContext &c, bool withStepIndex)
{
    fields["document"] = c.document;
    fields["documentIndex"] = c.documentIndex;
    if (!c.phase.empty())
        fields["phase"] = c.phase;
    if (!c.step.empty()) {
        fields["step"] = c.step;
        if (withStepIndex && c.stepIndex >= 0)
            fields["stepIndex"] = c.stepIndex;
    }
}

Json EventStream::context(bool withStepIndex, bool withIteration) const
{
    Json fields = Json::object();
    addContext(fields, m_context, withStepIndex);
    if (withIteration && m_context.iteration >= 0)
        fields["iteration"] = m_context.iteration;
    return fields;
}

int EventStream::stepIndex(const std::string &phase, const std::string &step) const
{
    if (m_context.documentIndex < 0 || static_cast<size_t>(m_context.documentIndex) >= m_documents.size())
        return -1;
    const Toe::Phase *p = m_documents[static_cast<size_t>(m_context.documentIndex)].phase(phase);
    if (!p)
        return -1;
    for (size_t i = 0; i < p->steps.size(); ++i)
        if (p->steps[i].name == step)
            return static_cast<int>(i);
    return -1;
}

void EventStream::documentStarted(const Toe::Position &where, const Toe::DocumentReport &document)
{
    if (where.depth != 0)
        return;
    std::lock_guard lock(m_mutex);
    flushLocked(true);
    m_context = {};
    m_context.documentIndex = m_nextDocument++;
    const size_t index = static_cast<size_t>(m_context.documentIndex);
    m_context.document = index < m_plan.documents.size() ? m_plan.documents[index].name : where.documentName;
    if (m_skipDocumentStart) {
        m_skipDocumentStart = false;
        return;
    }
    Json fields = context(false, false);
    Json phases = Json::array();
    for (const auto &[name, selected] : document.phaseSelection)
        if (selected)
            phases.push_back(name);
    fields["phases"] = std::move(phases);
    m_port.send("document.start", fields);
}

void EventStream::phaseStarted(const Toe::Position &where)
{
    if (where.depth != 0)
        return;
    std::lock_guard lock(m_mutex);
    flushLocked(true);
    m_context.phase = where.phase;
    m_context.step.clear();
    m_context.stepIndex = -1;
    m_context.iteration = -1;
    if (m_skipPhaseStart) {
        m_skipPhaseStart = false;
        return;
    }
    m_port.send("phase.start", context(false, false));
}

void EventStream::stepStarted(const Toe::Position &where, const Toe::StepAttempt &attempt)
{
    if (where.depth != 0)
        return;
    std::function<void(const StepContext &)> hook;
    StepContext snapshot;
    {
        std::lock_guard lock(m_mutex);
        flushLocked(true);
        m_skipPhaseStart = false; // the interrupted phase is the first one a resumed run reports
        m_context.step = where.step;
        m_context.stepIndex = stepIndex(where.phase, where.step);
        m_context.iteration = -1;
        Json fields = context(true, false);
        fields["action"] = where.action;
        if (attempt.maxAttempts > 1) {
            fields["attempt"] = attempt.attempt;
            fields["maxAttempts"] = attempt.maxAttempts;
        }
        m_port.send("step.start", fields);
        hook = m_stepStartedHook;
        snapshot = m_context;
    }
    if (hook)
        hook(snapshot);
}

void EventStream::iterationStarted(const Toe::Position &where, const Toe::LoopIteration &iteration)
{
    if (where.depth != 0)
        return;
    std::lock_guard lock(m_mutex);
    flushLocked(true); // each iteration is its own process: nothing carries over
    m_context.iteration = iteration.index;
}

void EventStream::output(const Toe::Position &, Toe::Stream stream, std::string_view chunk)
{
    if (chunk.empty())
        return;
    const int s = stream == Toe::Stream::Stdout ? 0 : 1;
    std::lock_guard lock(m_mutex);
    if (m_active >= 0 && m_active != s)
        emitLocked(m_active, false); // keep the order of the two streams
    const bool wasIdle = m_active < 0;
    m_pending[s].append(chunk);
    m_active = s;
    if (std::chrono::steady_clock::now() >= m_lastSent + CoalesceDelay) {
        emitLocked(s, false); // quiet until now: no reason to wait
        if (m_pending[s].empty())
            return;
        m_active = s; // an incomplete character waits for the rest
    }
    while (m_pending[s].size() >= MaxChunk) {
        const size_t before = m_pending[s].size();
        std::string text;
        const size_t used = appendSanitizedUtf8(text, m_pending[s], MaxChunk, false);
        if (used == 0)
            break;
        m_pending[s].erase(0, used);
        Json fields = context(true, true);
        fields["stream"] = s == 0 ? "stdout" : "stderr";
        fields["chunk"] = std::move(text);
        m_port.send("step.output", fields);
        m_lastSent = std::chrono::steady_clock::now();
        if (m_pending[s].size() == before)
            break;
    }
    if (wasIdle)
        m_timerWake.notify_all();
}

void EventStream::emitLocked(int s, bool final)
{
    std::string &raw = m_pending[s];
    while (!raw.empty()) {
        std::string text;
        const size_t used = appendSanitizedUtf8(text, raw, MaxChunk, final);
        if (used == 0)
            break; // only the start of a character: wait for the rest
        raw.erase(0, used);
        Json fields = context(true, true);
        fields["stream"] = s == 0 ? "stdout" : "stderr";
        fields["chunk"] = std::move(text);
        m_port.send("step.output", fields);
        m_lastSent = std::chrono::steady_clock::now();
    }
    if (m_active == s)
        m_active = -1;
}

void EventStream::flushLocked(bool final)
{
    if (m_active >= 0)
        emitLocked(m_active, final);
    if (final) {
        for (int s : {0, 1})
            if (!m_pending[s].empty())
                emitLocked(s, true);
    }
    m_active = -1;
}

void EventStream::timerLoop()
{
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        if (m_active < 0) {
            m_timerWake.wait(lock);
            continue;
        }
        const auto due = m_lastSent + CoalesceDelay;
        if (std::chrono::steady_clock::now() < due) {
            m_timerWake.wait_until(lock, due);
            continue;
        }
        emitLocked(m_active, false);
    }
}

void EventStream::stepFinished(const Toe::Position &where, const Toe::StepReport &step)
{
    if (where.depth != 0)
        return;
    std::lock_guard lock(m_mutex);
    flushLocked(true);
    // Exit code 194: the step runs again after the reboot, so it has no end yet (the reboot event
    // follows). A Reboot action's step is finished and reported as a success.
    if (step.status == Toe::StepStatus::RebootRequested)
        return;
    if (m_context.step != where.step) { // a step skipped by its `if` was never started
        m_context.step = where.step;
        m_context.stepIndex = stepIndex(where.phase, where.step);
    }
    m_context.iteration = -1;
    Json fields = context(true, false);
    fields["status"] = protocolStatus(step.status);
    fields["exitCode"] = step.exitCode ? Json(*step.exitCode) : Json();
    fields["duration"] = seconds(step.startTime, step.endTime);
    fields["outputs"] = outputsObject(step.outputs, MaxOutputValue);
    if (!step.failureMessage.empty() && step.status != Toe::StepStatus::Success)
        fields["error"] = step.failureMessage;
    if (step.attempts > 1)
        fields["attempts"] = step.attempts;
    if (step.timedOut)
        fields["timedOut"] = true;
    m_port.send("step.end", fields);
}

void EventStream::phaseFinished(const Toe::Position &where, const Toe::PhaseReport &phase)
{
    if (where.depth != 0)
        return;
    std::lock_guard lock(m_mutex);
    flushLocked(true);
    m_skipPhaseStart = false;
    if (phase.status == Toe::RunStatus::RebootRequested)
        return; // continues after the reboot
    Json fields = Json::object();
    fields["document"] = m_context.document;
    fields["documentIndex"] = m_context.documentIndex;
    fields["phase"] = phase.name;
    fields["status"] = protocolStatus(phase.status);
    fields["duration"] = seconds(phase.startTime, phase.endTime);
    if (!phase.failureMessage.empty() && phase.status != Toe::RunStatus::Success)
        fields["error"] = phase.failureMessage;
    m_port.send("phase.end", fields);
}

void EventStream::documentFinished(const Toe::Position &where, const Toe::DocumentReport &document)
{
    if (where.depth != 0)
        return;
    std::lock_guard lock(m_mutex);
    flushLocked(true);
    m_skipDocumentStart = m_skipPhaseStart = false;
    if (document.status == Toe::RunStatus::RebootRequested)
        return;
    Json fields = Json::object();
    fields["document"] = m_context.document;
    fields["documentIndex"] = m_context.documentIndex;
    fields["status"] = protocolStatus(document.status);
    fields["duration"] = seconds(document.startTime, document.endTime);
    if (!document.failureMessage.empty() && document.status != Toe::RunStatus::Success)
        fields["error"] = document.failureMessage;
    m_port.send("document.end", fields);
}

} // namespace Kiln::Agent
