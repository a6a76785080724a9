#include "fileutil.h"

#include "accounts.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Kiln::Toe {

std::string errnoText(int err)
{
    return std::strerror(err);
}

namespace {

Error fsError(const std::string &what, int err)
{
    return Error{what + ": " + errnoText(err), {}};
}

} // namespace

std::string absolutePath(const std::string &path, const ExecutorConfig &config)
{
    if (!path.empty() && path.front() == '/')
        return path;
    std::string base = config.workingDirectory;
    if (base.empty()) {
        char buf[4096];
        if (::getcwd(buf, sizeof buf))
            base = buf;
    }
    if (path.empty() || path == ".")
        return base;
    std::string rel = path;
    while (rel.rfind("./", 0) == 0)
        rel.erase(0, 2);
    return base == "/" ? "/" + rel : base + "/" + rel;
}

bool endsWithSeparator(const std::string &path)
{
    return !path.empty() && (path.back() == '/' || path.back() == '\\');
}

std::string baseName(const std::string &path)
{
    std::string p = path;
    while (p.size() > 1 && p.back() == '/')
        p.pop_back();
    const size_t slash = p.rfind('/');
    return slash == std::string::npos ? p : p.substr(slash + 1);
}

std::string parentPath(const std::string &path)
{
    std::string p = path;
    while (p.size() > 1 && p.back() == '/')
        p.pop_back();
    const size_t slash = p.rfind('/');
    if (slash == std::string::npos)
        return ".";
    if (slash == 0)
        return "/";
    return p.substr(0, slash);
}

bool hasWildcard(const std::string &path)
{
    return path.find('*') != std::string::npos;
}

EntryKind entryKind(const std::string &path, bool followSymlinks)
{
    struct stat st {};
    const int rc = followSymlinks ? ::stat(path.c_str(), &st) : ::lstat(path.c_str(), &st);
    if (rc != 0)
        return EntryKind::Missing;
    if (S_ISLNK(st.st_mode))
        return EntryKind::Symlink;
    if (S_ISREG(st.st_mode))
        return EntryKind::File;
    if (S_ISDIR(st.st_mode))
        return EntryKind::Folder;
    return EntryKind::Other;
}

bool matchesPattern(const std::string &pattern, const std::string &name)
{
    return ::fnmatch(pattern.c_str(), name.c_str(), 0) == 0;
}

Result<std::vector<std::string>> expandWildcard(const std::string &pattern, EntryKind kind)
{
    const std::string folder = parentPath(pattern);
    const std::string namePattern = baseName(pattern);
    if (hasWildcard(folder))
        return unexpected(Error{"'" + pattern + "': a '*' wildcard is only allowed in the last path segment", {}});
    DIR *dir = ::opendir(folder.c_str());
    if (!dir)
        return unexpected(fsError("cannot read folder '" + folder + "'", errno));
    std::vector<std::string> matches;
    while (dirent *e = ::readdir(dir)) {
        const std::string name = e->d_name;
        if (name == "." || name == "..")
            continue;
        if (::fnmatch(namePattern.c_str(), name.c_str(), 0) != 0)
            continue;
        const std::string full = folder == "/" ? "/" + name : folder + "/" + name;
        const EntryKind k = entryKind(full);
        if (k == kind)
            matches.push_back(full);
    }
    ::closedir(dir);
    std::sort(matches.begin(), matches.end());
    return matches;
}

Result<void> makeFolders(const std::string &path)
{
    if (path.empty())
        return {};
    std::string current;
    size_t pos = 0;
    if (path.front() == '/') {
        current = "/";
        pos = 1;
    }
    while (pos <= path.size()) {
        size_t slash = path.find('/', pos);
        if (slash == std::string::npos)
            slash = path.size();
        const std::string part = path.substr(pos, slash - pos);
        pos = slash + 1;
        if (part.empty() || part == ".")
            continue;
        if (!current.empty() && current.back() != '/')
            current += '/';
        current += part;
        if (::mkdir(current.c_str(), 0777) != 0) {
            const int err = errno;
            if (err == EEXIST && entryKind(current) == EntryKind::Folder)
                continue;
            if (err == EEXIST)
                return unexpected(Error{"cannot create folder '" + current + "': a file with that name exists", {}});
            return unexpected(fsError("cannot create folder '" + current + "'", err));
        }
    }
    return {};
}

Result<void> makeParentFolders(const std::string &path)
{
    return makeFolders(parentPath(path));
}

std::optional<mode_t> parsePermissions(const std::string &text)
{
    if (text.empty() || text.size() > 5)
        return std::nullopt;
    mode_t m = 0;
    for (char c : text) {
        if (c < '0' || c > '7')
            return std::nullopt;
        m = (m << 3) | static_cast<mode_t>(c - '0');
    }
    if (m > 07777)
        return std::nullopt;
    return m;
}

Result<void> changeOwner(const std::string &path, const std::string &owner, const std::string &group,
                         const ExecutorConfig &config, bool followSymlinks)
{
    uid_t uid = static_cast<uid_t>(-1);
    gid_t gid = static_cast<gid_t>(-1);
    if (!owner.empty()) {
        const auto user = findUser(owner, config.passwdFile);
        if (!user)
            return unexpected(Error{"user '" + owner + "' does not exist (not in " + config.passwdFile + ")", {}});
        uid = user->uid;
        if (group.empty() && user->gid)
            gid = *user->gid;
    }
    if (!group.empty()) {
        const auto g = findGroup(group, config.groupFile);
        if (!g)
            return unexpected(Error{"group '" + group + "' does not exist (not in " + config.groupFile + ")", {}});
        gid = *g;
    }
    const int rc = followSymlinks ? ::chown(path.c_str(), uid, gid) : ::lchown(path.c_str(), uid, gid);
    if (rc != 0)
        return unexpected(fsError("cannot change the owner of '" + path + "'", errno));
    return {};
}

Result<std::string> readWholeFile(const std::string &path, size_t maxBytes)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return unexpected(fsError("cannot read '" + path + "'", errno));
    std::string content;
    char buf[65536];
    while (true) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int err = errno;
            ::close(fd);
            return unexpected(fsError("cannot read '" + path + "'", err));
        }
        if (n == 0)
            break;
        content.append(buf, static_cast<size_t>(n));
        if (content.size() > maxBytes) {
            ::close(fd);
            return unexpected(Error{"'" + path + "' is larger than " + std::to_string(maxBytes) + " bytes", {}});
        }
    }
    ::close(fd);
    return content;
}

Result<void> writeWholeFile(const std::string &path, const std::string &content, bool append, mode_t createMode)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | (append ? O_APPEND : (O_CREAT | O_TRUNC)), createMode);
    if (fd < 0)
        return unexpected(fsError("cannot write '" + path + "'", errno));
    size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int err = errno;
            ::close(fd);
            return unexpected(fsError("cannot write '" + path + "'", err));
        }
        done += static_cast<size_t>(n);
    }
    if (::close(fd) != 0)
        return unexpected(fsError("cannot write '" + path + "'", errno));
    return {};
}

} // namespace Kiln::Toe
