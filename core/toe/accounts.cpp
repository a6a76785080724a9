#include "accounts.h"

#include <fstream>
#include <vector>

namespace Kiln::Toe {

namespace {

bool isNumber(const std::string &s)
{
    if (s.empty() || s.size() > 10)
        return false;
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return true;
}

std::vector<std::string> splitColons(const std::string &line)
{
    std::vector<std::string> fields;
    size_t start = 0;
    while (true) {
        const size_t colon = line.find(':', start);
        fields.push_back(line.substr(start, colon == std::string::npos ? std::string::npos : colon - start));
        if (colon == std::string::npos)
            break;
        start = colon + 1;
    }
    return fields;
}

// Calls fn(fields) for each well-formed "a:b:c…" line of file until fn returns true.
template <class Fn>
void forEachEntry(const std::string &file, size_t minFields, Fn fn)
{
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#')
            continue;
        const auto fields = splitColons(line);
        if (fields.size() < minFields || !isNumber(fields[2]))
            continue;
        if (fn(fields))
            return;
    }
}

} // namespace

std::optional<UserAccount> findUser(const std::string &nameOrId, const std::string &passwdFile)
{
    std::optional<UserAccount> found;
    const bool numeric = isNumber(nameOrId);
    forEachEntry(passwdFile, 4, [&](const std::vector<std::string> &f) {
        if (f[0] == nameOrId || (numeric && f[2] == nameOrId)) {
            UserAccount a;
            a.name = f[0];
            a.uid = static_cast<unsigned>(std::stoul(f[2]));
            if (isNumber(f[3]))
                a.gid = static_cast<unsigned>(std::stoul(f[3]));
            found = a;
            return true;
        }
        return false;
    });
    if (!found && numeric) {
        UserAccount a;
        a.name = nameOrId;
        a.uid = static_cast<unsigned>(std::stoul(nameOrId));
        found = a;
    }
    return found;
}

std::optional<unsigned> findGroup(const std::string &nameOrId, const std::string &groupFile)
{
    std::optional<unsigned> found;
    const bool numeric = isNumber(nameOrId);
    forEachEntry(groupFile, 3, [&](const std::vector<std::string> &f) {
        if (f[0] == nameOrId || (numeric && f[2] == nameOrId)) {
            found = static_cast<unsigned>(std::stoul(f[2]));
            return true;
        }
        return false;
    });
    if (!found && numeric)
        found = static_cast<unsigned>(std::stoul(nameOrId));
    return found;
}

} // namespace Kiln::Toe
