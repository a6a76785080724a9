#pragma once
// Turns run events into the human-readable console lines of AWSTOE's console.log (SPEC §10):
// "Document <file>", "Phase <name>", "Step <name>", "<Module>: STARTED EXECUTION",
// "Stdout: <line>", "CmdExecution: ExitCode <n>", "<Module>: FINISHED EXECUTION", … and the final
// "TOE has completed execution successfully". `kilnctl run` prints these lines; LogFolder writes
// them to console.log with a timestamp.

#include "runlistener.h"

#include <functional>
#include <string>
#include <string_view>

namespace Kiln::Toe {

class ConsoleWriter : public RunListener
{
public:
    // line: one console line without newline or timestamp.
    using LineSink = std::function<void(std::string_view line)>;
    explicit ConsoleWriter(LineSink sink) : m_sink(std::move(sink)) {}

    // Output lines longer than this are cut into several console lines (no unbounded buffering).
    static constexpr size_t MaxLineLength = 64 * 1024;

    void runStarted(const RunReport &run) override;
    void documentStarted(const Position &where, const DocumentReport &document) override;
    void phaseStarted(const Position &where) override;
    void stepStarted(const Position &where, const StepAttempt &attempt) override;
    void iterationStarted(const Position &where, const LoopIteration &iteration) override;
    void output(const Position &where, Stream stream, std::string_view chunk) override;
    void message(const Position &where, std::string_view line) override;
    void stepFinished(const Position &where, const StepReport &step) override;
    void phaseFinished(const Position &where, const PhaseReport &phase) override;
    void documentFinished(const Position &where, const DocumentReport &document) override;
    void rebootRequested(const RebootRequest &request) override;
    void runFinished(const RunReport &run) override;

private:
    void line(const Position &where, std::string_view text);
    void flushPartial(const Position &where);

    LineSink m_sink;
    std::string m_partial[2];
    Position m_partialWhere;
    std::string m_lineBuffer;
};

// "1.234 s", "2 min 3.4 s"
std::string formatDuration(WallClock::duration d);

} // namespace Kiln::Toe
