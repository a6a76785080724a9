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
    // Hand-rolled rather than split into a vector: the validator calls this for every reference
    // of a document, the executor for every one it substitutes.
    Reference r;
    const std::string_view e = trim(expression);
    r.expression = std::string(e);
    r.kind = Reference::Kind::Invalid;
    if (e.empty())
        return r;
    const std::size_t dot1 = e.find('.');
    if (dot1 == std::string_view::npos) {
        if (isSegment(e)) {
            r.kind = Reference::Kind::Variable;
            r.name = std::string(e);
        }
        return r;
    }
    const std::string_view first = e.substr(0, dot1);
    const std::size_t dot2 = e.find('.', dot1 + 1);
    if (dot2 == std::string_view::npos) {
        const std::string_view second = e.substr(dot1 + 1);
        if (!isSegment(first) || (second != "index" && second != "value"))
            return r;
        const bool index = second == "index";
        if (first == "loop") {
            r.kind = index ? Reference::Kind::LoopIndex : Reference::Kind::LoopValue;
        } else {
            r.kind = index ? Reference::Kind::NamedLoopIndex : Reference::Kind::NamedLoopValue;
            r.name = std::string(first);
        }
        return r;
    }
    const std::size_t dot3 = e.find('.', dot2 + 1);
    if (dot3 == std::string_view::npos)
        return r;
    const std::string_view step = e.substr(dot1 + 1, dot2 - dot1 - 1);
    const std::string_view section = e.substr(dot2 + 1, dot3 - dot2 - 1);
    const std::string_view field = e.substr(dot3 + 1);
    if (!isSegment(first) || !isSegment(step) || field.empty())
        return r;
    // The field may go on with dots (nested outputs); each part must still be a plain segment.
    for (std::size_t start = 0; start <= field.size();) {
        const std::size_t dot = std::min(field.find('.', start), field.size());
        if (!isSegment(field.substr(start, dot - start)))
            return r;
        start = dot + 1;
    }
    if (section == "outputs") {
        r.kind = Reference::Kind::StepOutput;
    } else if (section == "inputs") {
        r.kind = Reference::Kind::StepInput;
    } else if (section.size() > 8 && section.substr(0, 7) == "inputs[" && section.back() == ']') {
        const std::string_view digits = section.substr(7, section.size() - 8);
        std::size_t index = 0;
        const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), index);
        if (ec != std::errc() || end != digits.data() + digits.size())
            return r;
        r.kind = Reference::Kind::StepInputIndexed;
        r.index = index;
    } else {
        return r;
    }
    r.phase = std::string(first);
    r.step = std::string(step);
    r.field = std::string(field);
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
