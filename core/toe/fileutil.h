#pragma once
// Filesystem helpers shared by the file action modules: path resolution against the configured
// working directory, `*` wildcards in the last path segment, permissions and ownership.

#include "diagnostic.h"
#include "executorconfig.h"

#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace Kiln::Toe {

// path made absolute against config.workingDirectory (or the current directory).
std::string absolutePath(const std::string &path, const ExecutorConfig &config);
bool endsWithSeparator(const std::string &path);
std::string baseName(const std::string &path); // last segment, ignoring a trailing '/'
std::string parentPath(const std::string &path);
bool hasWildcard(const std::string &path);

enum class EntryKind { Missing, File, Folder, Symlink, Other };
EntryKind entryKind(const std::string &path, bool followSymlinks = true);

// The paths matched by a pattern whose last segment holds '*' (sorted). A '*' elsewhere is an error.
// kind filters the matches: File (regular files and symlinks to them) or Folder.
Result<std::vector<std::string>> expandWildcard(const std::string &pattern, EntryKind kind);
bool matchesPattern(const std::string &pattern, const std::string &name); // '*' and '?' globbing

// mkdir -p (mode 0777 before the umask). Existing folders are fine.
Result<void> makeFolders(const std::string &path);
Result<void> makeParentFolders(const std::string &path);

// "0755", "755", "0644" … (octal, at most 07777).
std::optional<mode_t> parsePermissions(const std::string &text);
// chown path to owner/group names or ids (read from config's passwd/group files, no NSS).
// Empty group with a owner: the owner's primary group. followSymlinks=false uses lchown.
Result<void> changeOwner(const std::string &path, const std::string &owner, const std::string &group,
                         const ExecutorConfig &config, bool followSymlinks = true);

Result<std::string> readWholeFile(const std::string &path, size_t maxBytes = static_cast<size_t>(-1));
Result<void> writeWholeFile(const std::string &path, const std::string &content, bool append, mode_t createMode = 0666);

std::string errnoText(int err);

} // namespace Kiln::Toe
