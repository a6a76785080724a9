#include "moduleinputs.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace Kiln::Toe {

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

} // namespace

Error InputEntry::error(const char *key, const std::string &what) const
{
    const Node *v = m_node.find(key);
    return Error{m_label + "." + key + " " + what, Location{{}, v ? v->mark : m_node.mark}};
}

bool InputEntry::has(const char *key) const
{
    const Node *v = m_node.find(key);
    return v && !v->isNull();
}

Result<std::string> InputEntry::required(const char *key) const
{
    if (!m_node.isMap())
        return unexpected(Error{m_label + " must be a mapping with '" + key + "'", Location{{}, m_node.mark}});
    const Node *v = m_node.find(key);
    if (!v || v->isNull())
        return unexpected(error(key, "is required"));
    if (!v->isScalar())
        return unexpected(error(key, "must be a string"));
    if (v->scalar.empty())
        return unexpected(error(key, "must not be empty"));
    return v->scalar;
}

Result<std::string> InputEntry::text(const char *key, const std::string &fallback) const
{
    const Node *v = m_node.find(key);
    if (!v || v->isNull())
        return fallback;
    if (!v->isScalar())
        return unexpected(error(key, "must be a string"));
    return v->scalar;
}

Result<bool> InputEntry::boolean(const char *key, bool fallback) const
{
    const Node *v = m_node.find(key);
    if (!v || v->isNull())
        return fallback;
    if (!v->isScalar())
        return unexpected(error(key, "must be true or false"));
    const std::string s = lower(v->scalar);
    if (s == "true" || s == "yes" || s == "on")
        return true;
    if (s == "false" || s == "no" || s == "off")
        return false;
    return unexpected(error(key, "must be true or false, not '" + v->scalar + "'"));
}

Result<long long> InputEntry::integer(const char *key, long long fallback) const
{
    const Node *v = m_node.find(key);
    if (!v || v->isNull())
        return fallback;
    if (!v->isScalar() || v->scalar.empty())
        return unexpected(error(key, "must be an integer"));
    char *end = nullptr;
    const long long n = std::strtoll(v->scalar.c_str(), &end, 10);
    if (!end || *end != '\0')
        return unexpected(error(key, "must be an integer, not '" + v->scalar + "'"));
    return n;
}

Result<std::vector<std::string>> InputEntry::stringList(const char *key) const
{
    std::vector<std::string> out;
    const Node *v = m_node.find(key);
    if (!v || v->isNull())
        return out;
    if (v->isScalar()) {
        out.push_back(v->scalar);
        return out;
    }
    if (!v->isSequence())
        return unexpected(error(key, "must be a list of strings"));
    for (const auto &item : v->items) {
        if (!item.isScalar())
            return unexpected(error(key, "must be a list of strings (an item is a " +
                                             std::string(item.isMap() ? "mapping" : "list") + ")"));
        out.push_back(item.scalar);
    }
    return out;
}

std::vector<InputEntry> inputEntries(const Node &inputs)
{
    std::vector<InputEntry> out;
    if (inputs.isSequence()) {
        for (size_t i = 0; i < inputs.items.size(); ++i)
            out.emplace_back(inputs.items[i], "inputs[" + std::to_string(i) + "]");
    } else if (!inputs.isNull()) {
        out.emplace_back(inputs, "inputs");
    }
    return out;
}

} // namespace Kiln::Toe
