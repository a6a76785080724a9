// One step: its `if`, its attempts (maxAttempts, each with the step's timeout), its loop
// iterations, the action module, onFailure, and ExecuteDocument's nested run.
#include "executor_p.h"

#include "condition.h"
#include "moduleinputs.h"

#include <algorithm>
#include <cstdlib>

namespace Kiln::Toe {

namespace {

// The ModuleContext of one attempt of one step.
class StepRunner : public ModuleContext
{
public:
    StepRunner(Executor::Impl &impl, DocumentRun &run, const Step &step, const Position &where,
               SteadyClock::time_point deadline)
        : m_impl(impl), m_run(run), m_step(step), m_where(where), m_deadline(deadline)
    {
    }

    const Step &step() const override { return m_step; }
    const Position &position() const override { return m_where; }
    const ExecutorConfig &config() const override { return m_impl.config; }
    void message(std::string_view line) override { m_impl.listeners.message(m_where, line); }
    SteadyClock::time_point deadline() const override { return m_deadline; }
    const CancelToken &cancelToken() const override { return m_impl.cancel; }
    std::string temporaryPath(const std::string &prefix, const std::string &suffix) override
    {
        return m_impl.temporaryPath(prefix, suffix);
    }
    Result<bool> evaluate(const Condition &condition) override
    {
        return evaluateCondition(condition, m_run.scope, m_impl.config);
    }
    ModuleResult executeDocument(const Node &inputs) override { return m_impl.executeDocument(m_run, inputs); }
    Result<std::string> substitute(const std::string &text) override { return m_run.scope.substitute(text); }

    ProcessResult runProcess(const ProcessSpec &spec, std::string *captured) override
    {
        const size_t cap = m_impl.config.maxCapturedOutput;
        bool truncated = false;
        auto sink = [&](OutputStream stream, std::string_view chunk) {
            m_impl.listeners.output(m_where, stream == OutputStream::Stdout ? Stream::Stdout : Stream::Stderr, chunk);
            if (captured && stream == OutputStream::Stdout) {
                if (captured->size() + chunk.size() <= cap) {
                    captured->append(chunk);
                } else {
                    captured->append(chunk.substr(0, cap - captured->size()));
                    truncated = true;
                }
            }
        };
        ProcessSpec effective = spec;
        if (!m_impl.config.searchPath.empty()) // commands see the PATH the executor searched
            effective.environment.insert(effective.environment.begin(), "PATH=" + m_impl.config.searchPath);
        ProcessResult r = Kiln::Toe::runProcess(effective, m_deadline, m_impl.cancel, sink, m_impl.config.outputDrainGrace);
        if (truncated)
            message("Warning: stdout was longer than " + std::to_string(cap / (1024 * 1024))
                    + " MiB; only its first " + std::to_string(cap / (1024 * 1024))
                    + " MiB are kept for chaining and detailedoutput.json (console.log has everything)");
        return r;
    }

private:
    Executor::Impl &m_impl;
    DocumentRun &m_run;
    const Step &m_step;
    Position m_where;
    SteadyClock::time_point m_deadline;
};

struct Iteration {
    long long index = 0;
    std::string value;
};

char delimiterChar(const std::string &d)
{
    if (d == "\\n")
        return '\n';
    if (d == "\\t")
        return '\t';
    return d.empty() ? ',' : d.front();
}

// The iterations of one attempt. `for` loops are generated on the fly (a loop may count to a
// billion); forEach lists are materialised, their items substituted once per attempt (SPEC §5).
struct IterationPlan {
    long long count = 1;
    std::vector<Iteration> items; // forEach (and the single pseudo-iteration of a step without loop)
    long long start = 0, updateBy = 1;
    bool generated = false;       // for: value = start + index * updateBy
    Iteration at(long long i) const
    {
        if (!generated)
            return items[static_cast<size_t>(i)];
        return Iteration{i, std::to_string(start + i * updateBy)};
    }
};

Result<IterationPlan> iterations(const Loop &loop, const VariableScope &scope)
{
    IterationPlan plan;
    plan.count = 0;
    switch (loop.kind) {
    case Loop::Kind::For: {
        if (loop.updateBy == 0)
            return unexpected(Error{"loop.for.updateBy must not be 0", Location{{}, loop.mark}});
        plan.generated = true;
        plan.start = loop.start;
        plan.updateBy = loop.updateBy;
        if ((loop.updateBy > 0 && loop.start > loop.end) || (loop.updateBy < 0 && loop.start < loop.end))
            return plan; // no iteration
        const __int128 span = static_cast<__int128>(loop.end) - loop.start;
        plan.count = static_cast<long long>(span / loop.updateBy + 1);
        return plan;
    }
    case Loop::Kind::ForEachList:
        for (size_t i = 0; i < loop.list.size(); ++i) {
            const Node &item = loop.list[i];
            if (!item.isScalar())
                return unexpected(Error{"loop.forEach item " + std::to_string(i) + " must be a string",
                                        Location{{}, item.mark}});
            auto value = scope.substitute(item.scalar);
            if (!value)
                return unexpected(Error{value.error().message, Location{{}, item.mark}});
            plan.items.push_back({static_cast<long long>(i), *value});
        }
        break;
    case Loop::Kind::ForEachDelimited: {
        auto list = scope.substitute(loop.delimitedList);
        if (!list)
            return unexpected(Error{list.error().message, Location{{}, loop.mark}});
        if (list->empty())
            break;
        const char sep = delimiterChar(loop.delimiter);
        size_t from = 0;
        long long index = 0;
        while (true) {
            const size_t pos = list->find(sep, from);
            plan.items.push_back({index++, list->substr(from, pos == std::string::npos ? std::string::npos : pos - from)});
            if (pos == std::string::npos)
                break;
            from = pos + 1;
        }
        break;
    }
    }
    plan.count = static_cast<long long>(plan.items.size());
    return plan;
}

// detailedoutput.json lists at most this many loop iterations (failed ones always); the rest are counted.
constexpr size_t MaxRecordedIterations = 1000;

const char *loopType(const Loop &loop)
{
    return loop.kind == Loop::Kind::For ? "for" : "forEach";
}

// Merges one successful iteration's outputs into the step's: per entry and key, values are joined
// with '\n' (SPEC §5).
void mergeOutputs(Json &merged, const Json &outputs, bool first)
{
    if (first) {
        merged = outputs;
        return;
    }
    for (size_t i = 0; i < outputs.size(); ++i) {
        if (i >= merged.size()) {
            merged.push_back(outputs[i]);
            continue;
        }
        Json &target = merged.items()[i];
        for (const auto &[key, value] : outputs[i].members()) {
            if (const Json *old = target.find(key))
                target[key] = old->asText() + "\n" + value.asText();
            else
                target[key] = value;
        }
    }
}

struct AttemptResult {
    ModuleResult module;     // success/failure/reboot/cancel of the attempt as a whole
    Json outputs = Json::array();
    Json loop;
};

} // namespace

Outcome Executor::Impl::runStep(DocumentRun &run, PhaseReport &phase, const Step &step, const ResumeCursor *resume,
                                StepReport *previous)
{
    Position where = run.where;
    where.phase = phase.name;
    where.step = step.name;
    where.action = step.action;

    StepReport rep;
    rep.name = step.name;
    rep.action = step.action;
    const bool fixedSettings = step.action == "ExecuteDocument";
    rep.timeoutSeconds = (fixedSettings || step.action == "Reboot") ? -1 : step.timeoutSeconds;
    rep.maxAttempts = fixedSettings ? 1 : std::max(1, step.maxAttempts);
    rep.onFailure = onFailureName(step.onFailure);
    rep.startTime = WallClock::now();
    if (previous)
        rep.condition = previous->condition; // evaluated once; reused after a reboot (SPEC §6)
    if (step.inputs)
        rep.inputs = inputsToJson(*step.inputs);

    auto record = [&](Outcome outcome) {
        rep.endTime = WallClock::now();
        run.scope.setStep(phase.name, step.name, {rep.inputs, rep.outputs});
        phase.steps.push_back(std::move(rep));
        listeners.stepFinished(where, phase.steps.back());
        return outcome;
    };

    bool failed = false;
    std::string failure;
    if (step.condition) {
        std::optional<bool> value = rep.condition;
        if (!value) {
            auto v = evaluateCondition(*step.condition, run.scope, config);
            if (!v) {
                failed = true;
                failure = "if: " + v.error().message;
            } else {
                value = *v;
            }
        }
        if (value) {
            rep.condition = value;
            const ConditionAction action = conditionAction(*step.condition, *value);
            if (action == ConditionAction::Skip) {
                rep.status = StepStatus::Skipped;
                return record(Outcome::Continue);
            }
            if (action == ConditionAction::Abort) {
                failed = true;
                failure = std::string("the step's 'if' condition evaluated to ") + (*value ? "true" : "false")
                          + " and chose Abort";
            }
        }
    }
    const ModuleFunction module = findModule(step.action);
    if (!failed && !module) {
        failed = true;
        failure = "unknown action module '" + step.action + "'";
    }

    AttemptResult result;
    if (failed) {
        result.module = ModuleResult::failure(failure);
    } else {
        for (int attempt = 1; attempt <= rep.maxAttempts; ++attempt) {
            listeners.stepStarted(where, StepAttempt{attempt, rep.maxAttempts, rep.timeoutSeconds});
            rep.attempts = attempt;
            const auto deadline = rep.timeoutSeconds > 0 ? SteadyClock::now() + std::chrono::seconds(rep.timeoutSeconds)
                                                         : SteadyClock::time_point::max();
            StepRunner runner(*this, run, step, where, deadline);
            result = AttemptResult{};
            IterationPlan plan;
            plan.items.push_back(Iteration{});
            if (step.loop) {
                auto its = iterations(*step.loop, run.scope);
                if (!its) {
                    result.module = ModuleResult::failure("loop: " + its.error().message);
                    break; // a malformed loop will not get better with another attempt
                }
                plan = std::move(*its);
                result.loop = Json::object();
                result.loop["name"] = step.loop->name;
                result.loop["type"] = loopType(*step.loop);
                result.loop["iterations"] = Json::array();
            }
            bool first = true;
            long long omitted = 0;
            for (long long i = 0; i < plan.count; ++i) {
                const Iteration it = plan.at(i);
                if (cancel.isCancelled()) {
                    result.module = ModuleResult::failure("cancelled");
                    result.module.cancelled = true;
                    break;
                }
                if (SteadyClock::now() >= deadline) {
                    result.module = ModuleResult::failure("timed out after " + std::to_string(rep.timeoutSeconds)
                                                          + " seconds (timeoutSeconds covers all loop iterations)");
                    result.module.timedOut = true;
                    break;
                }
                if (step.loop) {
                    run.scope.setLoop(VariableScope::LoopFrame{step.loop->name, it.index, it.value});
                    listeners.iterationStarted(where, LoopIteration{step.loop->name, it.index, it.value,
                                                                    plan.count});
                }
                ModuleResult mr;
                Node inputs;
                if (step.inputs) {
                    auto resolved = run.scope.substitute(*step.inputs);
                    if (!resolved) {
                        mr = ModuleResult::failure(resolved.error().message);
                    } else {
                        inputs = std::move(*resolved);
                        rep.inputs = inputsToJson(inputs);
                    }
                }
                if (mr.success) {
                    // ExecuteDocument resuming into its nested document after a reboot
                    ResumeCursor nested;
                    if (resume && !resume->innermost() && step.action == "ExecuteDocument") {
                        nested = *resume;
                        nested.level += 1;
                        nestedResume = &nested;
                        nestedResumeReport = previous && !previous->documents.empty() ? &previous->documents.front()
                                                                                       : nullptr;
                    }
                    mr = module(runner, inputs);
                    nestedResume = nullptr;
                    nestedResumeReport = nullptr;
                }
                run.scope.setLoop(std::nullopt);
                if (mr.exitCode)
                    rep.exitCode = mr.exitCode;
                rep.timedOut = rep.timedOut || mr.timedOut;
                for (auto &doc : mr.documents)
                    rep.documents.push_back(std::move(doc));
                mr.documents.clear();
                if (step.loop) {
                    if (result.loop["iterations"].size() < MaxRecordedIterations || !mr.success || mr.rebootRequested) {
                        Json entry = Json::object();
                        entry["index"] = it.index;
                        entry["value"] = it.value;
                        entry["status"] = mr.rebootRequested ? "reboot-requested" : mr.success ? "success" : "failed";
                        result.loop["iterations"].push_back(std::move(entry));
                    } else {
                        result.loop["iterationsNotListed"] = ++omitted;
                    }
                }
                if (!mr.success || mr.rebootRequested) {
                    if (step.loop && !mr.success && !mr.cancelled)
                        mr.failureMessage = "loop iteration " + std::to_string(it.index) + " (value '" + it.value
                                            + "') failed: " + mr.failureMessage;
                    // A failed loop iteration is not merged (SPEC §5); a step without a loop keeps
                    // what it printed, so detailedoutput.json shows why it failed.
                    if (mr.rebootRequested || !step.loop)
                        mergeOutputs(result.outputs, mr.outputs, first);
                    result.module = std::move(mr);
                    break;
                }
                mergeOutputs(result.outputs, mr.outputs, first);
                first = false;
                result.module = std::move(mr);
            }
            if (plan.count == 0)
                result.module = ModuleResult{};
            const ModuleResult &m = result.module;
            if (m.success || m.rebootRequested || m.cancelled || cancel.isCancelled())
                break;
            if (attempt < rep.maxAttempts) {
                listeners.message(where, "Attempt " + std::to_string(attempt) + " of " + std::to_string(rep.maxAttempts)
                                             + " failed (" + m.failureMessage + "); retrying the step");
                // a retry re-runs the whole step, loop included (SPEC §3)
                rep.documents.clear();
            }
        }
    }

    const ModuleResult &m = result.module;
    rep.outputs = std::move(result.outputs);
    rep.loop = std::move(result.loop);
    Outcome outcome = Outcome::Continue;
    if (m.rebootRequested) {
        rep.status = m.rerunStep ? StepStatus::RebootRequested : StepStatus::Success;
        outcome = Outcome::Reboot;
    } else if (m.success) {
        rep.status = StepStatus::Success;
    } else if (m.cancelled || cancel.isCancelled()) {
        rep.status = StepStatus::Cancelled;
        rep.failureMessage = m.failureMessage.empty() ? "cancelled" : m.failureMessage;
        outcome = Outcome::Cancelled;
    } else {
        rep.failureMessage = m.failureMessage;
        if (rep.attempts > 1)
            rep.failureMessage = "failed after " + std::to_string(rep.attempts) + " attempts: " + m.failureMessage;
        switch (step.onFailure) {
        case OnFailure::Abort: rep.status = StepStatus::Failed; outcome = Outcome::Abort; break;
        case OnFailure::Continue: rep.status = StepStatus::Failed; break;
        case OnFailure::Ignore: rep.status = StepStatus::Ignored; break;
        }
    }
    const Outcome finalOutcome = record(outcome);
    if (finalOutcome == Outcome::Reboot && !rebootCaptured) {
        rebootCaptured = true;
        rebootPosition = stack;
        rebootRerunStep = m.rerunStep;
        rebootDelay = m.delaySeconds;
        RebootRequest request;
        request.position = where;
        request.rerunStep = m.rerunStep;
        request.delaySeconds = m.delaySeconds;
        request.reason = m.rerunStep ? "step " + phase.name + "/" + step.name
                                           + " exited with code 194: reboot, then run the step again"
                                     : "step " + phase.name + "/" + step.name
                                           + " (Reboot) requested a reboot; the run continues with the next step";
        listeners.rebootRequested(request);
    }
    return finalOutcome;
}

} // namespace Kiln::Toe
