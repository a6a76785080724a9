#pragma once
// Session: one boot of kiln-agent, from opening the port to powering off (docs/build-plan.md,
// "Agent behaviour at boot"):
//   1. open the port; read /etc/os-release and the plan; read the plan's state file
//   2. agent.hello (boot N, resumed when a state file says so; seq continues)
//   3. first boot: run the plan's documents; after a reboot a step asked for: resume (exit 194:
//      the same step again, Reboot action: the next step); after a reboot nobody asked for, or on
//      a boot after the run finished: say so and stop
//   4. a reboot request: persist the position (state file, fsync), `reboot` event, sync, reboot
//   5. the end: generalize (build stage, success), inventory, run.end, sync, power off
// Host → guest `cancel` (and SIGTERM/SIGINT) stops the running step's process group and ends the
// run as cancelled. Errors before the port opens go to stderr (the console) and, once it opens,
// into run.end.

#include "agent.h"
#include "plan.h"
#include "port.h"
#include "power.h"
#include "state.h"

#include "core/toe/executor.h"
#include "core/toe/model.h"
#include "core/toe/process.h"

#include <atomic>
#include <mutex>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace Kiln::Agent {

extern const char *const Version;

// Exit codes when the agent returns instead of powering off (--no-shutdown, shutdown "none").
enum ExitCode { ExitSuccess = 0, ExitFailed = 1, ExitUsage = 2, ExitReboot = 3, ExitCancelled = 130 };

struct Options {
    std::string planPath;
    std::string portPath;
    bool portLookUp = false;       // find the virtio port by name when portPath is missing
    bool noShutdown = false;       // never reboot or power off: exit instead (tests, debugging)
    std::string generalizeRoot;    // generalize this tree instead of the running system
};

class Session
{
public:
    explicit Session(Options options);
    ~Session();

    int run();
    // Any thread (signal thread, port thread): stop the run as cancelled.
    void cancel(const std::string &why, bool byHost);

private:
    int failEarly(const std::string &message);
    int runPlan(bool resumed);
    int rebootForStep(const Toe::RunResult &result, const Toe::RebootRequest &request);
    struct Failure {
        std::string error;
        std::optional<StepContext> where;
        std::optional<int> exitCode;
    };
    int endRun(const std::string &status, const Failure &failure);
    int finish(const std::string &status, bool allowShutdown, PowerAction action);
    void sendHello(bool resumed);
    void saveState(const char *what);
    Failure failureOf(const Toe::RunReport &report) const;
    std::string stepText(const StepContext &c) const;

    Options m_options;
    Port m_port;
    Plan m_plan;
    std::vector<Toe::Document> m_documents;
    std::optional<StateStore> m_store;
    AgentState m_state;
    std::map<std::string, std::string> m_os;
    std::string m_logFolder;
    int m_planLock = -1;

    std::atomic<bool> m_cancelled{false};
    std::atomic<bool> m_cancelledBySignal{false};
    std::atomic<Toe::Executor *> m_executor{nullptr};
    Toe::CancelToken m_helperCancel; // helpers: generalize, cloud-init wait, package queries
    mutable std::mutex m_cancelMutex;
    std::string m_cancelReason;
};

} // namespace Kiln::Agent
