#pragma once
// Typed access to one entry of a step's inputs, with messages that name the field
// ("inputs[1].path is required"), for the action modules.

#include "diagnostic.h"
#include "model.h"

#include <string>
#include <vector>

namespace Kiln::Toe {

class InputEntry
{
public:
    InputEntry(const Node &node, std::string label) : m_node(node), m_label(std::move(label)) {}

    const Node &node() const { return m_node; }
    const std::string &label() const { return m_label; } // "inputs[1]" or "inputs"
    bool has(const char *key) const;
    Result<std::string> required(const char *key) const;                 // a non-empty string
    Result<std::string> text(const char *key, const std::string &fallback) const;
    Result<bool> boolean(const char *key, bool fallback) const;          // true/false/yes/no, any case
    Result<long long> integer(const char *key, long long fallback) const;
    Result<std::vector<std::string>> stringList(const char *key) const;  // absent: empty list

private:
    Error error(const char *key, const std::string &what) const;
    const Node &m_node;
    std::string m_label;
};

// The entries of a list-style input (each item), or the map itself as a single entry.
// Labels are "inputs[i]" for lists and "inputs" for a map.
std::vector<InputEntry> inputEntries(const Node &inputs);

} // namespace Kiln::Toe

// Early returns for Result-returning helpers in the modules: TRY_ASSIGN(var, expr) declares var
// from a successful Result, TRY(expr) just checks; both return the error otherwise.
#define TRY_ASSIGN(var, expr)                          \
    auto var##_result = (expr);                        \
    if (!var##_result)                                 \
        return ::Kiln::unexpected(var##_result.error()); \
    auto var = std::move(*var##_result)

#define TRY(expr)                                      \
    do {                                               \
        auto try_result_ = (expr);                     \
        if (!try_result_)                              \
            return ::Kiln::unexpected(try_result_.error()); \
    } while (0)

namespace Kiln::Toe {

} // namespace Kiln::Toe
