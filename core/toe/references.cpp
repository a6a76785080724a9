#include "references.h"

#include <charconv>

namespace Kiln::Toe {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trim(std::string_view s)
{
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

// A name segment of a dotted expression: no spaces, braces, brackets or dots.
bool isSegment(std::string_view s)
{
    if (s.empty())
        return false;
    for (char c : s)
        if (isSpace(c) || c == '{' || c == '}' || c == '[' || c == ']' || c == '.')
            return false;
    return true;
}

std::vector<std::string_view> split(std::string_view s, char sep)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == sep) {
            parts.push_back(s.substr(start, i - start));
            start = i + 1;
        }
    }
    return parts;
}

} // namespace

bool isValidVariableName(std::string_view name)
{
    if (name.size() < 3 || name.size() > 128)
        return false;
    for (char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

Reference parseReference(std::string_view expression)
{
    Reference r;
    const std::string_view e = trim(expression);
    r.expression = std::string(e);
    r.kind = Reference::Kind::Invalid;
    if (e.empty())
        return r;
    const auto parts = split(e, '.');
    if (parts.size() == 1) {
        if (isSegment(parts[0])) {
            r.kind = Reference::Kind::Variable;
            r.name = std::string(parts[0]);
        }
        return r;
    }
    if (parts.size() == 2) {
        if (!isSegment(parts[0]) || (parts[1] != "index" && parts[1] != "value"))
            return r;
        const bool index = parts[1] == "index";
        if (parts[0] == "loop") {
            r.kind = index ? Reference::Kind::LoopIndex : Reference::Kind::LoopValue;
        } else {
            r.kind = index ? Reference::Kind::NamedLoopIndex : Reference::Kind::NamedLoopValue;
            r.name = std::string(parts[0]);
        }
        return r;
    }
    if (parts.size() < 4 || !isSegment(parts[0]) || !isSegment(parts[1]))
        return r;
    // The field is everything after "inputs."/"outputs."/"inputs[i]." (nested outputs keep their dots).
    std::string field;
    for (std::size_t i = 3; i < parts.size(); ++i) {
        if (!isSegment(parts[i]))
            return r;
        field += (i > 3 ? "." : "") + std::string(parts[i]);
    }
    const std::string_view section = parts[2];
    if (section == "outputs") {
        r.kind = Reference::Kind::StepOutput;
    } else if (section == "inputs") {
        r.kind = Reference::Kind::StepInput;
    } else if (section.size() > 8 && section.substr(0, 7) == "inputs[" && section.back() == ']') {
        const std::string_view digits = section.substr(7, section.size() - 8);
        std::size_t index = 0;
        const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), index);
        if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size())
            return r;
        r.kind = Reference::Kind::StepInputIndexed;
        r.index = index;
    } else {
        return r;
    }
    r.phase = std::string(parts[0]);
    r.step = std::string(parts[1]);
    r.field = std::move(field);
    return r;
}

std::vector<Reference> findReferences(std::string_view text)
{
    std::vector<Reference> refs;
    std::size_t at = text.find("{{");
    while (at != std::string_view::npos) {
        const std::size_t close = text.find("}}", at + 2);
        if (close == std::string_view::npos)
            break;
        // "{{ a {{ b }}": the innermost opening before the close is the expression.
        std::size_t open = at;
        for (std::size_t next = text.find("{{", open + 2); next != std::string_view::npos && next < close;
             next = text.find("{{", open + 2))
            open = next;
        Reference r = parseReference(text.substr(open + 2, close - open - 2));
        r.begin = open;
        r.end = close + 2;
        refs.push_back(std::move(r));
        at = text.find("{{", close + 2);
    }
    return refs;
}

std::optional<std::size_t> findUnclosedReference(std::string_view text)
{
    std::size_t last = 0;
    for (const auto &r : findReferences(text))
        last = r.end;
    const std::size_t open = text.find("{{", last);
    if (open == std::string_view::npos)
        return std::nullopt;
    return open;
}

std::string substituteReferences(std::string_view text,
                                 const std::function<std::optional<std::string>(const Reference &)> &resolve)
{
    std::string out;
    out.reserve(text.size());
    std::size_t done = 0;
    for (const auto &r : findReferences(text)) {
        if (auto value = resolve(r)) {
            out.append(text.substr(done, r.begin - done));
            out.append(*value);
            done = r.end;
        }
    }
    out.append(text.substr(done));
    return out;
}

const char *referenceKindName(Reference::Kind kind)
{
    switch (kind) {
    case Reference::Kind::Variable: return "parameter or constant";
    case Reference::Kind::StepInput: return "step input";
    case Reference::Kind::StepInputIndexed: return "step input (list entry)";
    case Reference::Kind::StepOutput: return "step output";
    case Reference::Kind::LoopIndex: return "loop index";
    case Reference::Kind::LoopValue: return "loop value";
    case Reference::Kind::NamedLoopIndex: return "named loop index";
    case Reference::Kind::NamedLoopValue: return "named loop value";
    case Reference::Kind::Invalid: return "invalid reference";
    }
    return "invalid reference";
}

} // namespace Kiln::Toe
