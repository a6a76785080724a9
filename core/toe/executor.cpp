// The run loop: documents in request order, phases in document order (filtered), steps in phase
// order; parameters checked before anything runs; resume after a reboot. Steps themselves are in
// executor_step.cpp.
#include "executor_p.h"

#include "documentloader.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <cstdlib>
#include <filesystem>
#include <unistd.h>

namespace Kiln::Toe {

Executor::Executor(ExecutorConfig config) : d(std::make_unique<Impl>(std::move(config)))
{
    if (!d->config.loader)
        d->config.loader = loadDocumentFile;
}

Executor::~Executor() = default;

const ExecutorConfig &Executor::config() const { return d->config; }
void Executor::addListener(RunListener *listener) { d->listeners.add(listener); }
void Executor::cancel() { d->cancel.cancel(); }
bool Executor::isCancelled() const { return d->cancel.isCancelled(); }

RunResult Executor::run(const RunRequest &request)
{
    return d->execute(request, nullptr);
}

RunResult Executor::resume(const ExecutionState &state)
{
    return d->execute(state.request, &state);
}

Result<std::map<std::string, std::string>> resolveParameters(const Document &document,
                                                             const std::map<std::string, std::string> &runtime)
{
    std::map<std::string, std::string> values;
    for (const Parameter &p : document.parameters) {
        std::string value;
        if (const auto it = runtime.find(p.name); it != runtime.end())
            value = it->second;
        else if (p.defaultValue)
            value = *p.defaultValue;
        else
            return unexpected(Error{"parameter '" + p.name + "' has no default value and was not given (pass it with "
                                    "--parameters " + p.name + "=VALUE)", Location{document.file, p.mark}});
        if (!p.allowedValues.empty()
            && std::find(p.allowedValues.begin(), p.allowedValues.end(), value) == p.allowedValues.end()) {
            std::string allowed;
            for (const auto &a : p.allowedValues)
                allowed += (allowed.empty() ? "" : ", ") + a;
            return unexpected(Error{"parameter '" + p.name + "' is '" + value + "', which is not one of its allowedValues ("
                                    + allowed + ")", Location{document.file, p.mark}});
        }
        values[p.name] = value;
    }
    for (const Constant &c : document.constants)
        values[c.name] = c.value;
    return values;
}

void finalizePhase(PhaseReport &phase, bool stoppedByReboot)
{
    bool failed = false, cancelled = false, reboot = stoppedByReboot;
    phase.failureMessage.clear();
    for (const auto &s : phase.steps) {
        if (s.status == StepStatus::Failed) {
            if (!failed)
                phase.failureMessage = "step '" + s.name + "' failed: " + s.failureMessage;
            failed = true;
        } else if (s.status == StepStatus::Cancelled) {
            cancelled = true;
        } else if (s.status == StepStatus::RebootRequested) {
            reboot = true;
        }
    }
    phase.status = reboot ? RunStatus::RebootRequested
                          : cancelled ? RunStatus::Cancelled : failed ? RunStatus::Failed : RunStatus::Success;
}

namespace {

void countSteps(const DocumentReport &d, int &executed, int &failed, int &ignored)
{
    for (const auto &p : d.phases) {
        for (const auto &s : p.steps) {
            if (s.status != StepStatus::Skipped)
                ++executed;
            if (s.status == StepStatus::Failed)
                ++failed;
            if (s.status == StepStatus::Ignored)
                ++ignored;
            for (const auto &nested : s.documents)
                countSteps(nested, executed, failed, ignored);
        }
    }
}

std::string folderOf(const std::string &path)
{
    const size_t slash = path.rfind('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

std::string realPath(const std::string &path)
{
    char buf[PATH_MAX];
    if (::realpath(path.c_str(), buf))
        return buf;
    return path;
}

void restoreScope(VariableScope &scope, const DocumentReport &report)
{
    for (const auto &p : report.phases)
        for (const auto &s : p.steps)
            scope.setStep(p.name, s.name, {s.inputs, s.outputs});
}

} // namespace

void finalizeDocument(DocumentReport &document, bool stoppedByReboot)
{
    bool failed = false, cancelled = false, reboot = stoppedByReboot;
    if (document.status == RunStatus::Failed && document.phases.empty() && !document.failureMessage.empty())
        failed = true; // failed before any phase (e.g. while loading)
    else
        document.failureMessage.clear();
    for (const auto &p : document.phases) {
        if (p.status == RunStatus::Failed) {
            if (!failed)
                document.failureMessage = "phase '" + p.name + "': " + p.failureMessage;
            failed = true;
        } else if (p.status == RunStatus::Cancelled) {
            cancelled = true;
        } else if (p.status == RunStatus::RebootRequested) {
            reboot = true;
        }
    }
    document.status = reboot ? RunStatus::RebootRequested
                             : cancelled ? RunStatus::Cancelled : failed ? RunStatus::Failed : RunStatus::Success;
    document.executedStepCount = document.failedStepCount = document.ignoredFailedStepCount = 0;
    countSteps(document, document.executedStepCount, document.failedStepCount, document.ignoredFailedStepCount);
}

void finalizeRun(RunReport &run, bool stoppedByReboot)
{
    bool failed = false, cancelled = false, reboot = stoppedByReboot;
    run.executedStepCount = run.failedStepCount = run.ignoredFailedStepCount = 0;
    std::string message;
    for (const auto &d : run.documents) {
        if (d.status == RunStatus::Failed) {
            if (!failed)
                message = "document '" + d.filePath + "': " + d.failureMessage;
            failed = true;
        } else if (d.status == RunStatus::Cancelled) {
            cancelled = true;
        } else if (d.status == RunStatus::RebootRequested) {
            reboot = true;
        }
        run.executedStepCount += d.executedStepCount;
        run.failedStepCount += d.failedStepCount;
        run.ignoredFailedStepCount += d.ignoredFailedStepCount;
    }
    run.status = reboot ? RunStatus::RebootRequested
                        : cancelled ? RunStatus::Cancelled : failed ? RunStatus::Failed : RunStatus::Success;
    if (run.status == RunStatus::Failed)
        run.failureMessage = message;
    else if (run.status == RunStatus::Cancelled)
        run.failureMessage = "the execution was cancelled";
    else
        run.failureMessage.clear();
}

bool Executor::Impl::startTemporaryDirectory(std::string &error)
{
    std::string parent = config.temporaryDirectory;
    if (parent.empty()) {
        const char *tmp = std::getenv("TMPDIR");
        parent = tmp && *tmp ? tmp : "/tmp";
    }
    std::string pattern = parent + "/kiln-toe-XXXXXX";
    if (!::mkdtemp(pattern.data())) {
        error = "cannot create a temporary folder in '" + parent + "': " + std::strerror(errno);
        return false;
    }
    tempDirectory = pattern;
    tempCounter = 0;
    return true;
}

void Executor::Impl::removeTemporaryDirectory()
{
    if (tempDirectory.empty())
        return;
    std::error_code ec;
    std::filesystem::remove_all(tempDirectory, ec);
    tempDirectory.clear();
}

std::string Executor::Impl::temporaryPath(const std::string &prefix, const std::string &suffix)
{
    return tempDirectory + "/" + prefix + std::to_string(++tempCounter) + suffix;
}

RunResult Executor::Impl::execute(RunRequest request, const ExecutionState *resumeFrom)
{
    RunResult result;
    RunReport &report = result.report;
    if (resumeFrom) {
        report = resumeFrom->report;
        report.rebootCount = resumeFrom->rebootCount;
        if (report.executionId.empty())
            report.executionId = request.executionId.empty() ? makeUuid() : request.executionId;
    } else {
        report.executionId = request.executionId.empty() ? makeUuid() : request.executionId;
        report.startTime = WallClock::now();
    }
    report.endTime = {};
    phaseFilter = request.phases;
    stack.clear();
    documentStack.clear();
    rebootCaptured = false;
    rebootPosition.clear();
    nestedResume = nullptr;
    nestedResumeReport = nullptr;

    // Everything that can be checked before a step runs is checked first (SPEC §4).
    std::string failure;
    std::vector<Document> documents(request.documents.size());
    std::vector<std::map<std::string, std::string>> parameters(request.documents.size());
    for (size_t i = 0; i < request.documents.size() && failure.empty(); ++i) {
        const DocumentSource &source = request.documents[i];
        if (source.document) {
            documents[i] = *source.document;
        } else {
            auto loaded = config.loader(source.path);
            if (!loaded) {
                failure = loaded.error().toString();
                break;
            }
            documents[i] = std::move(*loaded);
        }
        if (documents[i].file.empty())
            documents[i].file = source.path;
        std::map<std::string, std::string> runtime = request.parameters;
        for (const auto &[k, v] : source.parameters)
            runtime[k] = v;
        auto resolved = resolveParameters(documents[i], runtime);
        if (!resolved)
            failure = resolved.error().toString();
        else
            parameters[i] = std::move(*resolved);
    }
    if (request.documents.empty())
        failure = "no document to run";
    if (resumeFrom && (resumeFrom->position.empty() || resumeFrom->position[0].document >= documents.size()))
        failure = "the execution state does not point at a document of this run";
    if (failure.empty() && !startTemporaryDirectory(failure)) {
        // failure set
    }

    listeners.runStarted(report);
    if (!failure.empty()) {
        report.status = RunStatus::Failed;
        report.failureMessage = failure;
        report.endTime = WallClock::now();
        listeners.runFinished(report);
        return result;
    }

    Outcome outcome = Outcome::Continue;
    const size_t first = resumeFrom ? resumeFrom->position[0].document : 0;
    for (size_t i = first; i < documents.size(); ++i) {
        if (cancel.isCancelled()) {
            outcome = Outcome::Cancelled;
            break;
        }
        ResumeCursor cursor;
        const ResumeCursor *resume = nullptr;
        if (resumeFrom && i == first && i < report.documents.size()) {
            report.documents.resize(i + 1);
            cursor.frames = &resumeFrom->position;
            cursor.level = 0;
            cursor.rerunStep = resumeFrom->rerunStep;
            resume = &cursor;
        } else {
            report.documents.resize(i);
            report.documents.emplace_back();
        }
        const std::string &path = request.documents[i].path.empty() ? documents[i].file : request.documents[i].path;
        DocumentRun run{documents[i], report.documents[i], {}, Position{0, path, documents[i].name, {}, {}, {}},
                        folderOf(path)};
        for (const auto &[k, v] : parameters[i])
            run.scope.setValue(k, v);
        documentStack = {realPath(path)};
        const Outcome o = runDocument(run, i, request.documents[i].phases.empty() ? phaseFilter : request.documents[i].phases,
                                      resume);
        if (o != Outcome::Continue) {
            outcome = o;
            break;
        }
    }
    removeTemporaryDirectory();

    finalizeRun(report, outcome == Outcome::Reboot);
    if (outcome == Outcome::Cancelled && report.status != RunStatus::RebootRequested) {
        report.status = RunStatus::Cancelled;
        report.failureMessage = "the execution was cancelled";
    }
    report.endTime = WallClock::now();
    if (outcome == Outcome::Reboot) {
        ExecutionState state;
        state.request = std::move(request);
        state.report = report;
        state.position = rebootPosition;
        state.rerunStep = rebootRerunStep;
        state.delaySeconds = rebootDelay;
        state.rebootCount = (resumeFrom ? resumeFrom->rebootCount : 0) + 1;
        result.state = std::move(state);
    }
    listeners.runFinished(report);
    return result;
}

Outcome Executor::Impl::runDocument(DocumentRun &run, size_t documentIndex, const std::vector<std::string> &phases,
                                    const ResumeCursor *resume)
{
    const Document &doc = run.document;
    DocumentReport &rep = run.report;
    auto selected = [&](const std::string &name) {
        return phases.empty() || std::find(phases.begin(), phases.end(), name) != phases.end();
    };
    if (!resume) {
        rep.name = doc.name;
        rep.filePath = run.where.documentFile;
        rep.description = doc.description;
        rep.startTime = WallClock::now();
        rep.phaseSelection.clear();
        for (const auto &p : doc.phases)
            rep.phaseSelection.emplace_back(p.name, selected(p.name));
    } else {
        restoreScope(run.scope, rep);
    }
    listeners.documentStarted(run.where, rep);
    stack.push_back({documentIndex, 0, 0});

    Outcome outcome = Outcome::Continue;
    for (size_t pi = 0; pi < doc.phases.size() && outcome == Outcome::Continue; ++pi) {
        const Phase &phase = doc.phases[pi];
        if (!selected(phase.name))
            continue;
        if (resume && pi < resume->frame().phase)
            continue; // ran before the reboot
        const bool resumingHere = resume && pi == resume->frame().phase;
        PhaseReport *pr = nullptr;
        if (resumingHere) {
            for (auto it = rep.phases.rbegin(); it != rep.phases.rend() && !pr; ++it)
                if (it->name == phase.name)
                    pr = &*it;
        }
        if (!pr) {
            rep.phases.emplace_back();
            pr = &rep.phases.back();
            pr->name = phase.name;
            pr->startTime = WallClock::now();
        }
        Position where = run.where;
        where.phase = phase.name;
        listeners.phaseStarted(where);
        stack.back().phase = pi;

        for (size_t si = 0; si < phase.steps.size(); ++si) {
            const Step &step = phase.steps[si];
            const ResumeCursor *stepResume = nullptr;
            std::optional<StepReport> previous;
            if (resumingHere) {
                if (si < resume->frame().step)
                    continue; // ran before the reboot
                if (si == resume->frame().step) {
                    for (auto it = pr->steps.end(); it != pr->steps.begin();) {
                        --it;
                        if (it->name == step.name) {
                            previous = std::move(*it);
                            pr->steps.erase(it);
                            break;
                        }
                    }
                    if (resume->innermost() && !resume->rerunStep) {
                        // the Reboot action that stopped the run is done: continue after it
                        if (previous) {
                            previous->endTime = WallClock::now();
                            pr->steps.push_back(std::move(*previous));
                        }
                        continue;
                    }
                    stepResume = resume;
                }
            }
            if (cancel.isCancelled()) {
                outcome = Outcome::Cancelled;
                break;
            }
            stack.back().step = si;
            const Outcome o = runStep(run, *pr, step, stepResume, previous ? &*previous : nullptr);
            if (o != Outcome::Continue) {
                outcome = o;
                break;
            }
        }
        finalizePhase(*pr, outcome == Outcome::Reboot);
        if (outcome == Outcome::Cancelled && pr->status != RunStatus::RebootRequested)
            pr->status = RunStatus::Cancelled;
        pr->endTime = WallClock::now();
        listeners.phaseFinished(where, *pr);
    }
    stack.pop_back();
    finalizeDocument(rep, outcome == Outcome::Reboot);
    if (outcome == Outcome::Cancelled && rep.status != RunStatus::RebootRequested)
        rep.status = RunStatus::Cancelled;
    rep.endTime = WallClock::now();
    listeners.documentFinished(run.where, rep);
    return outcome;
}

} // namespace Kiln::Toe
