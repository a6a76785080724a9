#include "condition.h"

#include "digest.h"
#include "fileutil.h"
#include "process.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <regex>

namespace Kiln::Toe {

namespace {

Error conditionError(const Condition &c, const std::string &what)
{
    return Error{"condition '" + c.op + "': " + what, Location{{}, c.mark}};
}

Result<std::string> scalarOf(const Condition &c, const Node &node, const VariableScope &scope, const char *what)
{
    if (!node.isScalar() && !node.isNull())
        return unexpected(conditionError(c, std::string(what) + " must be a single value, not a "
                                                + (node.isMap() ? "mapping" : "list")));
    auto s = scope.substitute(node.scalar);
    if (!s)
        return unexpected(conditionError(c, s.error().message));
    return *s;
}

std::string folded(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    return s;
}

bool numeric(const std::string &s, long double &out)
{
    static const std::regex number(R"(^[-+]?([0-9]+[.])?[0-9]+$)");
    if (!std::regex_match(s, number))
        return false;
    out = std::strtold(s.c_str(), nullptr);
    return true;
}

const Condition *actionHolder(const Condition &c)
{
    const Condition *node = &c;
    while (node->thenAction.empty() && node->elseAction.empty() && node->children.size() == 1)
        node = &node->children.front();
    return node;
}

} // namespace

Result<bool> evaluateCondition(const Condition &c, const VariableScope &scope, const ExecutorConfig &config)
{
    if (c.op == "and" || c.op == "or") {
        if (c.children.empty())
            return unexpected(conditionError(c, "needs a list of expressions"));
        for (const auto &child : c.children) {
            auto v = evaluateCondition(child, scope, config);
            if (!v)
                return v;
            if (c.op == "and" && !*v)
                return false;
            if (c.op == "or" && *v)
                return true;
        }
        return c.op == "and";
    }
    if (c.op == "not") {
        if (c.children.size() != 1)
            return unexpected(conditionError(c, "needs exactly one expression"));
        auto v = evaluateCondition(c.children.front(), scope, config);
        if (!v)
            return v;
        return !*v;
    }

    auto operand = scalarOf(c, c.operand, scope, "its operand");
    if (!operand)
        return unexpected(operand.error());
    auto value = [&]() -> Result<std::string> {
        if (!c.value)
            return unexpected(conditionError(c, "needs a 'value' to compare with"));
        return scalarOf(c, *c.value, scope, "'value'");
    };

    const std::string &op = c.op;
    if (op == "stringIsEmpty")
        return operand->empty();
    if (op == "stringIsWhitespace")
        return !operand->empty()
               && std::all_of(operand->begin(), operand->end(), [](unsigned char ch) { return std::isspace(ch) != 0; });
    if (op.rfind("string", 0) == 0) {
        auto v = value();
        if (!v)
            return unexpected(v.error());
        // String comparisons are not case-sensitive and do not trim (comparison-operators doc).
        const std::string ref = folded(*operand), tested = folded(*v);
        if (op == "stringEquals") return tested == ref;
        if (op == "stringLessThan") return tested < ref;
        if (op == "stringLessThanEquals") return tested <= ref;
        if (op == "stringGreaterThan") return tested > ref;
        if (op == "stringGreaterThanEquals") return tested >= ref;
    }
    if (op == "patternMatches") {
        auto v = value();
        if (!v)
            return unexpected(v.error());
        try {
            const std::regex re(*operand, std::regex::ECMAScript);
            return std::regex_search(*v, re);
        } catch (const std::regex_error &e) {
            return unexpected(conditionError(c, "'" + *operand + "' is not a valid regular expression (" + e.what() + ")"));
        }
    }
    if (op.rfind("number", 0) == 0) {
        auto v = value();
        if (!v)
            return unexpected(v.error());
        long double ref = 0, tested = 0;
        if (!numeric(*operand, ref) || !numeric(*v, tested))
            return false; // non-numeric → false (SPEC §6)
        if (op == "numberEquals") return tested == ref;
        if (op == "numberLessThan") return tested < ref;
        if (op == "numberLessThanEquals") return tested <= ref;
        if (op == "numberGreaterThan") return tested > ref;
        if (op == "numberGreaterThanEquals") return tested >= ref;
    }
    if (op == "binaryExists")
        return !findExecutable(*operand, config.searchPath).empty();
    if (op == "fileExists")
        return entryKind(absolutePath(*operand, config)) == EntryKind::File;
    if (op == "folderExists")
        return entryKind(absolutePath(*operand, config)) == EntryKind::Folder;
    for (const auto &[name, algorithm] : {std::pair{"fileMD5Equals", DigestAlgorithm::Md5},
                                          std::pair{"fileSHA1Equals", DigestAlgorithm::Sha1},
                                          std::pair{"fileSHA256Equals", DigestAlgorithm::Sha256},
                                          std::pair{"fileSHA512Equals", DigestAlgorithm::Sha512}}) {
        if (op != name)
            continue;
        if (!c.path)
            return unexpected(conditionError(c, "needs a 'path' to the file to hash"));
        auto path = scalarOf(c, *c.path, scope, "'path'");
        if (!path)
            return unexpected(path.error());
        const std::string file = absolutePath(*path, config);
        if (entryKind(file) != EntryKind::File)
            return false;
        auto digest = fileDigest(file, algorithm);
        if (!digest)
            return unexpected(conditionError(c, digest.error().message));
        return sameDigest(*digest, *operand);
    }
    return unexpected(conditionError(c, "unknown operator"));
}

ConditionAction conditionAction(const Condition &condition, bool value)
{
    const Condition *holder = actionHolder(condition);
    const std::string &chosen = value ? holder->thenAction : holder->elseAction;
    if (chosen == "Skip")
        return ConditionAction::Skip;
    if (chosen == "Abort")
        return ConditionAction::Abort;
    if (chosen == "Execute")
        return ConditionAction::Execute;
    return value ? ConditionAction::Execute : ConditionAction::Skip;
}

const char *conditionActionName(ConditionAction a)
{
    switch (a) {
    case ConditionAction::Execute: return "Execute";
    case ConditionAction::Skip: return "Skip";
    case ConditionAction::Abort: return "Abort";
    }
    return "Execute";
}

} // namespace Kiln::Toe
