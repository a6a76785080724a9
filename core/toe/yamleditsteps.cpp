// New steps and examples built from the action registry (yamledit.h).
#include "yamledit.h"

namespace Kiln::Toe {

namespace {

// A plausible value for an input in an example, by its name and type.
Node sampleValue(const InputField &in)
{
    const std::string name(in.name);
    switch (in.type) {
    case InputType::StringList:
        if (name == "commands")
            return yamlList({yamlText("echo \"Hello from Kiln\"")});
        return yamlList({yamlText(name == "include" || name == "exclude" ? "curl" : "--version")});
    case InputType::Integer: return yamlTyped(in.defaultValue.empty() ? "0" : std::string(in.defaultValue));
    case InputType::Boolean: return yamlTyped(in.defaultValue.empty() ? "true" : std::string(in.defaultValue));
    case InputType::Map: return yamlMap({{"KEY", {}, yamlText("value")}});
    case InputType::NameValueList:
        return yamlList({yamlMap({{"name", {}, yamlText("Name")}, {"value", {}, yamlText("value")}})});
    case InputType::String:
    case InputType::Any: break;
    }
    if (!in.allowedValues.empty())
        return yamlText(std::string(in.defaultValue.empty() ? in.allowedValues.front() : in.defaultValue));
    if (name == "path")
        return yamlText("/tmp/example.txt");
    if (name == "source")
        return yamlText("https://example.com/file.tar.gz");
    if (name == "destination")
        return yamlText("/tmp/");
    if (name == "content")
        return yamlText("Hello from Kiln");
    if (name == "permissions")
        return yamlText("0644");
    if (name == "owner" || name == "group")
        return yamlText("root");
    if (name == "document")
        return yamlText("other-component.yml");
    if (!in.defaultValue.empty())
        return yamlText(std::string(in.defaultValue));
    return yamlText("example");
}

Node emptyValue(const InputField &in)
{
    switch (in.type) {
    case InputType::StringList: return yamlList({yamlText("")});
    case InputType::Map: return yamlMap({});
    case InputType::NameValueList: return yamlList({});
    default: return yamlText("");
    }
}

Node inputsFor(const ActionInfo &action, bool example)
{
    if (action.shape == InputShape::Expression)
        return yamlMap({{"fileExists", {}, yamlText("/etc/os-release")}});
    std::vector<Node::Entry> fields;
    // Inputs that are alternatives of each other ("… (or use `file`).") go into an example once:
    // ExecutePowerShell takes `commands` or `file`, not both.
    bool alternativeShown = false;
    for (const auto &in : action.inputs) {
        const bool alternative = in.description.find("(or use `") != std::string_view::npos;
        if (example && !in.required && alternative && alternativeShown)
            continue;
        if (in.required || example) {
            fields.push_back({std::string(in.name), {}, example ? sampleValue(in) : emptyValue(in)});
            alternativeShown = alternativeShown || alternative;
        }
    }
    Node map = yamlMap(std::move(fields));
    return action.shape == InputShape::List ? yamlList({map}) : map;
}

} // namespace

Node newStepNode(const ActionInfo &action, const std::string &name)
{
    std::vector<Node::Entry> entries = {{"name", {}, yamlText(name)}, {"action", {}, yamlText(std::string(action.name))}};
    Node inputs = inputsFor(action, false);
    const bool empty = (inputs.isMap() && inputs.entries.empty()) ||
                       (inputs.isSequence() && inputs.items.size() == 1 && inputs.items[0].entries.empty());
    if (!(empty && action.inputsOptional))
        entries.push_back({"inputs", {}, std::move(inputs)});
    return yamlMap(std::move(entries));
}

std::string uniqueStepName(const Node *steps, const std::string &base)
{
    const auto taken = [steps](const std::string &name) {
        if (!steps || !steps->isSequence())
            return false;
        for (const auto &s : steps->items)
            if (const Node *n = s.find("name"); n && n->isScalar() && n->scalar == name)
                return true;
        return false;
    };
    if (!taken(base))
        return base;
    for (int i = 2;; ++i)
        if (std::string candidate = base + std::to_string(i); !taken(candidate))
            return candidate;
}

std::string exampleStepYaml(const ActionInfo &action)
{
    std::vector<Node::Entry> entries = {{"name", {}, yamlText("Example" + std::string(action.name))},
                                        {"action", {}, yamlText(std::string(action.name))}};
    if (!action.inputs.empty() || action.shape == InputShape::Expression)
        entries.push_back({"inputs", {}, inputsFor(action, true)});
    YamlStyle style;
    return "- " + emitYaml(yamlMap(std::move(entries)), 2, style) + "\n";
}

} // namespace Kiln::Toe
