// Completion from indentation: each line is read as "[- ]key: value", the keys above the cursor
// with less indentation form the path from the root, and the schema (SPEC.md, actions.h,
// operators.h) says what fits there.
#include "completion.h"

#include "actions.h"
#include "operators.h"

#include <algorithm>
#include <cctype>

namespace Kiln::Toe {

namespace {

struct LineInfo {
    bool blank = true;   // empty or a comment only
    int keyColumn = 0;   // where the content starts after indentation and "- " markers
    bool dash = false;   // the line starts a list item
    bool hasKey = false;
    std::string key;
    std::string value;   // after "key:", trimmed, without a trailing comment
};

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

// The position of the ':' that ends a key at the start of `content`, or npos.
std::size_t keyColon(std::string_view content)
{
    std::size_t i = 0;
    if (!content.empty() && (content[0] == '"' || content[0] == '\'')) {
        const char q = content[0];
        i = content.find(q, 1);
        if (i == std::string_view::npos)
            return i;
        ++i;
    } else if (!content.empty() && std::string_view("{[|>#&*!%@`").find(content[0]) != std::string_view::npos) {
        return std::string_view::npos;
    }
    for (; i < content.size(); ++i) {
        if (content[i] == '#' && i > 0 && content[i - 1] == ' ')
            return std::string_view::npos;
        if (content[i] == ':' && (i + 1 == content.size() || content[i + 1] == ' ' || content[i + 1] == '\t'))
            return i;
    }
    return std::string_view::npos;
}

std::string unquote(std::string_view key)
{
    if (key.size() >= 2 && (key.front() == '"' || key.front() == '\'') && key.back() == key.front())
        return std::string(key.substr(1, key.size() - 2));
    return std::string(key);
}

LineInfo analyse(std::string_view line)
{
    LineInfo info;
    std::size_t i = 0;
    while (i < line.size() && line[i] == ' ')
        ++i;
    while (i < line.size() && line[i] == '-' && (i + 1 == line.size() || line[i + 1] == ' ')) {
        info.dash = true;
        ++i;
        while (i < line.size() && line[i] == ' ')
            ++i;
    }
    info.keyColumn = static_cast<int>(i);
    const std::string_view content = trim(line.substr(i));
    if (content.empty() || content.front() == '#') {
        info.blank = !info.dash;
        return info;
    }
    info.blank = false;
    const std::size_t colon = keyColon(content);
    if (colon == std::string_view::npos) {
        info.value = std::string(content);
        return info;
    }
    info.hasKey = true;
    info.key = unquote(trim(content.substr(0, colon)));
    std::string_view value = content.substr(colon + 1);
    if (const std::size_t hash = value.find(" #"); hash != std::string_view::npos)
        value = value.substr(0, hash);
    if (!value.empty() && value.front() == '#')
        value = {};
    info.value = std::string(trim(value));
    return info;
}

struct Chain {
    std::vector<std::string> path;
    std::vector<std::size_t> lines; // the line of each path key
    bool inScalar = false;          // the cursor is inside a scalar value (a `|` block, a text list)
};

Chain buildChain(const std::vector<std::string_view> &lines, std::size_t line, int level)
{
    Chain c;
    for (std::size_t i = line; i-- > 0 && level > 0;) {
        const LineInfo l = analyse(lines[i]);
        if (l.blank || l.keyColumn >= level)
            continue;
        level = l.keyColumn;
        if (!l.hasKey || !l.value.empty()) {
            // A line without "key:" above the cursor (an item of a text list), or a key with an
            // inline value whose text continues below (`key: |`): the cursor is inside a value.
            c.inScalar = true;
            if (!l.hasKey)
                continue;
        }
        c.path.insert(c.path.begin(), l.key);
        c.lines.insert(c.lines.begin(), i);
    }
    return c;
}

// Keys of the mapping at `level` that holds line `at` (which is included when it has a key).
std::vector<std::pair<std::string, std::string>> mappingKeys(const std::vector<std::string_view> &lines, std::size_t at,
                                                             int level, bool includeAt)
{
    std::vector<std::pair<std::string, std::string>> keys;
    const LineInfo self = analyse(lines[at]);
    if (includeAt && self.hasKey && self.keyColumn == level)
        keys.emplace_back(self.key, self.value);
    if (!(self.dash && self.keyColumn == level)) {
        for (std::size_t i = at; i-- > 0;) {
            const LineInfo l = analyse(lines[i]);
            if (l.blank || l.keyColumn > level)
                continue;
            if (l.keyColumn < level)
                break;
            if (l.hasKey)
                keys.emplace_back(l.key, l.value);
            if (l.dash)
                break;
        }
    }
    for (std::size_t i = at + 1; i < lines.size(); ++i) {
        const LineInfo l = analyse(lines[i]);
        if (l.blank || l.keyColumn > level)
            continue;
        if (l.keyColumn < level || l.dash)
            break;
        if (l.hasKey)
            keys.emplace_back(l.key, l.value);
    }
    return keys;
}

std::string valueOf(const std::vector<std::pair<std::string, std::string>> &keys, std::string_view key)
{
    for (const auto &[k, v] : keys)
        if (k == key)
            return unquote(v);
    return {};
}

bool startsWithNoCase(std::string_view text, std::string_view prefix)
{
    if (prefix.size() > text.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[i])) != std::tolower(static_cast<unsigned char>(prefix[i])))
            return false;
    return true;
}

using Kind = CompletionItem::Kind;

void add(std::vector<CompletionItem> &out, std::string text, std::string detail, Kind kind)
{
    out.push_back({std::move(text), std::move(detail), kind});
}

void addOperators(std::vector<CompletionItem> &out, bool withSiblings)
{
    for (const auto &op : conditionOperators())
        add(out, std::string(op.name), std::string(op.summary), op.kind == OperatorInfo::Kind::Logical ? Kind::BlockKey : Kind::Operator);
    if (withSiblings) {
        add(out, "value", "the value compared with the operator's operand", Kind::Key);
        add(out, "path", "the file whose hash a file*Equals operator checks", Kind::Key);
        add(out, "then", "what to do when the condition holds: Execute, Skip or Abort", Kind::Key);
        add(out, "else", "what to do when it does not: Execute, Skip or Abort", Kind::Key);
    }
}

bool isLogical(const std::string &k) { return k == "and" || k == "or" || k == "not"; }

void keyCandidates(const CompletionContext &c, std::vector<CompletionItem> &out)
{
    const auto &p = c.path;
    if (p.empty()) {
        add(out, "name", "the component's name", Kind::Key);
        add(out, "description", "what the component does", Kind::Key);
        add(out, "schemaVersion", "always 1.0", Kind::Key);
        add(out, "parameters", "values a recipe or test run passes in ({{ Name }})", Kind::BlockKey);
        add(out, "constants", "fixed values used as {{ Name }}", Kind::BlockKey);
        add(out, "phases", "build, validate and test, each a list of steps", Kind::BlockKey);
        return;
    }
    if (p.size() == 2 && (p[0] == "parameters" || p[0] == "constants")) {
        add(out, "type", "always string", Kind::Key);
        if (p[0] == "parameters") {
            add(out, "default", "the value when none is given (none: the value is required)", Kind::Key);
            add(out, "description", "what the parameter is for", Kind::Key);
            add(out, "allowedValues", "the values accepted", Kind::BlockKey);
        } else {
            add(out, "value", "the constant's value", Kind::Key);
        }
        return;
    }
    if (p[0] != "phases")
        return;
    if (p.size() == 1) {
        add(out, "name", "build, validate or test", Kind::Key);
        add(out, "steps", "the steps of this phase, run in order", Kind::BlockKey);
        return;
    }
    if (p[1] != "steps")
        return;
    if (p.size() == 2) {
        add(out, "name", "unique in the phase; used in {{ phase.step.outputs.x }}", Kind::Key);
        add(out, "action", "the action module, e.g. ExecuteBash", Kind::Key);
        add(out, "inputs", "the action module's inputs", Kind::BlockKey);
        add(out, "onFailure", "Abort (default), Continue or Ignore", Kind::Key);
        add(out, "maxAttempts", "attempts before the step fails (default 1)", Kind::Key);
        add(out, "timeoutSeconds", "time limit of one attempt (default 7200, -1 none)", Kind::Key);
        add(out, "loop", "repeat the step: for, forEach", Kind::BlockKey);
        add(out, "if", "run the step only when a condition holds", Kind::BlockKey);
        return;
    }
    const std::string &field = p[2];
    if (field == "loop") {
        if (p.size() == 3) {
            add(out, "name", "a name to refer to the loop ({{ name.index }})", Kind::Key);
            add(out, "for", "start, end and updateBy (whole numbers)", Kind::BlockKey);
            add(out, "forEach", "a list of values, or list + delimiter", Kind::BlockKey);
        } else if (p.size() == 4 && p[3] == "for") {
            add(out, "start", "first value", Kind::Key);
            add(out, "end", "last value (inclusive)", Kind::Key);
            add(out, "updateBy", "step between values (not 0)", Kind::Key);
        } else if (p.size() == 4 && p[3] == "forEach") {
            add(out, "list", "the values, in one text", Kind::Key);
            add(out, "delimiter", "the character between values (default ,)", Kind::Key);
        }
        return;
    }
    const bool conditionTail = std::all_of(p.begin() + 3, p.end(), isLogical);
    if (field == "if" && conditionTail) {
        addOperators(out, true);
        return;
    }
    if (field != "inputs")
        return;
    const ActionInfo *action = findAction(c.stepAction);
    if (!action)
        return;
    if (action->shape == InputShape::Expression) {
        if (conditionTail)
            addOperators(out, true);
        return;
    }
    if (p.size() == 3) {
        for (const auto &in : action->inputs) {
            std::string detail = std::string(inputTypeName(in.type)) + (in.required ? ", required" : "") + ": " +
                                 std::string(in.description);
            const bool block = in.type == InputType::StringList || in.type == InputType::Map || in.type == InputType::NameValueList;
            add(out, std::string(in.name), detail, block ? Kind::BlockKey : Kind::Key);
        }
    } else if (p.size() == 4 && action->name == "ExecuteDocument" && p[3] == "parameters") {
        add(out, "name", "the parameter of the called document", Kind::Key);
        add(out, "value", "its value", Kind::Key);
    }
}

void valueCandidates(const CompletionContext &c, std::vector<CompletionItem> &out)
{
    const auto &p = c.path;
    const std::string &k = c.key;
    if (p.empty()) {
        if (k == "schemaVersion")
            add(out, "1.0", "the only schema version", Kind::Value);
        return;
    }
    if (p.size() == 2 && p[0] == "parameters" && k == "type")
        add(out, "string", "the only parameter type", Kind::Value);
    if (p[0] != "phases")
        return;
    if (p.size() == 1 && k == "name") {
        add(out, "build", "runs first, on the build VM", Kind::Value);
        add(out, "validate", "runs after build, on the build VM", Kind::Value);
        add(out, "test", "runs on a fresh VM from the new image", Kind::Value);
        add(out, "container-host-test", "container recipes' test phase", Kind::Value);
        return;
    }
    if (p.size() < 2 || p[1] != "steps")
        return;
    if (p.size() == 2) {
        if (k == "action") {
            for (const auto &a : actionModules())
                add(out, std::string(a.name), std::string(a.summary), Kind::Action);
        } else if (k == "onFailure") {
            add(out, "Abort", "stop the document: it fails (default)", Kind::Value);
            add(out, "Continue", "run the remaining steps; the document still fails", Kind::Value);
            add(out, "Ignore", "run the remaining steps; the failure is ignored", Kind::Value);
        } else if (k == "timeoutSeconds") {
            add(out, "-1", "no time limit", Kind::Value);
            add(out, "7200", "the default: two hours", Kind::Value);
        }
        return;
    }
    if (k == "then" || k == "else") {
        add(out, "Execute", "run the step", Kind::Value);
        add(out, "Skip", "skip the step (counts as success)", Kind::Value);
        add(out, "Abort", "fail the step", Kind::Value);
        return;
    }
    if (p.size() == 3 && p[2] == "inputs") {
        const ActionInfo *action = findAction(c.stepAction);
        const InputField *field = action ? action->input(k) : nullptr;
        if (!field)
            return;
        for (std::string_view v : field->allowedValues)
            add(out, std::string(v), std::string(field->description), Kind::Value);
        if (field->type == InputType::Boolean && field->allowedValues.empty()) {
            add(out, "true", std::string(field->description), Kind::Value);
            add(out, "false", std::string(field->description), Kind::Value);
        }
    }
}

void referenceCandidates(const Document *doc, std::vector<CompletionItem> &out)
{
    add(out, "loop.index", "the current iteration, from 0", Kind::Reference);
    add(out, "loop.value", "the current value of a forEach loop", Kind::Reference);
    if (!doc)
        return;
    for (const auto &param : doc->parameters)
        add(out, param.name, "parameter" + (param.description.empty() ? std::string() : ": " + param.description), Kind::Reference);
    for (const auto &constant : doc->constants)
        add(out, constant.name, "constant: " + constant.value, Kind::Reference);
    for (const auto &phase : doc->phases)
        for (const auto &step : phase.steps)
            if (const ActionInfo *a = findAction(step.action))
                for (const auto &o : a->outputs)
                    add(out, phase.name + "." + step.name + ".outputs." + std::string(o.name), std::string(o.description),
                        Kind::Reference);
}

} // namespace

CompletionContext completionContext(const std::vector<std::string_view> &lines, std::size_t line, std::size_t column)
{
    CompletionContext c;
    if (line >= lines.size())
        return c;
    const std::string_view full = lines[line];
    const std::string_view before = full.substr(0, std::min(column, full.size()));
    const LineInfo self = analyse(before);
    const int level = self.keyColumn;
    const Chain chain = buildChain(lines, line, level);
    c.path = chain.path;

    // The step around the cursor: its mapping is one level below the `steps` key.
    const auto siblings = mappingKeys(lines, line, level, false);
    const bool inStep = chain.path.size() >= 2 && chain.path[0] == "phases" && chain.path[1] == "steps";
    if (inStep && chain.path.size() >= 3) {
        const std::size_t at = chain.lines[2];
        c.stepAction = valueOf(mappingKeys(lines, at, analyse(lines[at]).keyColumn, true), "action");
    } else if (inStep) {
        const LineInfo whole = analyse(full);
        c.stepAction = whole.hasKey && whole.key == "action" && whole.keyColumn == level ? unquote(whole.value)
                                                                                          : valueOf(siblings, "action");
    }
    for (const auto &[k, v] : siblings)
        c.siblingKeys.push_back(k);

    if (chain.inScalar)
        return c;
    const std::string_view content = before.substr(std::min(before.size(), static_cast<std::size_t>(level)));
    if (!content.empty() && content.front() == '#')
        return c;
    // Inside an unclosed {{ … }}: a reference.
    if (const std::size_t open = before.rfind("{{"); open != std::string_view::npos && before.find("}}", open) == std::string_view::npos) {
        std::size_t start = open + 2;
        while (start < before.size() && before[start] == ' ')
            ++start;
        c.position = CompletionContext::Position::Reference;
        c.prefix = std::string(before.substr(start));
        c.prefixColumn = start;
        return c;
    }
    const std::size_t colon = keyColon(content);
    if (colon != std::string_view::npos) {
        std::size_t start = level + colon + 1;
        while (start < before.size() && (before[start] == ' ' || before[start] == '\'' || before[start] == '"'))
            ++start;
        if (start > before.size() || before.substr(level + colon + 1).find(" #") != std::string_view::npos)
            return c;
        c.position = CompletionContext::Position::Value;
        c.key = unquote(trim(content.substr(0, colon)));
        c.prefix = std::string(before.substr(std::min(start, before.size())));
        c.prefixColumn = std::min(start, before.size());
        return c;
    }
    for (char ch : content)
        if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '_' || ch == '-' || ch == '.'))
            return c;
    c.position = CompletionContext::Position::Key;
    c.prefix = std::string(content);
    c.prefixColumn = static_cast<std::size_t>(level);
    return c;
}

std::vector<CompletionItem> completions(const CompletionContext &context, const Document *document)
{
    std::vector<CompletionItem> all;
    switch (context.position) {
    case CompletionContext::Position::None: return all;
    case CompletionContext::Position::Key: keyCandidates(context, all); break;
    case CompletionContext::Position::Value: valueCandidates(context, all); break;
    case CompletionContext::Position::Reference: referenceCandidates(document, all); break;
    }
    std::vector<CompletionItem> out;
    for (auto &item : all) {
        if (!startsWithNoCase(item.text, context.prefix))
            continue;
        const bool isKey = item.kind == Kind::Key || item.kind == Kind::BlockKey || item.kind == Kind::Operator;
        if (isKey && std::find(context.siblingKeys.begin(), context.siblingKeys.end(), item.text) != context.siblingKeys.end())
            continue;
        if (item.text == context.prefix && context.position != CompletionContext::Position::Key)
            continue; // already typed in full
        out.push_back(std::move(item));
    }
    std::stable_sort(out.begin(), out.end(), [](const CompletionItem &a, const CompletionItem &b) {
        return std::lexicographical_compare(a.text.begin(), a.text.end(), b.text.begin(), b.text.end(), [](char x, char y) {
            return std::tolower(static_cast<unsigned char>(x)) < std::tolower(static_cast<unsigned char>(y));
        });
    });
    return out;
}

std::string actionAt(const std::vector<std::string_view> &lines, std::size_t line)
{
    if (line >= lines.size())
        return {};
    // A blank line belongs to the step above it when the text around it is deeper than `steps`.
    std::size_t at = line;
    while (at > 0 && analyse(lines[at]).blank)
        --at;
    return completionContext(lines, at, lines[at].size()).stepAction;
}

} // namespace Kiln::Toe
