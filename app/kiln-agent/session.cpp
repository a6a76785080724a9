// One boot of the agent: hello, run or resume the plan, reboot or end (see session.h).
#include "session.h"

#include "command.h"
#include "generalize.h"
#include "inventory.h"
#include "power.h"

#include "core/toe/documentloader.h"
#include "core/toe/fileutil.h"
#include "core/toe/logfolder.h"
#include "core/toe/timeutil.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <fcntl.h>
#include <sys/file.h>
#include <thread>
#include <unistd.h>

namespace Kiln::Agent {

using Toe::Json;
using namespace std::chrono_literals;

const char *const Version = "0.1.0";

namespace {

// How long the last events may wait for a host that is not reading before the guest goes down
// anyway (the host then reports the gap in seq).
constexpr auto FinalFlushTimeout = 60s;

// Catches the reboot request of a run (the executor reports it before runFinished).
class RebootCatcher : public Toe::RunListener
{
public:
    void rebootRequested(const Toe::RebootRequest &request) override { m_request = request; }
    const Toe::RebootRequest &request() const { return m_request; }

private:
    Toe::RebootRequest m_request;
};

void note(const std::string &text)
{
    std::fprintf(stderr, "kiln-agent: %s\n", text.c_str());
    std::fflush(stderr);
}

} // namespace

Session::Session(Options options)
    : m_options(std::move(options)), m_port(m_options.portPath, m_options.portLookUp)
{
}

Session::~Session()
{
    m_port.stop();
    if (m_planLock >= 0)
        ::close(m_planLock);
}

void Session::cancel(const std::string &why, bool byHost)
{
    {
        std::lock_guard lock(m_cancelMutex);
        if (m_cancelReason.empty())
            m_cancelReason = why;
    }
    if (!byHost)
        m_cancelledBySignal.store(true);
    m_cancelled.store(true);
    m_helperCancel.cancel();
    if (Toe::Executor *e = m_executor.load())
        e->cancel();
}

void Session::sendHello(bool resumed)
{
    Json fields = Json::object();
    fields["protocol"] = 1;
    fields["version"] = Version;
    fields["boot"] = m_state.boot;
    fields["resumed"] = resumed;
    fields["os"] = osReleaseJson(m_os);
    // The guest's uptime: how long the boot took to reach the agent (a figure the host can show).
    if (auto uptime = Toe::readWholeFile("/proc/uptime", 4096))
        fields["uptime"] = std::strtod(uptime->c_str(), nullptr);
    if (!m_plan.planId.empty()) {
        fields["planId"] = m_plan.planId;
        fields["stage"] = m_plan.stage;
    }
    m_port.send("agent.hello", fields);
}

void Session::saveState(const char *what)
{
    if (!m_store)
        return;
    m_state.nextSeq = m_port.nextSeq();
    if (auto saved = m_store->save(m_state); !saved)
        note(std::string("warning: cannot save the resume state (") + what + "): " + saved.error().message);
}

std::string Session::stepText(const StepContext &c) const
{
    if (c.documentIndex < 0)
        return "before any step";
    std::string text = "component '" + c.document + "'";
    if (!c.phase.empty())
        text += ", phase '" + c.phase + "'";
    if (!c.step.empty())
        text += ", step '" + c.step + "'";
    return text;
}

int Session::run()
{
    // One agent per plan: a second one (started twice by a misconfigured image) would run the
    // steps again beside the first. The lock is on the plan file itself (it may be read-only), so
    // it leaves no trace, and it is checked before the port is touched (the first agent owns it).
    m_planLock = ::open(m_options.planPath.c_str(), O_RDONLY | O_CLOEXEC);
    if (m_planLock >= 0 && ::flock(m_planLock, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK) {
        note("another kiln-agent is already running the plan " + m_options.planPath + "; this one stops");
        return ExitFailed;
    }
    m_port.setCancelHandler([this] { cancel("the host cancelled the run", true); });
    m_port.start();
    m_os = readOsRelease();

    auto plan = loadPlan(m_options.planPath);
    if (!plan)
        return failEarly("cannot start: " + plan.error().toString()
                         + ". The seed must hold kiln/plan.json (Kiln's seed builder writes it); when running the "
                           "agent by hand, give --plan FILE or --seed DIR.");
    m_plan = std::move(*plan);

    m_store.emplace(m_plan.stateDirectory, m_plan.planId);
    if (const int removed = m_store->removeOtherPlans())
        note("removed " + std::to_string(removed) + " resume state file(s) of other plans in " + m_plan.stateDirectory);
    auto loaded = m_store->load();
    if (!loaded) {
        const std::string path = m_store->path();
        m_store.reset(); // never overwrite what we could not read
        return failEarly("cannot resume: the agent's state file is unreadable (" + loaded.error().toString()
                         + "). Start the stage again in a fresh VM, or delete " + path + " to run the plan from the start.");
    }
    const std::optional<AgentState> previous = *loaded;
    if (!previous) {
        m_state.planId = m_plan.planId;
        m_state.boot = 1;
        m_state.startTime = Toe::rfc3339(Toe::WallClock::now());
        m_state.executionId = Toe::makeUuid();
    } else {
        m_state = *previous;
        m_state.boot += 1;
        m_port.setNextSeq(previous->nextSeq);
    }
    sendHello(previous.has_value());
    note(std::string(previous ? "resuming" : "starting") + " plan " + m_plan.planId + " (" + m_plan.stage
         + " stage, boot " + std::to_string(m_state.boot) + ")");

    if (previous && previous->phase == AgentState::Phase::Finished) {
        // A VM kept after its run (debugging) booted again: the plan must not run twice.
        m_state.phase = AgentState::Phase::Finished;
        saveState("finished");
        Failure f;
        f.error = "this plan already ran to the end on an earlier boot (status " + previous->status
                  + (previous->error.empty() ? "" : ": " + previous->error) + "); nothing was run again";
        Json fields = Json::object();
        fields["status"] = previous->status.empty() ? "failed" : previous->status;
        fields["duration"] = 0.0;
        fields["error"] = f.error;
        m_port.send("run.end", fields);
        note(f.error + "; the machine stays up");
        m_port.flush(FinalFlushTimeout);
        return previous->status == "success" ? ExitSuccess : ExitFailed;
    }
    if (previous && previous->phase == AgentState::Phase::Running) {
        Failure f;
        f.where = previous->step;
        f.error = "the guest restarted during " + stepText(previous->step)
                  + " although no step asked for a reboot. A step that reboots the machine must exit with code 194 "
                    "(it runs again after the reboot) or be a Reboot action (the run continues after it); "
                    "a step that runs `reboot` itself cannot be resumed.";
        return endRun("failed", f);
    }
    return runPlan(previous.has_value());
}

int Session::failEarly(const std::string &message)
{
    note("error: " + message);
    if (m_state.boot < 1)
        m_state.boot = 1;
    sendHello(false);
    Failure f;
    f.error = message;
    return endRun("failed", f);
}

int Session::runPlan(bool resumed)
{
    // Every document is read and validated before anything runs.
    std::string invalid;
    m_documents.clear();
    for (const PlanDocument &d : m_plan.documents) {
        auto doc = Toe::loadDocumentFile(d.path);
        if (!doc) {
            invalid += (invalid.empty() ? "" : "; ") + ("component '" + d.name + "': " + doc.error().toString());
            m_documents.emplace_back();
            continue;
        }
        m_documents.push_back(std::move(*doc));
    }
    if (!invalid.empty())
        return endRun("failed", {"a component document of the plan is invalid, nothing was run: " + invalid, {}, {}});
    if (auto made = Toe::makeFolders(m_plan.workingDirectory); !made)
        return endRun("failed", {"cannot create the working directory: " + made.error().message, {}, {}});

    Toe::RunRequest request;
    request.executionId = m_state.executionId;
    for (size_t i = 0; i < m_plan.documents.size(); ++i) {
        Toe::DocumentSource source;
        source.path = m_plan.documents[i].path;
        source.document = m_documents[i];
        source.parameters = m_plan.documents[i].parameters;
        source.phases = m_plan.documents[i].phases;
        request.documents.push_back(std::move(source));
    }

    std::optional<Toe::ExecutionState> resumeState;
    if (resumed) {
        auto state = Toe::ExecutionState::fromJson(m_state.execution);
        if (!state)
            return endRun("failed", {"cannot resume after the reboot: " + state.error().message, {}, {}});
        // The documents come from this boot's seed (its mount point may differ between boots).
        state->request.documents = request.documents;
        state->request.executionId = m_state.executionId;
        if (state->rebootCount > m_plan.maxReboots)
            return endRun("failed", {"the components asked for more reboots than the plan allows (maxReboots "
                                         + std::to_string(m_plan.maxReboots) + "); the last one came from "
                                         + stepText(m_state.step),
                                     m_state.step, {}});
        resumeState = std::move(*state);
    }

    // The AWSTOE log folder in the guest: one per execution, continued after a reboot.
    std::unique_ptr<Toe::LogFolder> logFolder;
    if (resumed && !m_state.logFolder.empty()) {
        if (auto opened = Toe::LogFolder::open(m_state.logFolder))
            logFolder = std::move(*opened);
    }
    if (!logFolder) {
        auto created = Toe::LogFolder::create(m_plan.logDirectory, m_state.executionId, Toe::WallClock::now(),
                                              request.documents);
        if (created)
            logFolder = std::move(*created);
        else
            note("warning: no AWSTOE log folder: " + created.error().message);
    }
    m_state.logFolder = logFolder ? logFolder->path() : std::string();
    m_logFolder = m_state.logFolder;

    m_state.phase = AgentState::Phase::Running;
    saveState("running");

    Toe::ExecutorConfig config;
    config.workingDirectory = m_plan.workingDirectory;
    Toe::Executor executor(config);
    EventStream events(m_port, m_plan, m_documents);
    RebootCatcher reboot;
    executor.addListener(&events);
    if (logFolder)
        executor.addListener(logFolder.get());
    executor.addListener(&reboot);
    events.setStepStartedHook([this](const StepContext &step) {
        m_state.step = step;
        saveState("step started");
    });
    if (resumeState)
        events.setResume(resumeState->position.empty() ? 0 : resumeState->position.front().document);

    Toe::RunResult result;
    m_executor.store(&executor);
    if (m_cancelled.load())
        executor.cancel();
    result = resumeState ? executor.resume(*resumeState) : executor.run(request);
    m_executor.store(nullptr);
    if (logFolder && !logFolder->error().empty())
        note("warning: AWSTOE log folder: " + logFolder->error());
    logFolder.reset(); // closes console.log: nothing may hold a file open for writing at shutdown
    m_state.step = events.current();

    if (result.report.status == Toe::RunStatus::RebootRequested && result.state && !m_cancelled.load())
        return rebootForStep(result, reboot.request());
    if (m_cancelled.load() || result.report.status == Toe::RunStatus::Cancelled) {
        std::lock_guard lock(m_cancelMutex);
        Failure f;
        f.error = m_cancelReason.empty() ? "the run was cancelled" : m_cancelReason;
        return endRun("cancelled", f);
    }
    if (result.report.status == Toe::RunStatus::Failed)
        return endRun("failed", failureOf(result.report));
    return endRun("success", {});
}

Session::Failure Session::failureOf(const Toe::RunReport &report) const
{
    Failure f;
    f.error = report.failureMessage.empty() ? "the run failed" : report.failureMessage;
    for (size_t d = 0; d < report.documents.size(); ++d) {
        for (const auto &phase : report.documents[d].phases) {
            for (size_t s = 0; s < phase.steps.size(); ++s) {
                const Toe::StepReport &step = phase.steps[s];
                if (step.status != Toe::StepStatus::Failed)
                    continue;
                StepContext c;
                c.documentIndex = static_cast<int>(d);
                c.document = d < m_plan.documents.size() ? m_plan.documents[d].name : report.documents[d].name;
                c.phase = phase.name;
                c.step = step.name;
                if (d < m_documents.size())
                    if (const Toe::Phase *p = m_documents[d].phase(phase.name))
                        for (size_t i = 0; i < p->steps.size(); ++i)
                            if (p->steps[i].name == step.name)
                                c.stepIndex = static_cast<int>(i);
                f.where = c;
                f.exitCode = step.exitCode;
                return f;
            }
        }
    }
    return f;
}

int Session::rebootForStep(const Toe::RunResult &result, const Toe::RebootRequest &request)
{
    const Toe::ExecutionState &state = *result.state;
    const std::string reason = request.rerunStep ? "exit-194" : "action";
    if (state.rebootCount > m_plan.maxReboots) {
        return endRun("failed", {"the components asked for more reboots than the plan allows (maxReboots "
                                     + std::to_string(m_plan.maxReboots) + "); the last one came from "
                                     + stepText(m_state.step),
                                 m_state.step, {}});
    }
    const bool reallyReboot = !m_options.noShutdown;
    if (reallyReboot && systemdIsInit() && haveProgram("cloud-init")) {
        // Let cloud-init finish this boot's work first: a per-instance module cut in half by the
        // reboot would not run again on the next boot (same instance).
        note("waiting for cloud-init to finish before the reboot");
        waitForCloudInit(&m_helperCancel);
    }
    if (state.delaySeconds > 0) {
        note("the Reboot step asked to wait " + std::to_string(state.delaySeconds) + " s before rebooting");
        for (int i = 0; i < state.delaySeconds * 10 && !m_cancelled.load(); ++i)
            std::this_thread::sleep_for(100ms);
    }
    if (m_cancelled.load()) {
        std::lock_guard lock(m_cancelMutex);
        return endRun("cancelled", {m_cancelReason, m_state.step, {}});
    }
    m_state.phase = AgentState::Phase::Rebooting;
    m_state.execution = state.toJson();
    m_state.rebootReason = reason;
    m_state.delaySeconds = state.delaySeconds;
    // The state must hold the seq after the reboot event, which is sent only once the state is safe.
    const long long rebootSeq = m_port.nextSeq();
    m_port.setNextSeq(rebootSeq + 1);
    saveState("reboot");
    m_port.setNextSeq(rebootSeq);
    if (auto check = m_store->load(); !check || !*check || (*check)->phase != AgentState::Phase::Rebooting)
        return endRun("failed", {"cannot reboot: the position to resume from could not be saved in "
                                     + m_store->path() + " (is " + m_plan.stateDirectory + " writable?)",
                                 m_state.step, {}});

    Json fields = Json::object();
    EventStream::addContext(fields, m_state.step, false);
    fields["reason"] = reason;
    m_port.send("reboot", fields);
    note("rebooting the guest: " + request.reason);
    if (!reallyReboot) {
        m_port.flush(FinalFlushTimeout);
        note("--no-shutdown: not rebooting; run the agent again to resume");
        return ExitReboot;
    }
    if (!m_port.flush(FinalFlushTimeout))
        note("warning: the host did not read the last events within 60 s");
    m_port.stop();
    const std::string why = powerDown(PowerAction::Reboot);
    note("error: cannot reboot: " + why);
    return ExitFailed;
}

int Session::endRun(const std::string &requestedStatus, const Failure &failure)
{
    std::string status = requestedStatus;
    Failure f = failure;
    bool generalized = false;
    if (status == "success" && m_plan.generalize) {
        if (m_options.noShutdown && m_options.generalizeRoot.empty()) {
            note("--no-shutdown: this machine is not generalized (give --generalize-root DIR to generalize a tree)");
        } else {
            note("generalizing the guest");
            std::vector<std::string> own;
            if (m_store)
                own.push_back(m_store->path());
            if (!m_logFolder.empty())
                own.push_back(m_logFolder);
            const GeneralizeResult g = generalize(m_options.generalizeRoot, own, &m_helperCancel);
            if (!g.output.empty())
                std::fprintf(stderr, "%s%s", g.output.c_str(), g.output.back() == '\n' ? "" : "\n");
            if (!g.ok) {
                status = m_cancelled.load() ? "cancelled" : "failed";
                f = {g.error, {}, {}};
            } else {
                generalized = true;
            }
        }
    }
    if (status == "success" && m_plan.inventory) {
        const Inventory inventory = collectInventory(m_options.generalizeRoot.empty() ? "/" : m_options.generalizeRoot);
        if (!inventory.error.empty())
            note("warning: " + inventory.error);
        m_port.send("inventory", inventoryJson(inventory, m_os));
    }

    Json fields = Json::object();
    fields["status"] = status;
    Toe::WallClock::time_point start{};
    fields["duration"] = Toe::parseRfc3339(m_state.startTime, start) ? seconds(start, Toe::WallClock::now()) : 0.0;
    if (!f.error.empty())
        fields["error"] = f.error;
    if (status == "failed" && f.where && f.where->documentIndex >= 0) {
        EventStream::addContext(fields, *f.where, false);
        fields["exitCode"] = f.exitCode ? Json(*f.exitCode) : Json();
    }
    m_port.send("run.end", fields);
    note("run " + status + (f.error.empty() ? std::string() : ": " + f.error));

    if (m_store && !generalized) {
        m_state.phase = AgentState::Phase::Finished;
        m_state.status = status;
        m_state.error = f.error;
        saveState("finished");
    }
    // Only a build VM whose disk is captured as it is (not generalized) needs its services'
    // orderly stop; a generalized disk or a test VM's thrown-away disk does not.
    const bool orderly = m_plan.stage == "build" && !generalized;
    return finish(status, !m_cancelledBySignal.load(), orderly ? PowerAction::PowerOff : PowerAction::PowerOffNow);
}

int Session::finish(const std::string &status, bool allowShutdown, PowerAction action)
{
    const int code = status == "success" ? ExitSuccess : status == "cancelled" ? ExitCancelled : ExitFailed;
    const bool powerOff = allowShutdown && !m_options.noShutdown && m_plan.shutdown != "none";
    if (!m_port.flush(FinalFlushTimeout))
        note("warning: the host did not read the last events within 60 s");
    if (!powerOff)
        return code;
    m_port.stop();
    const std::string why = powerDown(action);
    note("error: cannot power off: " + why);
    return code;
}

} // namespace Kiln::Agent
