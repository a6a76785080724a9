#pragma once
// The status tree of one run: run → documents → phases → steps, as detailedoutput.json records it
// (SPEC §10). The executor fills it as it goes; it is also the heart of ExecutionState, so a run that
// stopped for a reboot can resume with every earlier result (and chaining output) restored.

#include "json.h"
#include "timeutil.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace Kiln::Toe {

// Step outcomes. RebootRequested: the step asked for a reboot (exit code 194 or the Reboot action);
// a host run stops there, the VM agent reboots and resumes.
enum class StepStatus { Success, Failed, Ignored, Skipped, Cancelled, RebootRequested };
// Phase / document / run outcomes ("success" includes ignored failures, counted separately).
enum class RunStatus { Success, Failed, Cancelled, RebootRequested };

const char *statusName(StepStatus s); // "success" | "failed" | "ignored" | "skipped" | "cancelled" | "reboot-requested"
const char *statusName(RunStatus s);  // "success" | "failed" | "cancelled" | "reboot-requested"
std::optional<StepStatus> parseStepStatus(const std::string &s);
std::optional<RunStatus> parseRunStatus(const std::string &s);

struct DocumentReport;

struct StepReport {
    std::string name;
    std::string action;
    StepStatus status = StepStatus::Success;
    std::string failureMessage;
    int timeoutSeconds = 7200;          // materialised (-1 = none)
    std::string onFailure = "Abort";    // materialised
    int maxAttempts = 1;                // materialised
    int attempts = 0;                   // attempts actually made
    std::optional<int> exitCode;        // of the last process run by the step, when there was one
    bool timedOut = false;
    WallClock::time_point startTime{};
    WallClock::time_point endTime{};
    Json inputs = Json::array();        // resolved inputs: one element per list entry (a map → one element)
    Json outputs = Json::array();       // one object per entry, e.g. [{"stdout":"Hello"}]
    Json loop;                          // null, or {"name","type","iterations":[{"index","value","status"}]}
    std::optional<bool> condition;      // the `if` result (evaluated once; reused after a reboot)
    std::vector<DocumentReport> documents; // ExecuteDocument: the nested document's report
};

struct PhaseReport {
    std::string name;
    RunStatus status = RunStatus::Success;
    std::string failureMessage;
    WallClock::time_point startTime{};
    WallClock::time_point endTime{};
    std::vector<StepReport> steps;
};

struct DocumentReport {
    std::string name;
    std::string filePath;
    std::string description;
    RunStatus status = RunStatus::Success;
    std::string failureMessage;
    WallClock::time_point startTime{};
    WallClock::time_point endTime{};
    std::vector<std::pair<std::string, bool>> phaseSelection; // every phase in document order, selected?
    std::vector<PhaseReport> phases;                          // the phases that ran
    int executedStepCount = 0;      // steps that ran (not skipped), nested documents included
    int failedStepCount = 0;
    int ignoredFailedStepCount = 0;
};

struct RunReport {
    std::string executionId;
    RunStatus status = RunStatus::Success;
    std::string failureMessage;
    WallClock::time_point startTime{};
    WallClock::time_point endTime{};
    std::vector<DocumentReport> documents;
    int executedStepCount = 0;
    int failedStepCount = 0;
    int ignoredFailedStepCount = 0;
    std::string logDirectory;       // the TOE_… folder, when one was written
    int rebootCount = 0;            // reboots this execution went through (resumed runs)
};

// detailedoutput.json shape (AWSTOE: inputs/outputs as JSON strings holding arrays).
Json toJson(const StepReport &r);
Json toJson(const PhaseReport &r);
Json toJson(const DocumentReport &r);
Json toJson(const RunReport &r);
// Inverse of toJson (used to restore an ExecutionState). Errors name the offending field.
Result<StepReport> stepReportFromJson(const Json &j);
Result<PhaseReport> phaseReportFromJson(const Json &j);
Result<DocumentReport> documentReportFromJson(const Json &j);
Result<RunReport> runReportFromJson(const Json &j);

// chaining.json (SPEC §10): per document, every phase with isSelected and its steps' inputs/outputs.
Json chainingJson(const RunReport &r);

// The value of outputs[index].key (index < 0: all entries' values joined with '\n').
std::optional<std::string> outputValue(const Json &outputs, const std::string &key, int index = -1);

} // namespace Kiln::Toe
