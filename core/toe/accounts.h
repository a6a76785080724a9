#pragma once
// User and group lookup by parsing /etc/passwd and /etc/group directly. The static kiln-agent runs
// in guests where glibc's NSS (getpwnam) is unusable, so owner/group inputs never go through it.

#include <optional>
#include <string>

namespace Kiln::Toe {

struct UserAccount {
    std::string name;
    unsigned uid = 0;
    std::optional<unsigned> gid; // primary group; unknown for a bare numeric id not in the file
};

// A user name or a numeric id. A numeric id that is not in the file is still accepted.
std::optional<UserAccount> findUser(const std::string &nameOrId, const std::string &passwdFile = "/etc/passwd");
// A group name or a numeric id.
std::optional<unsigned> findGroup(const std::string &nameOrId, const std::string &groupFile = "/etc/group");

} // namespace Kiln::Toe
