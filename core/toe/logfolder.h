#pragma once
// The AWSTOE-style log folder of a run (SPEC §10):
//   <logDirectory>/TOE_<YYYY-MM-DD_HH-MM-SS>_UTC-0_<executionId>/
//     D<index>__<file name>   copies of the input documents
//     console.log             "<RFC 3339 ns timestamp> <line>", written live
//     detailedoutput.json     the status tree (RunReport), written when the run ends
//     chaining.json           per document: phases (isSelected) and steps' inputs/outputs
// A LogFolder is a RunListener: add it to the Executor before run().

#include "consolewriter.h"
#include "executionstate.h"

#include <cstdio>
#include <memory>
#include <string>

namespace Kiln::Toe {

class LogFolder : public RunListener
{
public:
    ~LogFolder() override;

    // Creates the folder (and logDirectory when missing) and copies the documents.
    static Result<std::unique_ptr<LogFolder>> create(const std::string &logDirectory, const std::string &executionId,
                                                     WallClock::time_point startTime,
                                                     const std::vector<DocumentSource> &documents);
    // Reopens a folder of an earlier part of the same execution (resume after reboot); console.log
    // is appended to.
    static Result<std::unique_ptr<LogFolder>> open(const std::string &folder);
    // "TOE_2024-05-01_12-34-56_UTC-0_<id>"
    static std::string folderName(const std::string &executionId, WallClock::time_point startTime);

    const std::string &path() const { return m_path; }
    // The first write error, if any (the run is not stopped by a full disk, but it is reported).
    const std::string &error() const { return m_error; }

    void runStarted(const RunReport &run) override { m_console.runStarted(run); flush(); }
    void documentStarted(const Position &w, const DocumentReport &d) override { m_console.documentStarted(w, d); flush(); }
    void phaseStarted(const Position &w) override { m_console.phaseStarted(w); flush(); }
    void stepStarted(const Position &w, const StepAttempt &a) override { m_console.stepStarted(w, a); flush(); }
    void iterationStarted(const Position &w, const LoopIteration &i) override { m_console.iterationStarted(w, i); flush(); }
    // One timestamp and one flush per chunk read from a child (up to 64 KiB, many lines): the
    // lines of a chunk arrived together, and console.log stays live at little cost (a clock read
    // and a date formatted per line were most of a flooding step's cost in a TCG guest).
    void output(const Position &w, Stream s, std::string_view c) override;
    void message(const Position &w, std::string_view line) override { m_console.message(w, line); flush(); }
    void stepFinished(const Position &w, const StepReport &s) override { m_console.stepFinished(w, s); flush(); }
    void phaseFinished(const Position &w, const PhaseReport &p) override { m_console.phaseFinished(w, p); flush(); }
    void documentFinished(const Position &w, const DocumentReport &d) override { m_console.documentFinished(w, d); flush(); }
    void rebootRequested(const RebootRequest &r) override { m_console.rebootRequested(r); flush(); }
    void runFinished(const RunReport &run) override;

    // Writes detailedoutput.json and chaining.json for report (runFinished does this too).
    Result<void> writeReports(const RunReport &report);

private:
    LogFolder(std::string path, std::FILE *console);
    void writeLine(std::string_view line);
    void writeBuffer();
    void flush();

    std::string m_path;
    std::FILE *m_file = nullptr;
    ConsoleWriter m_console;
    std::string m_error;
    std::string m_chunkStamp; // "<timestamp> ", set while one output chunk is written
    std::string m_buffer;     // console lines not handed to m_file yet
};

} // namespace Kiln::Toe
