#include "validator.h"

#include "actions.h"
#include "operators.h"
#include "parser.h"
#include "parserinternal.h"
#include "references.h"
#include "suggest.h"
#include "validatorinternal.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace Kiln::Toe {

namespace Detail {

std::string stepLabel(const Step &step)
{
    return step.name.empty() ? std::string("this step") : "step " + quoteText(step.name);
}

namespace {

// Shows line breaks and tabs as escapes, so a message stays on one line.
std::string printable(const std::string &s)
{
    std::string out;
    for (char ch : s) {
        if (ch == '\n')
            out += "\\n";
        else if (ch == '\t')
            out += "\\t";
        else if (ch == '\r')
            out += "\\r";
        else
            out += ch;
    }
    return out;
}

const std::vector<std::string_view> kStandardPhases = {"build", "validate", "test", "container-host-test"};

void checkSchemaVersion(Checker &c)
{
    const Document &d = c.doc;
    if (!d.hasSchemaVersion) {
        if (!d.schemaVersionMark.valid()) // (an unreadable value was reported by the parser)
            c.error(d.mark.valid() ? d.mark : Mark{1, 1}, "missing-schema-version",
                    "the document has no schemaVersion; add 'schemaVersion: 1.0' at the top level");
        return;
    }
    if (d.schemaVersion == "1.0")
        return;
    // `schemaVersion: 1` (a YAML integer) appears in AWS's own examples and works.
    if (d.schemaVersion == "1" || d.schemaVersion == "1.00")
        c.warning(d.schemaVersionMark, "schema-version-form",
                  "write schemaVersion as 1.0; " + quoteText(d.schemaVersion) + " is accepted as 1.0");
    else
        c.error(d.schemaVersionMark, "bad-schema-version",
                "schemaVersion must be 1.0 (the only version AWSTOE knows), not " + quoteText(d.schemaVersion));
}

void checkVariables(Checker &c)
{
    std::unordered_map<std::string, Mark> seen;
    const auto checkName = [&](const std::string &name, Mark mark, const char *kind) {
        if (!isValidVariableName(name))
            c.error(mark, "bad-variable-name",
                    std::string(kind) + " name " + quoteText(name) +
                        " is not valid: use 3 to 128 characters, only letters, digits, '_' and '-'");
        const auto [it, inserted] = seen.emplace(name, mark);
        if (!inserted)
            c.error(mark, "duplicate-variable",
                    "duplicate variable name " + quoteText(name) + " (already defined at line " +
                        std::to_string(it->second.line) +
                        "); parameters and constants share one namespace: rename one of them");
        c.variables.insert(name);
    };
    for (const auto &p : c.doc.parameters) {
        checkName(p.name, p.mark, "parameter");
        if (!p.type.empty() && p.type != "string")
            c.error(p.mark, "bad-variable-type",
                    "parameter " + quoteText(p.name) + " has type " + quoteText(p.type) + "; the only type is 'string'");
        if (p.defaultValue && !p.allowedValues.empty() &&
            std::find(p.allowedValues.begin(), p.allowedValues.end(), *p.defaultValue) == p.allowedValues.end())
            c.warning(p.mark, "default-not-allowed",
                      "parameter " + quoteText(p.name) + ": its default " + quoteText(*p.defaultValue) +
                          " is not one of its allowedValues");
    }
    for (const auto &k : c.doc.constants) {
        checkName(k.name, k.mark, "constant");
        if (!k.type.empty() && k.type != "string")
            c.error(k.mark, "bad-variable-type",
                    "constant " + quoteText(k.name) + " has type " + quoteText(k.type) + "; the only type is 'string'");
    }
}

void checkPhases(Checker &c)
{
    const Document &d = c.doc;
    if (!d.phasesMark.valid()) {
        c.error(d.mark.valid() ? d.mark : Mark{1, 1}, "missing-phases",
                "the document has no 'phases'; add a list with at least a 'build', 'validate' or 'test' phase");
        return;
    }
    if (!d.phasesIsList)
        return; // reported by the parser
    if (d.phases.empty()) {
        c.error(d.phasesMark, "no-phases", "phases is empty; add a 'build', 'validate' or 'test' phase");
        return;
    }
    bool standard = false;
    std::unordered_map<std::string, Mark> seen;
    for (const auto &p : d.phases) {
        standard = standard || p.name == "build" || p.name == "validate" || p.name == "test";
        if (p.name.empty())
            continue;
        const auto [it, inserted] = seen.emplace(p.name, p.nameMark);
        if (!inserted)
            c.error(p.nameMark, "duplicate-phase",
                    "phase " + quoteText(p.name) + " is already defined at line " + std::to_string(it->second.line) +
                        "; phase names must be unique: merge their steps into one phase");
        if (std::find(kStandardPhases.begin(), kStandardPhases.end(), p.name) == kStandardPhases.end())
            c.warning(p.nameMark, "nonstandard-phase",
                      "phase " + quoteText(p.name) + " is not build, validate or test" + didYouMean(p.name, kStandardPhases) +
                          ": AWSTOE runs it when no --phases filter is given, but Image Builder never selects it");
    }
    if (!standard)
        c.error(d.phasesMark, "no-standard-phase",
                "the document needs at least one of the phases build, validate or test");
}

void checkLoop(Checker &c, const Step &step, std::unordered_map<std::string, Mark> &loopNames)
{
    const Loop &loop = *step.loop;
    const std::string where = stepLabel(step);
    if (!loop.name.empty()) {
        const auto [it, inserted] = loopNames.emplace(loop.name, loop.nameMark);
        if (!inserted)
            c.error(loop.nameMark, "duplicate-loop-name",
                    where + ": loop name " + quoteText(loop.name) + " is already used in this phase (line " +
                        std::to_string(it->second.line) + "); loop names must be unique within a phase");
        if (loop.name == "loop")
            c.error(loop.nameMark, "bad-loop-name",
                    where + ": a loop cannot be named 'loop' ({{ loop.* }} always means the step's own loop)");
    }
    switch (loop.kind) {
    case Loop::Kind::For:
        if (loop.updateBy == 0)
            c.error(loop.updateByMark.valid() ? loop.updateByMark : loop.forMark, "endless-loop",
                    where + ": updateBy is 0, so the loop never ends; use a positive or negative step");
        else if (loop.iterationCount() < 0)
            c.error(loop.forMark, "endless-loop",
                    where + ": the loop counts from " + std::to_string(loop.start) + " by " +
                        std::to_string(loop.updateBy) + " away from its end " + std::to_string(loop.end) +
                        ", so it never ends; " + (loop.updateBy > 0 ? "use a negative updateBy or swap start and end"
                                                                     : "use a positive updateBy or swap start and end"));
        break;
    case Loop::Kind::ForEachDelimited: {
        static const std::vector<std::string> allowed = {".", ",", ";", ":", "\n", "\t", " ", "-", "_"};
        if (std::find(allowed.begin(), allowed.end(), loop.delimiter) == allowed.end())
            c.error(loop.delimiterMark.valid() ? loop.delimiterMark : loop.forMark, "bad-delimiter",
                    where + ": the forEach delimiter " + quoteText(printable(loop.delimiter)) +
                        " is not allowed; use exactly one of  . , ; : - _  a space, '\\n' or '\\t'");
        break;
    }
    case Loop::Kind::ForEachList:
        break;
    }
}

void checkStepSettings(Checker &c, const Step &step)
{
    const std::string where = stepLabel(step);
    if (step.timeoutSet && (step.timeoutSeconds == 0 || step.timeoutSeconds < -1))
        c.error(step.timeoutMark, "bad-timeout",
                where + ": timeoutSeconds " + std::to_string(step.timeoutSeconds) +
                    " is not allowed; give a positive number of seconds, or -1 for no time limit");
    if (step.maxAttemptsSet && step.maxAttempts < 1)
        c.error(step.maxAttemptsMark, "bad-max-attempts",
                where + ": maxAttempts " + std::to_string(step.maxAttempts) +
                    " is not allowed; it counts attempts, so use 1 (no retry) or more");
    if (step.action == "ExecuteDocument") {
        if (step.timeoutSet && step.timeoutSeconds != -1)
            c.error(step.timeoutMark, "execute-document-timeout",
                    where + ": ExecuteDocument always runs without a time limit; remove timeoutSeconds or set it to -1");
        if (step.maxAttemptsSet && step.maxAttempts != 1)
            c.error(step.maxAttemptsMark, "execute-document-attempts",
                    where + ": ExecuteDocument runs its document once; remove maxAttempts or set it to 1");
    }
    if (step.action == "Reboot" && step.timeoutSet)
        c.warning(step.timeoutMark, "reboot-timeout", where + ": Reboot does not support a timeout; timeoutSeconds is ignored");
    if (step.name.find("{{") != std::string::npos)
        c.error(step.nameMark, "reference-not-allowed", where + ": a step name cannot use a {{ }} reference");
}

void checkSteps(Checker &c)
{
    for (std::size_t pi = 0; pi < c.doc.phases.size(); ++pi) {
        const Phase &phase = c.doc.phases[pi];
        std::unordered_map<std::string, Mark> names;
        std::unordered_map<std::string, Mark> loopNames;
        for (std::size_t si = 0; si < phase.steps.size(); ++si) {
            const Step &step = phase.steps[si];
            if (!step.name.empty()) {
                const auto [it, inserted] = names.emplace(step.name, step.nameMark);
                if (!inserted)
                    c.error(step.nameMark, "duplicate-step-name",
                            "phase " + quoteText(phase.name) + ": duplicate step name " + quoteText(step.name) +
                                " (first used at line " + std::to_string(it->second.line) +
                                "); step names must be unique within a phase: rename this one");
            }
            checkStepSettings(c, step);
            checkInputs(c, step);
            if (step.loop)
                checkLoop(c, step, loopNames);
            if (step.condition)
                checkCondition(c, *step.condition, stepLabel(step) + ": if");
            if (step.assertion)
                checkCondition(c, *step.assertion, stepLabel(step) + ": Assert");
            checkStepReferences(c, pi, si, step);
        }
    }
}

void indexDocument(Checker &c)
{
    for (std::size_t pi = 0; pi < c.doc.phases.size(); ++pi) {
        const Phase &phase = c.doc.phases[pi];
        auto &byName = c.steps[phase.name];
        for (std::size_t si = 0; si < phase.steps.size(); ++si) {
            const Step &s = phase.steps[si];
            byName.emplace(s.name, Checker::StepPosition{pi, si, &s});
            if (s.loop && !s.loop->name.empty())
                c.loops.emplace(s.loop->name, &s);
        }
    }
}

} // namespace

void checkCondition(Checker &c, const Condition &cond, const std::string &where)
{
    if (cond.depth() > kMaxLogicalDepth) {
        c.error(cond.mark, "condition-too-deep",
                where + " nests and/or/not " + std::to_string(cond.depth()) + " levels deep; AWSTOE allows at most " +
                    std::to_string(kMaxLogicalDepth) + ": simplify the expression");
        return;
    }
    const OperatorInfo *op = findOperator(cond.op);
    if (!op) {
        c.error(cond.mark, "unknown-operator",
                where + ": unknown operator " + quoteText(cond.op) + didYouMean(cond.op, operatorNames()) +
                    "; use a comparison such as stringEquals, numberLessThan or fileExists, or and/or/not");
        return;
    }
    if (op->kind == OperatorInfo::Kind::Logical) {
        for (const auto &child : cond.children)
            checkCondition(c, child, where);
        return;
    }
    if (!cond.operand.isScalar())
        c.error(cond.operand.mark, "bad-operand",
                where + ": " + cond.op + " needs a single value (text or number), not " + describe(cond.operand));
    if (op->needsValue && !cond.value)
        c.error(cond.mark, "missing-value",
                where + ": " + cond.op + " compares with a 'value' beside it, e.g. {" + std::string(op->example) + "}");
    if (!op->needsValue && cond.value)
        c.warning(cond.value->mark, "unused-key", where + ": " + cond.op + " takes no 'value'; it is ignored");
    if (cond.value && !cond.value->isScalar())
        c.error(cond.value->mark, "bad-operand", where + ": 'value' must be text or a number, not " + describe(*cond.value));
    if (op->needsPath && !cond.path)
        c.error(cond.mark, "missing-path",
                where + ": " + cond.op + " needs the file in a 'path' beside it, e.g. {" + std::string(op->example) + "}");
    if (!op->needsPath && cond.path)
        c.warning(cond.path->mark, "unused-key", where + ": " + cond.op + " takes no 'path'; it is ignored");
}

} // namespace Detail

Diagnostics validateDocument(const Document &doc)
{
    Diagnostics out;
    Detail::Checker c{doc, out, {}, {}, {}};
    Detail::checkSchemaVersion(c);
    Detail::checkVariables(c);
    Detail::checkPhases(c);
    Detail::indexDocument(c);
    Detail::checkSteps(c);
    return out;
}

ValidationResult validateText(std::string_view text, const std::string &file)
{
    ValidationResult result;
    ParseResult parsed = parseDocument(text, file);
    result.diagnostics = std::move(parsed.diagnostics);
    if (parsed.document) {
        Diagnostics more = validateDocument(*parsed.document);
        result.diagnostics.insert(result.diagnostics.end(), std::make_move_iterator(more.begin()),
                                  std::make_move_iterator(more.end()));
        result.document = std::move(parsed.document);
    }
    sortDiagnostics(result.diagnostics);
    return result;
}

ValidationResult validateFile(const std::string &path)
{
    ValidationResult result;
    const auto fail = [&](const char *code, std::string message) {
        result.diagnostics.push_back(makeDiagnostic(Severity::Error, path, {}, code, std::move(message)));
        return result;
    };
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status))
        return fail("file-not-found", "no such file; check the path");
    if (std::filesystem::is_directory(status))
        return fail("not-a-file", "this is a folder; name a component document (.yml/.yaml) file");
    if (!std::filesystem::is_regular_file(status))
        return fail("not-a-file", "this is not a regular file; name a component document (.yml/.yaml) file");
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > kMaxDocumentBytes)
        return fail("file-too-large", "the file is " + std::to_string(size / (1024 * 1024)) +
                                          " MiB; a component document is far smaller (the limit is " +
                                          std::to_string(kMaxDocumentBytes / (1024 * 1024)) + " MiB)");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return fail("unreadable-file", std::string("cannot read the file: ") + std::strerror(errno));
    std::string text;
    if (!ec)
        text.reserve(size);
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad())
        return fail("unreadable-file", "reading the file failed");
    if (text.size() > kMaxDocumentBytes) // grew while reading, or a special file
        return fail("file-too-large", "the file is larger than " +
                                          std::to_string(kMaxDocumentBytes / (1024 * 1024)) + " MiB");
    return validateText(text, path);
}

} // namespace Kiln::Toe
