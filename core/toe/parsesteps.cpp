// Phases, steps and loops of a component document (the parser's second file).
#include "parserinternal.h"
#include "suggest.h"

#include <climits>

namespace Kiln::Toe::Detail {

namespace {

const std::vector<std::string_view> kStepKeys = {"name", "action", "inputs", "timeoutSeconds", "onFailure",
                                                  "maxAttempts", "loop", "if"};

std::string stepWhere(const Step &s)
{
    return s.name.empty() ? std::string("this step") : "step " + quoteText(s.name);
}

void readStep(Reader &r, Node &node, Phase &phase)
{
    if (!node.isMap()) {
        r.error(node.mark, "step-not-mapping",
                "phase " + quoteText(phase.name) + ": each step must be a mapping with name, action and inputs, not " +
                    describe(node));
        return;
    }
    // Built in place: a Step is ~2 KB, and a big document has thousands.
    Step &s = phase.steps.emplace_back();
    s.mark = node.mark;
    // Read the name first so that every later message can say which step it is about.
    if (const Node::Entry *e = node.findEntry("name")) {
        s.nameMark = e->value.isNull() ? e->keyMark : e->value.mark;
        const auto name = r.text(e->value, "a step name");
        s.name = name.value_or("");
        if (name && s.name.empty())
            r.error(s.nameMark, "missing-step-name", "this step's name is empty; give it a name unique in its phase");
    } else {
        s.nameMark = node.mark;
        r.error(node.mark, "missing-step-name", "this step has no 'name'; give it a name unique in its phase");
    }
    const std::string where = stepWhere(s);
    r.unknownKeys(node, kStepKeys, where);

    for (auto &e : node.entries) {
        Node &v = e.value;
        if (e.key == "action") {
            s.actionMark = v.isNull() ? e.keyMark : v.mark;
            const auto action = r.text(v, {where, ": action"});
            s.action = action.value_or("");
            if (action && s.action.empty())
                r.error(s.actionMark, "missing-action", where + " has an empty 'action'; name an action module such as ExecuteBash");
        } else if (e.key == "inputs") {
            s.inputsMark = e.keyMark;
            s.inputs = std::move(v);
        } else if (e.key == "timeoutSeconds") {
            s.timeoutMark = v.isNull() ? e.keyMark : v.mark;
            if (auto n = r.integer(v, {where, ": timeoutSeconds"}, "give the seconds, or -1 for no time limit")) {
                if (*n < INT_MIN || *n > INT_MAX) {
                    r.error(s.timeoutMark, "bad-timeout", where + ": timeoutSeconds " + std::to_string(*n) +
                                                              " is out of range; use -1 for no time limit");
                } else {
                    s.timeoutSeconds = static_cast<int>(*n);
                    s.timeoutSet = true;
                }
            }
        } else if (e.key == "maxAttempts") {
            s.maxAttemptsMark = v.isNull() ? e.keyMark : v.mark;
            if (auto n = r.integer(v, {where, ": maxAttempts"}, "it counts attempts, 1 means no retry")) {
                if (*n < INT_MIN || *n > INT_MAX) {
                    r.error(s.maxAttemptsMark, "bad-max-attempts",
                            where + ": maxAttempts " + std::to_string(*n) + " is out of range");
                } else {
                    s.maxAttempts = static_cast<int>(*n);
                    s.maxAttemptsSet = true;
                }
            }
        } else if (e.key == "onFailure") {
            s.onFailureMark = v.isNull() ? e.keyMark : v.mark;
            if (auto text = r.text(v, {where, ": onFailure"})) {
                if (auto f = onFailureFromName(*text)) {
                    s.onFailure = *f;
                    s.onFailureSet = true;
                } else {
                    r.error(s.onFailureMark, "bad-on-failure",
                            where + ": onFailure must be Abort, Continue or Ignore, not " + quoteText(*text) +
                                didYouMean(*text, {"Abort", "Continue", "Ignore"}));
                }
            }
        } else if (e.key == "loop") {
            s.loop = readLoop(r, v, e.keyMark, where);
        } else if (e.key == "if") {
            s.ifMark = e.keyMark;
            s.condition = readCondition(r, v, e.keyMark, where + ": if");
        }
    }
    if (!node.findEntry("action"))
        r.error(s.nameMark, "missing-action", where + " has no 'action'; name an action module such as ExecuteBash");
    if (s.action == "Assert" && s.inputs)
        s.assertion = readCondition(r, *s.inputs, s.inputsMark, where + ": Assert inputs");
}

void readPhase(Reader &r, Node &node, Document &doc)
{
    if (!node.isMap()) {
        r.error(node.mark, "phase-not-mapping",
                "each phase must be a mapping with 'name' and 'steps', not " + describe(node));
        return;
    }
    Phase p;
    p.mark = node.mark;
    r.unknownKeys(node, {"name", "steps"}, "a phase");
    if (const Node::Entry *e = node.findEntry("name")) {
        p.nameMark = e->value.isNull() ? e->keyMark : e->value.mark;
        const auto name = r.text(e->value, "a phase name");
        p.name = name.value_or("");
        if (name && p.name.empty())
            r.error(p.nameMark, "missing-phase-name", "this phase's name is empty; use build, validate or test");
    } else {
        p.nameMark = node.mark;
        r.error(node.mark, "missing-phase-name", "this phase has no 'name'; use build, validate or test");
    }
    Node::Entry *steps = node.findEntry("steps");
    if (!steps) {
        r.error(p.nameMark, "missing-steps",
                (p.name.empty() ? std::string("this phase") : "phase " + quoteText(p.name)) + " has no 'steps' list");
    } else if (steps->value.isSequence()) {
        p.steps.reserve(steps->value.items.size());
        for (auto &item : steps->value.items)
            readStep(r, item, p);
    } else if (!steps->value.isNull()) {
        r.error(steps->value.mark, "steps-not-list",
                "phase " + quoteText(p.name) + ": steps must be a list ('- name: …' entries), not " + describe(steps->value));
    }
    doc.phases.push_back(std::move(p));
}

// A chaining expression where AWSTOE does not substitute is an error (SPEC §4/§5).
bool rejectReference(Reader &r, const Node &n, const std::string &what)
{
    if (n.isScalar() && n.scalar.find("{{") != std::string::npos) {
        r.error(n.mark, "reference-not-allowed", what + " cannot use a {{ }} reference; write the value itself");
        return true;
    }
    return false;
}

} // namespace

void readPhases(Reader &r, Node &phases, Document &doc)
{
    doc.phases.reserve(phases.items.size());
    for (auto &item : phases.items)
        readPhase(r, item, doc);
}

std::optional<Loop> readLoop(Reader &r, Node &node, Mark keyMark, const std::string &where)
{
    Loop loop;
    loop.mark = keyMark;
    if (!node.isMap()) {
        r.error(node.isNull() ? keyMark : node.mark, "bad-loop",
                where + ": loop must be a mapping with 'for' or 'forEach' (and an optional 'name'), not " + describe(node));
        return std::nullopt;
    }
    r.unknownKeys(node, {"name", "for", "forEach"}, "the loop of " + where);
    if (const Node::Entry *e = node.findEntry("name")) {
        loop.nameMark = e->value.isNull() ? e->keyMark : e->value.mark;
        if (!rejectReference(r, e->value, where + ": a loop name"))
            loop.name = r.text(e->value, {where, ": the loop name"}).value_or("");
    }
    const Node::Entry *forEntry = node.findEntry("for");
    Node::Entry *eachEntry = node.findEntry("forEach");
    if (forEntry && eachEntry) {
        r.error(eachEntry->keyMark, "bad-loop", where + ": a loop has either 'for' or 'forEach', not both; split it into two steps");
        return std::nullopt;
    }
    if (!forEntry && !eachEntry) {
        r.error(keyMark, "bad-loop", where + ": the loop needs 'for: {start, end, updateBy}' or 'forEach: [ … ]'");
        return std::nullopt;
    }
    if (forEntry) {
        loop.kind = Loop::Kind::For;
        loop.forMark = forEntry->keyMark;
        const Node &f = forEntry->value;
        if (!f.isMap()) {
            r.error(f.isNull() ? forEntry->keyMark : f.mark, "bad-loop",
                    where + ": for must be a mapping with start, end and updateBy, not " + describe(f));
            return std::nullopt;
        }
        r.unknownKeys(f, {"start", "end", "updateBy"}, "the for loop");
        bool ok = true;
        const auto bound = [&](const char *key, long long &target, Mark *mark) {
            const Node::Entry *b = f.findEntry(key);
            if (!b) {
                r.error(forEntry->keyMark, "bad-loop", where + ": the for loop needs '" + key + "' (a whole number)");
                ok = false;
                return;
            }
            if (mark)
                *mark = b->value.isNull() ? b->keyMark : b->value.mark;
            if (rejectReference(r, b->value, where + ": for." + key)) {
                ok = false;
                return;
            }
            if (auto n = r.integer(b->value, where + ": for." + key, "loops count in whole numbers"))
                target = *n;
            else
                ok = false;
        };
        bound("start", loop.start, nullptr);
        bound("end", loop.end, nullptr);
        bound("updateBy", loop.updateBy, &loop.updateByMark);
        if (!ok)
            return std::nullopt;
        return loop;
    }

    loop.forMark = eachEntry->keyMark;
    Node &each = eachEntry->value;
    if (each.isSequence()) {
        loop.kind = Loop::Kind::ForEachList;
        for (auto &item : each.items) {
            if (item.isScalar())
                loop.list.push_back(std::move(item));
            else
                r.error(item.mark, "bad-loop", where + ": forEach items must be text, not " + describe(item) +
                                                   " (loops support strings only)");
        }
        if (each.items.empty())
            r.warning(eachEntry->keyMark, "empty-loop", where + ": forEach has an empty list: the step will not run at all");
        return loop;
    }
    if (each.isMap()) {
        loop.kind = Loop::Kind::ForEachDelimited;
        r.unknownKeys(each, {"list", "delimiter"}, "forEach");
        if (Node::Entry *l = each.findEntry("list")) {
            loop.listNode = std::move(l->value);
            if (loop.listNode.isNull())
                loop.listNode.mark = l->keyMark;
            loop.delimitedList = r.text(loop.listNode, {where, ": forEach.list"}).value_or("");
        } else {
            r.error(eachEntry->keyMark, "bad-loop", where + ": forEach needs 'list: \"a,b,c\"' (the delimited text to split)");
            return std::nullopt;
        }
        if (const Node::Entry *d = each.findEntry("delimiter")) {
            loop.delimiterMark = d->value.isNull() ? d->keyMark : d->value.mark;
            if (!rejectReference(r, d->value, where + ": forEach.delimiter")) {
                std::string delimiter = r.text(d->value, {where, ": forEach.delimiter"}).value_or(",");
                // '\n' and '\t' written in single quotes (or plain) arrive as two characters.
                if (delimiter == "\\n")
                    delimiter = "\n";
                else if (delimiter == "\\t")
                    delimiter = "\t";
                loop.delimiter = delimiter;
            }
        }
        return loop;
    }
    r.error(each.isNull() ? eachEntry->keyMark : each.mark, "bad-loop",
            where + ": forEach must be a list of texts or a mapping with 'list' and 'delimiter', not " + describe(each));
    return std::nullopt;
}

} // namespace Kiln::Toe::Detail
