#include "operators.h"

namespace Kiln::Toe {

const std::vector<OperatorInfo> &conditionOperators()
{
    using K = OperatorInfo::Kind;
    static const std::vector<OperatorInfo> ops = {
        {"stringIsEmpty", K::String, false, false, "True when the text has no characters at all.",
         "stringIsEmpty: '{{ build.Check.outputs.stdout }}'"},
        {"stringIsWhitespace", K::String, false, false,
         "True when the text is empty or holds only spaces, tabs and line breaks.",
         "stringIsWhitespace: '{{ build.Check.outputs.stdout }}'"},
        {"stringEquals", K::String, true, false, "True when `value` is the same text as the operand.",
         "stringEquals: 'yes', value: '{{ Enabled }}'"},
        {"stringLessThan", K::String, true, false, "True when `value` sorts before the operand.",
         "stringLessThan: 'm', value: '{{ Name }}'"},
        {"stringLessThanEquals", K::String, true, false,
         "True when `value` sorts before the operand or equals it.", "stringLessThanEquals: 'm', value: '{{ Name }}'"},
        {"stringGreaterThan", K::String, true, false, "True when `value` sorts after the operand.",
         "stringGreaterThan: 'm', value: '{{ Name }}'"},
        {"stringGreaterThanEquals", K::String, true, false,
         "True when `value` sorts after the operand or equals it.", "stringGreaterThanEquals: 'm', value: '{{ Name }}'"},
        {"patternMatches", K::String, true, false,
         "True when `value` matches the operand, a regular expression (RE2 syntax).",
         "patternMatches: '^s3://', value: '{{ Source }}'"},
        {"numberEquals", K::Number, true, false,
         "True when `value` is numerically equal to the operand (non-numbers make it false).",
         "numberEquals: 2, value: '{{ build.Count.outputs.stdout }}'"},
        {"numberLessThan", K::Number, true, false, "True when `value` is less than the operand.",
         "numberLessThan: 2, value: 1"},
        {"numberLessThanEquals", K::Number, true, false, "True when `value` is less than or equal to the operand.",
         "numberLessThanEquals: 2, value: 2"},
        {"numberGreaterThan", K::Number, true, false, "True when `value` is greater than the operand.",
         "numberGreaterThan: 1, value: 2"},
        {"numberGreaterThanEquals", K::Number, true, false,
         "True when `value` is greater than or equal to the operand.", "numberGreaterThanEquals: 1, value: 1"},
        {"binaryExists", K::File, false, false, "True when the program can be found on the PATH (like `type tar`).",
         "binaryExists: tar"},
        {"fileExists", K::File, false, false, "True when the file exists.", "fileExists: /etc/os-release"},
        {"folderExists", K::File, false, false, "True when the folder exists.", "folderExists: /opt/app"},
        {"fileMD5Equals", K::File, false, true, "True when the MD5 hash of the file at `path` is the operand.",
         "fileMD5Equals: 'd41d8cd98f00b204e9800998ecf8427e', path: /tmp/a"},
        {"fileSHA1Equals", K::File, false, true, "True when the SHA-1 hash of the file at `path` is the operand.",
         "fileSHA1Equals: '<sha1>', path: /tmp/a"},
        {"fileSHA256Equals", K::File, false, true,
         "True when the SHA-256 hash of the file at `path` is the operand.", "fileSHA256Equals: '<sha256>', path: /tmp/a"},
        {"fileSHA512Equals", K::File, false, true,
         "True when the SHA-512 hash of the file at `path` is the operand.", "fileSHA512Equals: '<sha512>', path: /tmp/a"},
        {"and", K::Logical, false, false,
         "True when every expression of the list is true; stops at the first false one.",
         "and: [{fileExists: /a}, {fileExists: /b}]"},
        {"or", K::Logical, false, false,
         "True when any expression of the list is true; stops at the first true one.",
         "or: [{binaryExists: apt-get}, {binaryExists: dnf}]"},
        {"not", K::Logical, false, false, "Negates one expression.", "not: {fileExists: /etc/done}"},
    };
    return ops;
}

const OperatorInfo *findOperator(std::string_view name)
{
    for (const auto &op : conditionOperators())
        if (op.name == name)
            return &op;
    return nullptr;
}

std::vector<std::string_view> operatorNames()
{
    std::vector<std::string_view> names;
    for (const auto &op : conditionOperators())
        names.push_back(op.name);
    return names;
}

} // namespace Kiln::Toe
