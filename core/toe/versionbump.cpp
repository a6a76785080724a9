#include "versionbump.h"

#include <algorithm>

namespace Kiln::Toe {

namespace {

std::string trimEnd(std::string_view s)
{
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' '))
        s.remove_suffix(1);
    return std::string(s);
}

std::vector<std::string> stepKeys(const Document &d)
{
    std::vector<std::string> keys;
    for (const auto &p : d.phases)
        for (const auto &s : p.steps)
            keys.push_back(p.name + "/" + s.name);
    return keys;
}

bool contains(const std::vector<std::string> &v, const std::string &s) { return std::find(v.begin(), v.end(), s) != v.end(); }

} // namespace

BumpSuggestion suggestVersionBump(std::string_view previousText, const Document *previous, std::string_view currentText,
                                  const Document *current)
{
    if (trimEnd(previousText) == trimEnd(currentText))
        return {VersionBump::None, "the document is the same as the latest version"};
    if (!previous || !current)
        return {VersionBump::Patch, "the document changed"};
    for (const auto &p : previous->parameters) {
        const Parameter *now = current->parameter(p.name);
        if (!now)
            return {VersionBump::Major, "parameter " + p.name + " was removed: recipes that set it stop working"};
        if (p.defaultValue && !now->defaultValue)
            return {VersionBump::Major, "parameter " + p.name + " lost its default: recipes must now set it"};
    }
    for (const auto &p : current->parameters)
        if (!previous->parameter(p.name) && !p.defaultValue)
            return {VersionBump::Major, "new required parameter " + p.name + ": recipes must set it"};
    for (const auto &p : current->phases)
        if (!previous->phase(p.name))
            return {VersionBump::Minor, "phase " + p.name + " added"};
    for (const auto &p : previous->phases)
        if (!current->phase(p.name))
            return {VersionBump::Minor, "phase " + p.name + " removed"};
    const auto before = stepKeys(*previous);
    const auto after = stepKeys(*current);
    for (const auto &k : after)
        if (!contains(before, k))
            return {VersionBump::Minor, "step " + k + " added"};
    for (const auto &k : before)
        if (!contains(after, k))
            return {VersionBump::Minor, "step " + k + " removed"};
    for (const auto &p : current->parameters)
        if (!previous->parameter(p.name))
            return {VersionBump::Minor, "new optional parameter " + p.name};
    if (before != after)
        return {VersionBump::Minor, "steps reordered"};
    return {VersionBump::Patch, "inputs, settings or descriptions changed"};
}

} // namespace Kiln::Toe
