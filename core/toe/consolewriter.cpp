#include "consolewriter.h"

#include <cstdio>

namespace Kiln::Toe {

std::string formatDuration(WallClock::duration d)
{
    const double seconds = std::chrono::duration<double>(d).count();
    char buf[64];
    if (seconds < 60)
        std::snprintf(buf, sizeof buf, "%.3f s", seconds);
    else
        std::snprintf(buf, sizeof buf, "%d min %.1f s", static_cast<int>(seconds / 60),
                      seconds - 60 * static_cast<int>(seconds / 60));
    return buf;
}

void ConsoleWriter::line(const Position &where, std::string_view text)
{
    if (where.depth <= 0) {
        m_sink(text);
        return;
    }
    // nested documents (ExecuteDocument) are indented under the step that runs them
    std::string indented(static_cast<size_t>(where.depth) * 2, ' ');
    indented.append(text);
    m_sink(indented);
}

void ConsoleWriter::flushPartial(const Position &where)
{
    (void)where;
    static const char *const prefix[2] = {"Stdout: ", "Stderr: "};
    for (int s = 0; s < 2; ++s) {
        if (m_partial[s].empty())
            continue;
        line(m_partialWhere, prefix[s] + m_partial[s]);
        m_partial[s].clear();
    }
}

void ConsoleWriter::runStarted(const RunReport &run)
{
    if (run.rebootCount > 0)
        line(Position{}, "TOE resumes execution " + run.executionId + " after reboot " + std::to_string(run.rebootCount));
    else
        line(Position{}, "TOE starts execution " + run.executionId);
}

void ConsoleWriter::documentStarted(const Position &where, const DocumentReport &)
{
    flushPartial(where);
    line(where, "Document " + where.documentFile);
}

void ConsoleWriter::phaseStarted(const Position &where)
{
    flushPartial(where);
    line(where, "Phase " + where.phase);
}

void ConsoleWriter::stepStarted(const Position &where, const StepAttempt &attempt)
{
    flushPartial(where);
    if (attempt.attempt == 1) {
        line(where, "Step " + where.step);
        line(where, where.action + ": STARTED EXECUTION");
    } else {
        line(where, where.action + ": STARTED EXECUTION (attempt " + std::to_string(attempt.attempt) + " of "
                        + std::to_string(attempt.maxAttempts) + ")");
    }
}

void ConsoleWriter::iterationStarted(const Position &where, const LoopIteration &iteration)
{
    flushPartial(where);
    line(where, "Loop" + (iteration.loopName.empty() ? std::string() : " " + iteration.loopName) + ": iteration "
                    + std::to_string(iteration.index + 1) + " of " + std::to_string(iteration.count) + " (index "
                    + std::to_string(iteration.index) + ", value '" + iteration.value + "')");
}

void ConsoleWriter::output(const Position &where, Stream stream, std::string_view chunk)
{
    static const std::string_view prefix[2] = {"Stdout: ", "Stderr: "};
    const int s = stream == Stream::Stdout ? 0 : 1;
    m_partialWhere = where;
    std::string &partial = m_partial[s];
    // One reused buffer for "<prefix><line>": a flooding step writes a million lines.
    auto emit = [&](std::string_view text) {
        m_lineBuffer.assign(prefix[s]);
        m_lineBuffer.append(text);
        line(where, m_lineBuffer);
    };
    while (!chunk.empty()) {
        const size_t nl = chunk.find('\n');
        if (nl == std::string_view::npos) {
            partial.append(chunk);
            while (partial.size() >= MaxLineLength) {
                emit(std::string_view(partial).substr(0, MaxLineLength));
                partial.erase(0, MaxLineLength);
            }
            return;
        }
        std::string_view text = chunk.substr(0, nl);
        if (!partial.empty()) {
            partial.append(text);
            text = partial;
        }
        if (!text.empty() && text.back() == '\r')
            text.remove_suffix(1);
        if (text.size() > MaxLineLength) {
            for (size_t i = 0; i < text.size(); i += MaxLineLength)
                emit(text.substr(i, MaxLineLength));
        } else {
            emit(text);
        }
        partial.clear();
        chunk.remove_prefix(nl + 1);
    }
}

void ConsoleWriter::message(const Position &where, std::string_view text)
{
    flushPartial(where);
    line(where, text);
}

void ConsoleWriter::stepFinished(const Position &where, const StepReport &step)
{
    flushPartial(where);
    if (step.status == StepStatus::Skipped) {
        line(where, "Step " + step.name + " skipped"
                        + (step.condition ? std::string(": its 'if' condition evaluated to ")
                                                + (*step.condition ? "true" : "false")
                                          : std::string()));
        return;
    }
    if (step.attempts > 0)
        line(where, where.action + ": FINISHED EXECUTION");
    std::string text = "Step " + step.name + " " + statusName(step.status);
    if (!step.failureMessage.empty() && step.status != StepStatus::Success)
        text += ": " + step.failureMessage;
    text += " (" + formatDuration(step.endTime - step.startTime) + ")";
    line(where, text);
}

void ConsoleWriter::phaseFinished(const Position &where, const PhaseReport &phase)
{
    flushPartial(where);
    line(where, "Phase " + phase.name + " " + statusName(phase.status) + " ("
                    + formatDuration(phase.endTime - phase.startTime) + ")");
}

void ConsoleWriter::documentFinished(const Position &where, const DocumentReport &document)
{
    flushPartial(where);
    std::string text = "Document " + where.documentFile + " " + statusName(document.status);
    if (document.ignoredFailedStepCount > 0)
        text += " with " + std::to_string(document.ignoredFailedStepCount) + " ignored failure(s)";
    line(where, text);
}

void ConsoleWriter::rebootRequested(const RebootRequest &request)
{
    flushPartial(request.position);
    line(request.position, "Reboot requested: " + request.reason);
}

void ConsoleWriter::runFinished(const RunReport &run)
{
    flushPartial(Position{});
    switch (run.status) {
    case RunStatus::Success:
        line(Position{}, "TOE has completed execution successfully");
        break;
    case RunStatus::Failed:
        if (!run.failureMessage.empty())
            line(Position{}, "Failure: " + run.failureMessage);
        line(Position{}, "TOE has completed execution with failure - Execution failed!");
        break;
    case RunStatus::Cancelled:
        line(Position{}, "TOE execution was cancelled");
        break;
    case RunStatus::RebootRequested:
        line(Position{}, "TOE stopped: reboot requested. This host is not rebooted; in a build VM the kiln-agent "
                         "reboots and resumes the execution");
        break;
    }
}

} // namespace Kiln::Toe
