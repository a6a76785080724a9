// `{{ }}` references: do they point to a real parameter, constant, earlier step or loop in scope?
// (the validator's third file)
#include "actions.h"
#include "parserinternal.h"
#include "references.h"
#include "suggest.h"
#include "validatorinternal.h"

namespace Kiln::Toe::Detail {

namespace {

struct Scope {
    Checker &c;
    std::size_t phase;
    std::size_t step;
    const Step &current;
};

// Where the reference starting at byte `begin` of the scalar is in the source.
Mark markOf(const Node &scalar, std::size_t begin)
{
    std::size_t index = 0;
    bool found = false;
    for (std::size_t i = scalar.scalar.find("{{"); i != std::string::npos && i <= begin; i = scalar.scalar.find("{{", i + 2)) {
        index = found ? index + 1 : 0;
        found = true;
    }
    return scalar.referenceMark(index);
}

// The reference as messages quote it (built only when there is something to say).
std::string shownOf(const Reference &r)
{
    return r.expression.empty() ? std::string("'{{ }}'") : "'{{ " + r.expression + " }}'";
}

std::vector<std::string_view> keysOf(const std::unordered_map<std::string, Checker::StepPosition> &m)
{
    std::vector<std::string_view> keys;
    for (const auto &[k, v] : m)
        keys.push_back(k);
    return keys;
}

void checkStepInput(Scope &s, const Reference &r, Mark mark, const Step &target)
{
    const ActionInfo *a = findAction(target.action);
    const std::string fieldHead = r.field.substr(0, r.field.find('.'));
    const Node *inputs = target.inputs ? &*target.inputs : nullptr;
    const Node *entry = nullptr;
    if (r.kind == Reference::Kind::StepInputIndexed) {
        if (!inputs || !inputs->isSequence()) {
            s.c.error(mark, "bad-reference",
                      shownOf(r) + ": step " + quoteText(target.name) + " has no list of inputs to index; use " +
                          r.phase + "." + r.step + ".inputs." + r.field);
            return;
        }
        if (r.index >= inputs->items.size()) {
            s.c.error(mark, "bad-reference",
                      shownOf(r) + ": step " + quoteText(target.name) + " has " + std::to_string(inputs->items.size()) +
                          " input entr" + (inputs->items.size() == 1 ? "y" : "ies") + " (inputs[0]" +
                          (inputs->items.size() > 1 ? " to inputs[" + std::to_string(inputs->items.size() - 1) + "]" : "") + ")");
            return;
        }
        entry = &inputs->items[r.index];
    } else {
        if (inputs && inputs->isSequence()) {
            s.c.error(mark, "bad-reference",
                      shownOf(r) + ": the inputs of step " + quoteText(target.name) + " are a list; pick an entry, e.g. " +
                          r.phase + "." + r.step + ".inputs[0]." + r.field);
            return;
        }
        entry = inputs;
    }
    if (entry && entry->findEntry(fieldHead))
        return;
    if (a && a->input(fieldHead))
        s.c.warning(mark, "unset-input-reference",
                    shownOf(r) + ": step " + quoteText(target.name) + " does not set its input '" + fieldHead +
                        "', so this is replaced by nothing");
    else
        s.c.error(mark, "bad-reference",
                  shownOf(r) + ": step " + quoteText(target.name) + " has no input '" + fieldHead + "'" +
                      (a ? didYouMean(fieldHead, a->inputNames()) : std::string()));
}

void checkStepReference(Scope &s, const Reference &r, Mark mark)
{
    const auto phaseIt = s.c.steps.find(r.phase);
    if (phaseIt == s.c.steps.end()) {
        const std::string hint = s.c.suggest(r.phase, [&] {
            std::vector<std::string_view> phases;
            for (const auto &[name, steps] : s.c.steps)
                phases.push_back(name);
            return phases;
        });
        // A warning, not an error: real, working documents (aws-parallelcluster) carry such
        // references in branches that never run.
        s.c.warning(mark, "unresolved-reference",
                    shownOf(r) + " refers to the phase " + quoteText(r.phase) + ", which this document does not have" +
                        hint + "; it cannot be resolved and stays as written");
        return;
    }
    const auto stepIt = phaseIt->second.find(r.step);
    if (stepIt == phaseIt->second.end()) {
        s.c.warning(mark, "unresolved-reference",
                    shownOf(r) + ": phase " + quoteText(r.phase) + " has no step " + quoteText(r.step) +
                        s.c.suggest(r.step, [&] { return keysOf(phaseIt->second); }) +
                        "; it cannot be resolved and stays as written");
        return;
    }
    const Checker::StepPosition &t = stepIt->second;
    const bool earlier = t.phase < s.phase || (t.phase == s.phase && t.step < s.step);
    if (!earlier) {
        s.c.error(mark, "forward-reference",
                  shownOf(r) + (t.phase == s.phase && t.step == s.step ? " refers to this step itself"
                                                                  : " refers to step " + quoteText(r.step) + ", which runs after this one") +
                      "; a step can only use the inputs and outputs of steps before it");
        return;
    }
    const Step &target = *t.step_;
    if (r.kind == Reference::Kind::StepOutput) {
        const ActionInfo *a = findAction(target.action);
        if (!a)
            return; // the unknown action is reported on its own step
        const std::string fieldHead = r.field.substr(0, r.field.find('.'));
        if (a->output(fieldHead))
            return;
        std::string outputs;
        for (const auto &o : a->outputs)
            outputs += (outputs.empty() ? "" : ", ") + std::string(o.name);
        s.c.error(mark, "bad-reference",
                  shownOf(r) + ": " + std::string(a->name) + " step " + quoteText(target.name) + " has no output '" + fieldHead +
                      "'" + (outputs.empty() ? std::string("; it has no outputs at all") : "; its outputs: " + outputs));
        return;
    }
    checkStepInput(s, r, mark, target);
}

void checkReference(Scope &s, const Reference &r, Mark mark)
{
    switch (r.kind) {
    case Reference::Kind::Variable:
        if (!s.c.variables.count(r.name)) {
            const std::string hint = s.c.suggest(r.name, [&] {
                return std::vector<std::string_view>(s.c.variables.begin(), s.c.variables.end());
            });
            s.c.error(mark, "unknown-variable",
                      shownOf(r) + " refers to no parameter or constant" + hint +
                          "; define it under 'parameters' or 'constants'");
        }
        return;
    case Reference::Kind::StepInput:
    case Reference::Kind::StepInputIndexed:
    case Reference::Kind::StepOutput:
        checkStepReference(s, r, mark);
        return;
    case Reference::Kind::LoopIndex:
    case Reference::Kind::LoopValue:
        if (!s.current.loop)
            s.c.warning(mark, "loop-reference-outside-loop",
                        shownOf(r) + " is used in a step without a loop; AWSTOE leaves it as written");
        return;
    case Reference::Kind::NamedLoopIndex:
    case Reference::Kind::NamedLoopValue: {
        if (s.current.loop && s.current.loop->name == r.name)
            return;
        const auto it = s.c.loops.find(r.name);
        if (it != s.c.loops.end())
            s.c.warning(mark, "loop-reference-outside-loop",
                        shownOf(r) + " refers to the loop of step " + quoteText(it->second->name) +
                            "; a step can only use its own loop, so AWSTOE leaves it as written");
        else
            s.c.warning(mark, "unknown-loop",
                        shownOf(r) + ": no loop is named " + quoteText(r.name) + "; AWSTOE leaves it as written");
        return;
    }
    case Reference::Kind::Invalid:
        s.c.warning(mark, "unknown-reference-form",
                    shownOf(r) + " is not a reference AWSTOE understands, so it stays as written (references look "
                            "like {{ Name }}, {{ phase.step.outputs.field }} or {{ loop.value }})");
        return;
    }
}

void checkScalar(Scope &s, const Node &n)
{
    if (n.scalar.find("{{") == std::string::npos)
        return;
    const std::vector<Reference> refs = findReferences(n.scalar);
    for (const Reference &r : refs)
        checkReference(s, r, markOf(n, r.begin));
    // (findUnclosedReference, without scanning the text twice)
    const std::size_t open = n.scalar.find("{{", refs.empty() ? 0 : refs.back().end);
    if (open != std::string::npos)
        s.c.warning(markOf(n, open), "unclosed-reference",
                    "'{{' without a closing '}}' is used as literal text; close it if it was meant as a reference");
}

void checkNode(Scope &s, const Node &n)
{
    switch (n.kind) {
    case Node::Kind::Scalar: checkScalar(s, n); break;
    case Node::Kind::Sequence:
        for (const auto &item : n.items)
            checkNode(s, item);
        break;
    case Node::Kind::Map:
        for (const auto &e : n.entries)
            checkNode(s, e.value);
        break;
    case Node::Kind::Null: break;
    }
}

void checkConditionNodes(Scope &s, const Condition &cond)
{
    for (const auto &child : cond.children)
        checkConditionNodes(s, child);
    checkNode(s, cond.operand);
    if (cond.value)
        checkNode(s, *cond.value);
    if (cond.path)
        checkNode(s, *cond.path);
}

} // namespace

void checkStepReferences(Checker &c, std::size_t phase, std::size_t stepIndex, const Step &step)
{
    Scope s{c, phase, stepIndex, step};
    if (step.inputs)
        checkNode(s, *step.inputs); // (an Assert's expression is its inputs)
    if (step.loop) {
        for (const auto &item : step.loop->list)
            checkNode(s, item);
        checkNode(s, step.loop->listNode);
    }
    if (step.condition)
        checkConditionNodes(s, *step.condition);
}

} // namespace Kiln::Toe::Detail
