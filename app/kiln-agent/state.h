#pragma once
// The agent's persistent state for one plan: stateDirectory/<planId>.json. It carries the run
// across reboots — the executor's ExecutionState (position, results, chaining values), the next
// seq, the boot count, when the run began — and tells the next boot what happened:
//   running    the agent was running a step (an unplanned reboot if found at boot)
//   rebooting  a step asked for the reboot (exit 194 / Reboot): resume
//   finished   the run ended (a kept VM booted again must not run the plan a second time)
// Every write is atomic (temporary file, fsync, rename, fsync of the folder): a power cut leaves
// the old state or the new one, never half of one.

#include "agent.h"

#include "core/toe/diagnostic.h"
#include "core/toe/json.h"

#include <optional>
#include <string>

namespace Kiln::Agent {

struct AgentState {
    enum class Phase { Running, Rebooting, Finished };

    std::string planId;
    Phase phase = Phase::Running;
    long long nextSeq = 1;
    int boot = 1;
    std::string startTime;     // RFC 3339: the first agent.hello (run.end's duration spans reboots)
    std::string executionId;
    std::string logFolder;     // the AWSTOE log folder of this execution ("" when none)
    StepContext step;          // running: the step in progress; rebooting: the step that asked
    Toe::Json execution;       // rebooting: ExecutionState::toJson()
    std::string rebootReason;  // rebooting: "exit-194" | "action"
    int delaySeconds = 0;      // rebooting: the Reboot action's delay (already waited)
    std::string status;        // finished: the run.end status
    std::string error;         // finished: the run.end error

    Toe::Json toJson() const;
    static Toe::Result<AgentState> fromJson(const Toe::Json &json);
    static const char *phaseName(Phase phase);
};

class StateStore
{
public:
    StateStore(std::string directory, std::string planId);

    const std::string &path() const { return m_path; }
    // No file: nullopt (a first boot). A file that cannot be read or parsed is an error.
    Toe::Result<std::optional<AgentState>> load() const;
    Toe::Result<void> save(const AgentState &state) const;
    void remove() const;
    // Removes the state files of other plans (an image built by an earlier stage); returns how many.
    int removeOtherPlans() const;

private:
    std::string m_directory;
    std::string m_planId;
    std::string m_path;
};

// Writes content to path atomically and durably (tmp + fsync + rename + fsync of the folder).
Toe::Result<void> writeFileAtomically(const std::string &path, const std::string &content);

} // namespace Kiln::Agent
