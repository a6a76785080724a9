#pragma once
// The registry of the operators an `if` condition or an Assert step can use (SPEC §6): the
// comparison operators (strings, numbers, files) and the logical ones (and, or, not). The
// validator checks names and operands with it; the editor uses it for completion and help.

#include <string_view>
#include <vector>

namespace Kiln::Toe {

struct OperatorInfo {
    enum class Kind { String, Number, File, Logical };
    std::string_view name;
    Kind kind;
    bool needsValue;   // compares its operand with a sibling `value:`
    bool needsPath;    // file hash operators: the file is a sibling `path:`
    std::string_view summary;
    std::string_view example; // the inside of a YAML flow mapping, e.g. "fileExists: /etc/os-release"
};

const std::vector<OperatorInfo> &conditionOperators();
const OperatorInfo *findOperator(std::string_view name);
std::vector<std::string_view> operatorNames();

// The keys that sit beside an operator in an expression mapping.
inline bool isOperatorSiblingKey(std::string_view key)
{
    return key == "value" || key == "path" || key == "then" || key == "else";
}

// Maximum nesting of and/or/not (SPEC §6: validation fails beyond 4 levels).
inline constexpr int kMaxLogicalDepth = 4;

} // namespace Kiln::Toe
