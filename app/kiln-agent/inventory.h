#pragma once
// What the guest is: /etc/os-release (for agent.hello and inventory) and the installed packages,
// asked of the package manager that owns the system (dpkg, rpm or apk), through a child process
// whose output is parsed here. A system without one (tinyos) reports packageManager "none".

#include "core/toe/json.h"

#include <map>
#include <string>
#include <vector>

namespace Kiln::Agent {

// KEY=value pairs of an os-release file (shell quoting undone); empty when there is none.
// Default: /etc/os-release, else /usr/lib/os-release.
std::map<std::string, std::string> readOsRelease(const std::string &path = {});
std::map<std::string, std::string> parseOsRelease(const std::string &text);
Toe::Json osReleaseJson(const std::map<std::string, std::string> &os);

struct Package {
    std::string name;
    std::string version;
    std::string arch;
};

struct Inventory {
    std::string packageManager = "none"; // dpkg | rpm | apk | none
    std::vector<Package> packages;        // sorted by name
    std::string error;                    // the query failed (packages then empty)
};

// root: the file system to look at ("/" in the guest); the query runs the tools of this system.
Inventory collectInventory(const std::string &root = "/");

// Parsers of the tools' output (exposed for tests).
std::vector<Package> parseDpkgQuery(const std::string &output); // ${Package}\t${Version}\t${Architecture}\t${db:Status-Abbrev}
std::vector<Package> parseRpmQuery(const std::string &output);  // NAME\tEPOCH:VERSION-RELEASE\tARCH
std::vector<Package> parseApkInfo(const std::string &output);   // apk info -v: name-version-rN

Toe::Json inventoryJson(const Inventory &inventory, const std::map<std::string, std::string> &os);

} // namespace Kiln::Agent
