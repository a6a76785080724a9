#pragma once
// The registry of AWSTOE's 30 action modules (SPEC §7): for each, the shape of its `inputs`
// (one mapping, or a list of operation mappings), the input fields with their types, defaults and
// descriptions, its outputs, and the platforms it runs on. The validator checks steps with it;
// the executor reads defaults from it; the editor uses it for completion and the help panel.

#include <string>
#include <string_view>
#include <vector>

namespace Kiln::Toe {

enum class InputShape {
    Map,        // inputs: {field: value, …}
    List,       // inputs: [{field: value, …}, …] — one operation per entry, reachable as inputs[i]
    Expression, // Assert: inputs is a condition expression (operators.h)
};

enum class InputType {
    String,     // text (numbers and booleans written in YAML are read as their text too)
    StringList, // a list of texts
    Integer,    // a whole number
    Boolean,    // true / false
    Map,        // a mapping of names to texts (InstallMSI properties)
    NameValueList, // a list of {name, value} mappings (ExecuteDocument parameters)
    Any,        // text, number or list (SetRegistry value)
};

enum Platform : unsigned {
    PlatformLinux = 1u << 0,
    PlatformWindows = 1u << 1,
    PlatformMacOS = 1u << 2,
    PlatformAll = PlatformLinux | PlatformWindows | PlatformMacOS,
};

struct InputField {
    std::string_view name;
    InputType type = InputType::String;
    bool required = false;
    std::string_view description;
    std::string_view defaultValue;                // "" = no default (documented as such)
    std::vector<std::string_view> allowedValues;  // empty = any value
    bool caseInsensitive = false;                 // allowedValues compare ignoring case
};

struct ActionOutput {
    std::string_view name;
    std::string_view description;
};

struct ActionInfo {
    std::string_view name;
    InputShape shape = InputShape::Map;
    bool inputsOptional = false;   // Reboot and UpdateOS may leave `inputs` out
    unsigned platforms = PlatformAll;
    std::string_view summary;      // one line, for completion lists
    std::string_view details;      // a few sentences for the help panel
    std::vector<InputField> inputs;
    std::vector<ActionOutput> outputs;

    bool runsOn(Platform p) const { return (platforms & p) != 0; }
    const InputField *input(std::string_view field) const;
    const ActionOutput *output(std::string_view field) const;
    std::vector<std::string_view> inputNames() const;
    std::vector<std::string_view> outputNames() const;
};

// All 30 modules, in alphabetical order.
const std::vector<ActionInfo> &actionModules();
const ActionInfo *findAction(std::string_view name); // exact, case-sensitive (as AWSTOE)
std::vector<std::string_view> actionNames();
std::string platformNames(unsigned platforms);       // "Linux, Windows and macOS"
const char *inputTypeName(InputType type);           // "text", "list of texts", …

} // namespace Kiln::Toe
