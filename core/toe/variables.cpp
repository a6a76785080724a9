#include "variables.h"

#include "runreport.h"

#include <cctype>

namespace Kiln::Toe {

namespace {

std::string_view trim(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

std::string key(const std::string &phase, const std::string &step)
{
    return phase + '\n' + step;
}

// Splits "phase.step.inputs[2].field" into its parts. Returns false when expr is not of that shape.
struct StepReference {
    std::string phase, step, kind, field;
    int index = -1;
};

bool parseStepReference(std::string_view expr, StepReference &ref)
{
    for (const char *kind : {".inputs", ".outputs"}) {
        const std::string_view k(kind);
        size_t pos = expr.rfind(k);
        while (pos != std::string_view::npos) {
            const size_t after = pos + k.size();
            if (after < expr.size() && (expr[after] == '.' || expr[after] == '[')) {
                const std::string_view head = expr.substr(0, pos);
                const size_t dot = head.find('.');
                if (dot == std::string_view::npos || dot == 0 || dot + 1 >= head.size())
                    return false;
                ref.phase = std::string(head.substr(0, dot));
                ref.step = std::string(head.substr(dot + 1));
                ref.kind = std::string(k.substr(1));
                std::string_view rest = expr.substr(after);
                if (rest.front() == '[') {
                    const size_t close = rest.find(']');
                    if (close == std::string_view::npos)
                        return false;
                    const std::string_view number = rest.substr(1, close - 1);
                    if (number.empty() || number.size() > 6)
                        return false;
                    int n = 0;
                    for (char c : number) {
                        if (c < '0' || c > '9')
                            return false;
                        n = n * 10 + (c - '0');
                    }
                    ref.index = n;
                    rest = rest.substr(close + 1);
                }
                if (rest.size() < 2 || rest.front() != '.')
                    return false;
                ref.field = std::string(rest.substr(1));
                return true;
            }
            if (pos == 0)
                break;
            pos = expr.rfind(k, pos - 1);
        }
    }
    return false;
}

} // namespace

void VariableScope::setStep(const std::string &phase, const std::string &step, StepValues values)
{
    m_steps[key(phase, step)] = std::move(values);
}

const VariableScope::StepValues *VariableScope::step(const std::string &phase, const std::string &step) const
{
    const auto it = m_steps.find(key(phase, step));
    return it == m_steps.end() ? nullptr : &it->second;
}

std::optional<std::string> VariableScope::lookup(std::string_view expr, std::string &error) const
{
    if (const auto it = m_values.find(std::string(expr)); it != m_values.end())
        return it->second;

    if (m_loop) {
        const size_t dot = expr.find('.');
        if (dot != std::string_view::npos) {
            const std::string_view name = expr.substr(0, dot);
            const std::string_view field = expr.substr(dot + 1);
            if (name == "loop" || (!m_loop->name.empty() && name == m_loop->name)) {
                if (field == "index")
                    return std::to_string(m_loop->index);
                if (field == "value")
                    return m_loop->value;
            }
        }
    }

    StepReference ref;
    if (!parseStepReference(expr, ref))
        return std::nullopt; // not a reference we know: leave it literal
    const StepValues *values = step(ref.phase, ref.step);
    if (!values) {
        error = "'{{ " + std::string(expr) + " }}' refers to step '" + ref.phase + "." + ref.step
                + "', which has not run in this execution (check the phase and step names, and that the phase is selected)";
        return std::nullopt;
    }
    if (ref.kind == "outputs") {
        if (auto v = outputValue(values->outputs, ref.field, ref.index))
            return v;
        error = "'{{ " + std::string(expr) + " }}': step '" + ref.phase + "." + ref.step + "' has no output '"
                + ref.field + "'" + (ref.index >= 0 ? " at index " + std::to_string(ref.index) : std::string());
        return std::nullopt;
    }
    const size_t index = ref.index < 0 ? 0 : static_cast<size_t>(ref.index);
    const Json *v = values->inputs[index].find(ref.field);
    if (!v) {
        error = "'{{ " + std::string(expr) + " }}': step '" + ref.phase + "." + ref.step + "' has no input '"
                + ref.field + "'" + (ref.index >= 0 ? " at index " + std::to_string(ref.index) : std::string());
        return std::nullopt;
    }
    if (v->isArray()) {
        // a list input (e.g. commands) reads as its lines
        std::string joined;
        for (size_t i = 0; i < v->size(); ++i) {
            if (i)
                joined += '\n';
            joined += (*v)[i].asText();
        }
        return joined;
    }
    return v->asText();
}

Result<std::string> VariableScope::substitute(std::string_view text) const
{
    if (text.find("{{") == std::string_view::npos)
        return std::string(text);
    std::string out;
    out.reserve(text.size());
    size_t pos = 0;
    while (pos < text.size()) {
        const size_t open = text.find("{{", pos);
        if (open == std::string_view::npos) {
            out.append(text.substr(pos));
            break;
        }
        const size_t close = text.find("}}", open + 2);
        if (close == std::string_view::npos) {
            out.append(text.substr(pos));
            break;
        }
        out.append(text.substr(pos, open - pos));
        const std::string_view expr = trim(text.substr(open + 2, close - open - 2));
        std::string error;
        if (auto value = lookup(expr, error)) {
            out += *value;
        } else {
            if (!error.empty())
                return unexpected(Error{error, {}});
            out.append(text.substr(open, close + 2 - open));
        }
        pos = close + 2;
    }
    return out;
}

Result<Node> VariableScope::substitute(const Node &node) const
{
    Node out = node;
    switch (node.kind) {
    case Node::Kind::Null:
        break;
    case Node::Kind::Scalar: {
        auto s = substitute(node.scalar);
        if (!s)
            return unexpected(Error{s.error().message, Location{{}, node.mark}});
        out.scalar = std::move(*s);
        break;
    }
    case Node::Kind::Sequence:
        for (auto &item : out.items) {
            auto r = substitute(item);
            if (!r)
                return unexpected(r.error());
            item = std::move(*r);
        }
        break;
    case Node::Kind::Map:
        for (auto &e : out.entries) {
            auto r = substitute(e.value);
            if (!r)
                return unexpected(r.error());
            e.value = std::move(*r);
        }
        break;
    }
    return out;
}

Json nodeToJson(const Node &node)
{
    switch (node.kind) {
    case Node::Kind::Null: return Json();
    case Node::Kind::Scalar: return Json(node.scalar);
    case Node::Kind::Sequence: {
        Json a = Json::array();
        for (const auto &i : node.items)
            a.push_back(nodeToJson(i));
        return a;
    }
    case Node::Kind::Map: {
        Json o = Json::object();
        for (const auto &e : node.entries)
            o[e.key] = nodeToJson(e.value);
        return o;
    }
    }
    return Json();
}

Json inputsToJson(const Node &inputs)
{
    if (inputs.isSequence())
        return nodeToJson(inputs);
    Json a = Json::array();
    if (!inputs.isNull())
        a.push_back(nodeToJson(inputs));
    return a;
}

} // namespace Kiln::Toe
