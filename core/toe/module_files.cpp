// File action modules that create, read, delete, list files and change their attributes
// (SPEC §7.3). Copy/Move live in module_filecopy.cpp.
#include "fileutil.h"
#include "moduleinputs.h"
#include "modules.h"
#include "textencoding.h"

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <functional>
#include <sys/stat.h>
#include <unistd.h>

namespace Kiln::Toe {

namespace fs = std::filesystem;

namespace {

// Runs fn for every entry of a list-style inputs value; the first error fails the step, naming the
// entry. Each entry may add an output object.
ModuleResult forEachEntry(ModuleContext &ctx, const Node &inputs,
                          const std::function<Result<void>(const InputEntry &, Json &output)> &fn)
{
    if (!inputs.isSequence() && !inputs.isMap())
        return ModuleResult::failure("inputs must be a list of entries");
    ModuleResult r;
    for (const InputEntry &entry : inputEntries(inputs)) {
        if (ctx.cancelToken().isCancelled()) {
            r = ModuleResult::failure("cancelled");
            r.cancelled = true;
            return r;
        }
        if (SteadyClock::now() >= ctx.deadline()) {
            r = ModuleResult::failure("timed out after " + std::to_string(ctx.step().timeoutSeconds) + " seconds");
            r.timedOut = true;
            return r;
        }
        Json output = Json::object();
        auto ok = fn(entry, output);
        if (!ok)
            return ModuleResult::failure(entry.label() + ": " + ok.error().message);
        if (output.size() > 0)
            r.outputs.push_back(std::move(output));
    }
    return r;
}

Result<TextEncoding> encodingOf(const InputEntry &e)
{
    TRY_ASSIGN(name, e.text("encoding", ""));
    const auto enc = parseTextEncoding(name);
    if (!enc)
        return unexpected(Error{"encoding '" + name + "' is not supported (use utf8, utf16, utf16-BE, utf32, utf32-BE …)", {}});
    return *enc;
}

Result<mode_t> permissionsOf(const InputEntry &e, const char *key)
{
    TRY_ASSIGN(text, e.required(key));
    const auto mode = parsePermissions(text);
    if (!mode)
        return unexpected(Error{std::string(key) + " '" + text + "' is not an octal mode such as '0755'", {}});
    return *mode;
}

Result<void> applyAttributes(ModuleContext &ctx, const InputEntry &e, const std::string &path)
{
    if (e.has("permissions")) {
        TRY_ASSIGN(mode, permissionsOf(e, "permissions"));
        if (::chmod(path.c_str(), mode) != 0)
            return unexpected(Error{"cannot set the permissions of '" + path + "': " + errnoText(errno), {}});
    }
    if (e.has("owner") || e.has("group")) {
        TRY_ASSIGN(owner, e.text("owner", ""));
        TRY_ASSIGN(group, e.text("group", ""));
        TRY(changeOwner(path, owner, group, ctx.config()));
    }
    return {};
}

// Applies fn to path and, when recursive, to everything below it (symlinks are not followed).
Result<void> walk(const std::string &path, bool recursive, const std::function<Result<void>(const std::string &, bool isLink)> &fn)
{
    TRY(fn(path, false));
    if (!recursive)
        return {};
    std::error_code ec;
    fs::recursive_directory_iterator it(path, fs::directory_options::none, ec);
    if (ec)
        return unexpected(Error{"cannot read folder '" + path + "': " + ec.message(), {}});
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec)
            return unexpected(Error{"cannot read folder '" + path + "': " + ec.message(), {}});
        TRY(fn(it->path().string(), it->is_symlink(ec)));
    }
    return {};
}

} // namespace

ModuleResult runCreateFile(ModuleContext &ctx, const Node &inputs)
{
    return forEachEntry(ctx, inputs, [&](const InputEntry &e, Json &) -> Result<void> {
        TRY_ASSIGN(rawPath, e.required("path"));
        TRY_ASSIGN(content, e.text("content", ""));
        TRY_ASSIGN(encoding, encodingOf(e));
        TRY_ASSIGN(overwrite, e.boolean("overwrite", true));
        const std::string path = absolutePath(rawPath, ctx.config());
        const EntryKind kind = entryKind(path);
        if (kind == EntryKind::Folder)
            return unexpected(Error{"'" + path + "' is a folder", {}});
        if (kind != EntryKind::Missing && !overwrite)
            return unexpected(Error{"'" + path + "' already exists and overwrite is false", {}});
        TRY(makeParentFolders(path));
        TRY_ASSIGN(bytes, encodeText(content, encoding));
        TRY(writeWholeFile(path, bytes, false, 0666));
        TRY(applyAttributes(ctx, e, path));
        return {};
    });
}

ModuleResult runAppendFile(ModuleContext &ctx, const Node &inputs)
{
    return forEachEntry(ctx, inputs, [&](const InputEntry &e, Json &) -> Result<void> {
        TRY_ASSIGN(rawPath, e.required("path"));
        TRY_ASSIGN(content, e.text("content", ""));
        TRY_ASSIGN(encoding, encodingOf(e));
        const std::string path = absolutePath(rawPath, ctx.config());
        if (entryKind(path) != EntryKind::File)
            return unexpected(Error{"'" + path + "' does not exist or is not a file", {}});
        TRY_ASSIGN(bytes, encodeText(content, encoding));
        TRY(writeWholeFile(path, bytes, true));
        return {};
    });
}

ModuleResult runReadFile(ModuleContext &ctx, const Node &inputs)
{
    return forEachEntry(ctx, inputs, [&](const InputEntry &e, Json &output) -> Result<void> {
        TRY_ASSIGN(rawPath, e.required("path"));
        TRY_ASSIGN(encoding, encodingOf(e));
        TRY_ASSIGN(print, e.boolean("printFileContent", false));
        const std::string path = absolutePath(rawPath, ctx.config());
        if (entryKind(path) != EntryKind::File)
            return unexpected(Error{"'" + path + "' does not exist or is not a file", {}});
        TRY_ASSIGN(bytes, readWholeFile(path, ctx.config().maxCapturedOutput));
        TRY_ASSIGN(text, decodeText(bytes, encoding));
        if (print) {
            size_t start = 0;
            while (start < text.size()) {
                size_t nl = text.find('\n', start);
                if (nl == std::string::npos)
                    nl = text.size();
                ctx.message(std::string_view(text).substr(start, nl - start));
                start = nl + 1;
            }
        }
        output["content"] = std::move(text);
        return {};
    });
}

ModuleResult runSetFileEncoding(ModuleContext &ctx, const Node &inputs)
{
    return forEachEntry(ctx, inputs, [&](const InputEntry &e, Json &) -> Result<void> {
        TRY_ASSIGN(rawPath, e.required("path"));
        TRY_ASSIGN(encoding, encodingOf(e));
        const std::string path = absolutePath(rawPath, ctx.config());
        if (entryKind(path) != EntryKind::File)
            return unexpected(Error{"'" + path + "' does not exist or is not a file", {}});
        TRY_ASSIGN(bytes, readWholeFile(path));
        TRY_ASSIGN(text, decodeText(bytes, TextEncoding::Utf8));
        TRY_ASSIGN(converted, encodeText(text, encoding));
        TRY(writeWholeFile(path, converted, false));
        return {};
    });
}

ModuleResult runCreateFolder(ModuleContext &ctx, const Node &inputs)
{
    return forEachEntry(ctx, inputs, [&](const InputEntry &e, Json &) -> Result<void> {
        TRY_ASSIGN(rawPath, e.required("path"));
        TRY_ASSIGN(overwrite, e.boolean("overwrite", true));
        const std::string path = absolutePath(rawPath, ctx.config());
        const EntryKind kind = entryKind(path);
        if (kind != EntryKind::Missing && kind != EntryKind::Folder)
            return unexpected(Error{"'" + path + "' exists and is not a folder", {}});
        if (kind == EntryKind::Folder && !overwrite)
            return unexpected(Error{"folder '" + path + "' already exists and overwrite is false", {}});
        TRY(makeFolders(path));
        TRY(applyAttributes(ctx, e, path));
        return {};
    });
}

ModuleResult runDeleteFile(ModuleContext &ctx, const Node &inputs)
{
    return forEachEntry(ctx, inputs, [&](const InputEntry &e, Json &) -> Result<void> {
        TRY_ASSIGN(rawPath, e.required("path"));
        const std::string path = absolutePath(rawPath, ctx.config());
        std::vector<std::string> targets;
        if (hasWildcard(baseName(path))) {
            TRY_ASSIGN(files, expandWildcard(path, EntryKind::File));
            targets = std::move(files);
            if (targets.empty())
                ctx.message("DeleteFile: no file matches '" + path + "'");
        } else {
            const EntryKind kind = entryKind(path, false);
            if (kind == EntryKind::Missing) {
                ctx.message("DeleteFile: '" + path + "' does not exist; nothing to delete");
                return {};
            }
            if (kind == EntryKind::Folder)
                return unexpected(Error{"'" + path + "' is a folder (use DeleteFolder)", {}});
            targets.push_back(path);
        }
        for (const auto &t : targets)
            if (::unlink(t.c_str()) != 0)
                return unexpected(Error{"cannot delete '" + t + "': " + errnoText(errno), {}});
        return {};
    });
}

ModuleResult runDeleteFolder(ModuleContext &ctx, const Node &inputs)
{
    return forEachEntry(ctx, inputs, [&](const InputEntry &e, Json &) -> Result<void> {
        TRY_ASSIGN(rawPath, e.required("path"));
        TRY_ASSIGN(force, e.boolean("force", false));
        const std::string path = absolutePath(rawPath, ctx.config());
        const EntryKind kind = entryKind(path, false);
        if (kind == EntryKind::Missing) {
            ctx.message("DeleteFolder: '" + path + "' does not exist; nothing to delete");
            return {};
        }
        if (kind != EntryKind::Folder)
            return unexpected(Error{"'" + path + "' is not a folder (use DeleteFile)", {}});
        if (!force) {
            if (::rmdir(path.c_str()) != 0) {
                if (errno == ENOTEMPTY || errno == EEXIST)
                    return unexpected(Error{"folder '" + path + "' is not empty; set force: true to delete it with its contents", {}});
                return unexpected(Error{"cannot delete '" + path + "': " + errnoText(errno), {}});
            }
            return {};
        }
        std::error_code ec;
        fs::remove_all(path, ec);
        if (ec)
            return unexpected(Error{"cannot delete '" + path + "': " + ec.message(), {}});
        return {};
    });
}

ModuleResult runListFiles(ModuleContext &ctx, const Node &inputs)
{
    return forEachEntry(ctx, inputs, [&](const InputEntry &e, Json &output) -> Result<void> {
        TRY_ASSIGN(rawPath, e.required("path"));
        TRY_ASSIGN(pattern, e.text("fileNamePattern", "*"));
        TRY_ASSIGN(recursive, e.boolean("recursive", false));
        std::string path = absolutePath(rawPath, ctx.config());
        while (path.size() > 1 && path.back() == '/')
            path.pop_back();
        if (entryKind(path) != EntryKind::Folder)
            return unexpected(Error{"folder '" + path + "' does not exist", {}});
        std::vector<std::string> files;
        std::error_code ec;
        auto consider = [&](const fs::directory_entry &entry) {
            std::error_code fe;
            if (entry.is_regular_file(fe) && matchesPattern(pattern.empty() ? "*" : pattern, entry.path().filename().string()))
                files.push_back(entry.path().string());
        };
        if (recursive) {
            fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
            for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
                consider(*it);
        } else {
            fs::directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
            for (; !ec && it != fs::directory_iterator(); it.increment(ec))
                consider(*it);
        }
        if (ec)
            return unexpected(Error{"cannot list '" + path + "': " + ec.message(), {}});
        std::sort(files.begin(), files.end());
        std::string joined;
        for (size_t i = 0; i < files.size(); ++i)
            joined += (i ? "," : "") + files[i];
        output["files"] = joined;
        return {};
    });
}

ModuleResult runCreateSymlink(ModuleContext &ctx, const Node &inputs)
{
    return forEachEntry(ctx, inputs, [&](const InputEntry &e, Json &) -> Result<void> {
        TRY_ASSIGN(rawPath, e.required("path"));
        TRY_ASSIGN(rawTarget, e.required("target"));
        TRY_ASSIGN(force, e.boolean("force", false));
        const std::string path = absolutePath(rawPath, ctx.config());
        const std::string target = absolutePath(rawTarget, ctx.config());
        if (entryKind(target) == EntryKind::Missing)
            return unexpected(Error{"target '" + target + "' does not exist", {}});
        const EntryKind existing = entryKind(path, false);
        if (existing == EntryKind::Symlink) {
            if (!force)
                return unexpected(Error{"link '" + path + "' already exists; set force: true to replace it", {}});
            if (::unlink(path.c_str()) != 0)
                return unexpected(Error{"cannot replace '" + path + "': " + errnoText(errno), {}});
        } else if (existing != EntryKind::Missing) {
            return unexpected(Error{"'" + path + "' already exists and is not a symbolic link", {}});
        }
        TRY(makeParentFolders(path));
        if (::symlink(target.c_str(), path.c_str()) != 0)
            return unexpected(Error{"cannot create link '" + path + "': " + errnoText(errno), {}});
        return {};
    });
}

namespace {

ModuleResult setOwner(ModuleContext &ctx, const Node &inputs, bool folder)
{
    return forEachEntry(ctx, inputs, [&](const InputEntry &e, Json &) -> Result<void> {
        TRY_ASSIGN(rawPath, e.required("path"));
        TRY_ASSIGN(owner, e.required("owner"));
        TRY_ASSIGN(group, e.text("group", ""));
        TRY_ASSIGN(recursive, e.boolean("recursive", true));
        const std::string path = absolutePath(rawPath, ctx.config());
        const EntryKind kind = entryKind(path);
        if (folder ? kind != EntryKind::Folder : kind != EntryKind::File)
            return unexpected(Error{std::string(folder ? "folder '" : "file '") + path + "' does not exist", {}});
        if (!folder)
            return changeOwner(path, owner, group, ctx.config(), true);
        return walk(path, recursive, [&](const std::string &p, bool isLink) {
            return changeOwner(p, owner, group, ctx.config(), !isLink);
        });
    });
}

ModuleResult setPermissions(ModuleContext &ctx, const Node &inputs, bool folder)
{
    return forEachEntry(ctx, inputs, [&](const InputEntry &e, Json &) -> Result<void> {
        TRY_ASSIGN(rawPath, e.required("path"));
        TRY_ASSIGN(mode, permissionsOf(e, "permissions"));
        TRY_ASSIGN(recursive, e.boolean("recursive", true));
        const std::string path = absolutePath(rawPath, ctx.config());
        const EntryKind kind = entryKind(path);
        if (folder ? kind != EntryKind::Folder : kind != EntryKind::File)
            return unexpected(Error{std::string(folder ? "folder '" : "file '") + path + "' does not exist", {}});
        return walk(path, folder && recursive, [&](const std::string &p, bool isLink) -> Result<void> {
            if (isLink)
                return {}; // the mode of a symlink means nothing on Linux
            if (::chmod(p.c_str(), mode) != 0)
                return unexpected(Error{"cannot set the permissions of '" + p + "': " + errnoText(errno), {}});
            return {};
        });
    });
}

} // namespace

ModuleResult runSetFileOwner(ModuleContext &ctx, const Node &inputs) { return setOwner(ctx, inputs, false); }
ModuleResult runSetFolderOwner(ModuleContext &ctx, const Node &inputs) { return setOwner(ctx, inputs, true); }
ModuleResult runSetFilePermissions(ModuleContext &ctx, const Node &inputs) { return setPermissions(ctx, inputs, false); }
ModuleResult runSetFolderPermissions(ModuleContext &ctx, const Node &inputs) { return setPermissions(ctx, inputs, true); }

} // namespace Kiln::Toe
