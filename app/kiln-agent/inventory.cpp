// os-release and the package list (dpkg-query / rpm / apk through a child process).
#include "inventory.h"

#include "command.h"

#include "core/toe/fileutil.h"

#include <algorithm>
#include <cctype>
#include <unistd.h>

namespace Kiln::Agent {

using Toe::Json;

namespace {

std::vector<std::string> splitLines(const std::string &text)
{
    std::vector<std::string> lines;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        std::string line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        lines.push_back(std::move(line));
        start = end + 1;
    }
    return lines;
}

std::vector<std::string> splitTabs(const std::string &line)
{
    std::vector<std::string> fields;
    size_t start = 0;
    while (true) {
        const size_t tab = line.find('\t', start);
        fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
        if (tab == std::string::npos)
            return fields;
        start = tab + 1;
    }
}

bool exists(const std::string &path) { return ::access(path.c_str(), F_OK) == 0; }

void sortPackages(std::vector<Package> &packages)
{
    std::stable_sort(packages.begin(), packages.end(), [](const Package &a, const Package &b) {
        return a.name != b.name ? a.name < b.name : a.arch < b.arch;
    });
}

// Undoes the shell quoting os-release allows: "…" with \" \\ \$ \` escapes, '…', or a bare word.
std::string unquote(const std::string &v)
{
    if (v.size() >= 2 && v.front() == '\'' && v.back() == '\'')
        return v.substr(1, v.size() - 2);
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"') {
        std::string out;
        for (size_t i = 1; i + 1 < v.size(); ++i) {
            if (v[i] == '\\' && i + 2 < v.size() && std::string_view("\"\\$`").find(v[i + 1]) != std::string_view::npos)
                ++i;
            out += v[i];
        }
        return out;
    }
    return v;
}

} // namespace

std::map<std::string, std::string> parseOsRelease(const std::string &text)
{
    std::map<std::string, std::string> os;
    for (std::string line : splitLines(text)) {
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
            line.erase(0, 1);
        if (line.empty() || line.front() == '#')
            continue;
        const size_t eq = line.find('=');
        if (eq == std::string::npos || eq == 0)
            continue;
        std::string key = line.substr(0, eq);
        if (!std::all_of(key.begin(), key.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }))
            continue;
        std::string value = line.substr(eq + 1);
        while (!value.empty() && (value.back() == ' ' || value.back() == '\t'))
            value.pop_back();
        os[key] = unquote(value);
    }
    return os;
}

std::map<std::string, std::string> readOsRelease(const std::string &path)
{
    for (const std::string &p : path.empty() ? std::vector<std::string>{"/etc/os-release", "/usr/lib/os-release"}
                                             : std::vector<std::string>{path}) {
        if (auto text = Toe::readWholeFile(p, 1024 * 1024))
            return parseOsRelease(*text);
    }
    return {};
}

Json osReleaseJson(const std::map<std::string, std::string> &os)
{
    Json j = Json::object();
    for (const auto &[k, v] : os)
        j[k] = v;
    return j;
}

std::vector<Package> parseDpkgQuery(const std::string &output)
{
    std::vector<Package> packages;
    for (const std::string &line : splitLines(output)) {
        const std::vector<std::string> f = splitTabs(line);
        if (f.size() < 3 || f[0].empty())
            continue;
        // db:Status-Abbrev: desired, status, error ("ii ", "hi ", "rc "): keep what is installed.
        if (f.size() >= 4 && (f[3].size() < 2 || f[3][1] != 'i'))
            continue;
        packages.push_back({f[0], f[1], f[2]});
    }
    sortPackages(packages);
    return packages;
}

std::vector<Package> parseRpmQuery(const std::string &output)
{
    std::vector<Package> packages;
    for (const std::string &line : splitLines(output)) {
        const std::vector<std::string> f = splitTabs(line);
        if (f.size() < 2 || f[0].empty())
            continue;
        packages.push_back({f[0], f[1], f.size() > 2 && f[2] != "(none)" ? f[2] : std::string()});
    }
    sortPackages(packages);
    return packages;
}

std::vector<Package> parseApkInfo(const std::string &output)
{
    std::vector<Package> packages;
    for (const std::string &line : splitLines(output)) {
        // name-version-rN; names may contain '-' and digits, so split at the package release.
        const size_t release = line.rfind("-r");
        if (line.empty() || release == std::string::npos || release == 0)
            continue;
        const size_t dash = line.rfind('-', release - 1);
        if (dash == std::string::npos || dash == 0)
            continue;
        packages.push_back({line.substr(0, dash), line.substr(dash + 1), {}});
    }
    sortPackages(packages);
    return packages;
}

Inventory collectInventory(const std::string &root)
{
    const std::string r = root == "/" ? std::string() : root;
    Inventory inv;
    CommandResult result;
    using namespace std::chrono_literals;
    if (haveProgram("dpkg-query") && exists(r + "/var/lib/dpkg/status")) {
        inv.packageManager = "dpkg";
        std::vector<std::string> argv = {"dpkg-query"};
        if (!r.empty())
            argv.push_back("--admindir=" + r + "/var/lib/dpkg");
        argv.insert(argv.end(), {"-W", "-f", "${Package}\\t${Version}\\t${Architecture}\\t${db:Status-Abbrev}\\n"});
        result = runCommand(argv, 300s);
        if (result.ok())
            inv.packages = parseDpkgQuery(result.out);
    } else if (haveProgram("rpm") && (exists(r + "/var/lib/rpm") || exists(r + "/usr/lib/sysimage/rpm"))) {
        inv.packageManager = "rpm";
        std::vector<std::string> argv = {"rpm"};
        if (!r.empty())
            argv.insert(argv.end(), {"--root", r});
        argv.insert(argv.end(), {"-qa", "--qf", "%{NAME}\\t%|EPOCH?{%{EPOCH}:}|%{VERSION}-%{RELEASE}\\t%{ARCH}\\n"});
        result = runCommand(argv, 300s);
        if (result.ok())
            inv.packages = parseRpmQuery(result.out);
    } else if (haveProgram("apk") && exists(r + "/lib/apk/db/installed")) {
        inv.packageManager = "apk";
        std::vector<std::string> argv = {"apk"};
        if (!r.empty())
            argv.insert(argv.end(), {"--root", r});
        argv.insert(argv.end(), {"info", "-v"});
        result = runCommand(argv, 300s);
        if (result.ok())
            inv.packages = parseApkInfo(result.out);
    } else {
        return inv;
    }
    if (!result.ok())
        inv.error = "the package query (" + inv.packageManager + ") failed: " + result.describe();
    return inv;
}

Json inventoryJson(const Inventory &inventory, const std::map<std::string, std::string> &os)
{
    Json fields = Json::object();
    fields["os"] = osReleaseJson(os);
    fields["packageManager"] = inventory.packageManager;
    Json packages = Json::array();
    for (const Package &p : inventory.packages) {
        Json o = Json::object();
        o["name"] = p.name;
        o["version"] = p.version;
        if (!p.arch.empty())
            o["arch"] = p.arch;
        packages.push_back(std::move(o));
    }
    fields["packages"] = std::move(packages);
    if (!inventory.error.empty())
        fields["error"] = inventory.error;
    return fields;
}

} // namespace Kiln::Agent
