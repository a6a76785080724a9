// CopyFile, CopyFolder, MoveFile, MoveFolder (SPEC §7.3): `*` in the last segment of the source,
// a destination ending in '/' is a folder that keeps the source's name, missing destination
// folders are created, overwrite defaults to true.
#include "fileutil.h"
#include "moduleinputs.h"
#include "modules.h"

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <unistd.h>

namespace Kiln::Toe {

namespace fs = std::filesystem;

namespace {

struct Transfer {
    std::string source;
    std::string destination;
};

const char *noun(EntryKind kind) { return kind == EntryKind::Folder ? "folder" : "file"; }

Result<std::vector<Transfer>> planTransfers(ModuleContext &ctx, const InputEntry &e, EntryKind kind)
{
    TRY_ASSIGN(rawSource, e.required("source"));
    TRY_ASSIGN(rawDestination, e.required("destination"));
    const std::string source = absolutePath(rawSource, ctx.config());
    std::string destination = absolutePath(rawDestination, ctx.config());
    const bool intoFolder = endsWithSeparator(rawDestination);
    while (destination.size() > 1 && (destination.back() == '/' || destination.back() == '\\'))
        destination.pop_back();

    std::vector<std::string> sources;
    if (hasWildcard(source)) {
        TRY_ASSIGN(matches, expandWildcard(source, kind));
        if (matches.empty())
            return unexpected(Error{std::string("no ") + noun(kind) + " matches '" + source + "'", {}});
        if (!intoFolder)
            return unexpected(Error{"with a '*' in the source, the destination must be a folder ending with '/' ('"
                                    + rawDestination + "')", {}});
        sources = std::move(matches);
    } else {
        const EntryKind actual = entryKind(source);
        if (actual == EntryKind::Missing)
            return unexpected(Error{std::string("source ") + noun(kind) + " '" + source + "' does not exist", {}});
        if (actual != kind)
            return unexpected(Error{"source '" + source + "' is not a " + noun(kind), {}});
        sources.push_back(source);
    }
    std::vector<Transfer> plan;
    for (const auto &s : sources) {
        std::string d = intoFolder ? destination + "/" + baseName(s) : destination;
        // like cp/mv: a file copied onto an existing folder goes inside it
        if (kind == EntryKind::File && !intoFolder && entryKind(d) == EntryKind::Folder)
            d += "/" + baseName(s);
        plan.push_back({s, d});
    }
    return plan;
}

Result<void> checkDestination(const Transfer &t, EntryKind kind, bool overwrite)
{
    const EntryKind existing = entryKind(t.destination, false);
    if (existing == EntryKind::Missing)
        return {};
    if (!overwrite)
        return unexpected(Error{"'" + t.destination + "' already exists and overwrite is false", {}});
    const EntryKind target = entryKind(t.destination);
    if (kind == EntryKind::File && target == EntryKind::Folder)
        return unexpected(Error{"'" + t.destination + "' is a folder", {}});
    if (kind == EntryKind::Folder && target != EntryKind::Folder)
        return unexpected(Error{"'" + t.destination + "' exists and is not a folder", {}});
    return {};
}

bool inside(const std::string &child, const std::string &parent)
{
    return child == parent || child.rfind(parent + "/", 0) == 0;
}

Result<void> copyFile(const Transfer &t)
{
    std::error_code ec;
    fs::copy_file(t.source, t.destination, fs::copy_options::overwrite_existing, ec);
    if (ec)
        return unexpected(Error{"cannot copy '" + t.source + "' to '" + t.destination + "': " + ec.message(), {}});
    return {};
}

Result<void> copyFolder(const Transfer &t)
{
    if (inside(t.destination, t.source))
        return unexpected(Error{"cannot copy folder '" + t.source + "' into itself ('" + t.destination + "')", {}});
    std::error_code ec;
    fs::create_directory(t.destination, t.source, ec);
    if (ec)
        return unexpected(Error{"cannot create '" + t.destination + "': " + ec.message(), {}});
    fs::copy(t.source, t.destination,
             fs::copy_options::recursive | fs::copy_options::overwrite_existing | fs::copy_options::copy_symlinks, ec);
    if (ec)
        return unexpected(Error{"cannot copy '" + t.source + "' to '" + t.destination + "': " + ec.message(), {}});
    return {};
}

ModuleResult transfer(ModuleContext &ctx, const Node &inputs, EntryKind kind, bool move)
{
    if (!inputs.isSequence() && !inputs.isMap())
        return ModuleResult::failure("inputs must be a list of {source, destination} entries");
    for (const InputEntry &e : inputEntries(inputs)) {
        if (ctx.cancelToken().isCancelled()) {
            auto r = ModuleResult::failure("cancelled");
            r.cancelled = true;
            return r;
        }
        auto overwrite = e.boolean("overwrite", true);
        if (!overwrite)
            return ModuleResult::failure(e.label() + ": " + overwrite.error().message);
        auto plan = planTransfers(ctx, e, kind);
        if (!plan)
            return ModuleResult::failure(e.label() + ": " + plan.error().message);
        for (const Transfer &t : *plan) {
            auto done = [&]() -> Result<void> {
                TRY(checkDestination(t, kind, *overwrite));
                TRY(makeParentFolders(t.destination));
                if (!move)
                    return kind == EntryKind::File ? copyFile(t) : copyFolder(t);
                if (kind == EntryKind::Folder) {
                    if (inside(t.destination, t.source))
                        return unexpected(Error{"cannot move folder '" + t.source + "' into itself", {}});
                    if (entryKind(t.destination, false) != EntryKind::Missing) {
                        std::error_code ec;
                        fs::remove_all(t.destination, ec);
                        if (ec)
                            return unexpected(Error{"cannot replace '" + t.destination + "': " + ec.message(), {}});
                    }
                }
                if (std::rename(t.source.c_str(), t.destination.c_str()) == 0)
                    return {};
                if (errno != EXDEV)
                    return unexpected(Error{"cannot move '" + t.source + "' to '" + t.destination + "': " + errnoText(errno), {}});
                // another filesystem: copy, then remove the source
                TRY(kind == EntryKind::File ? copyFile(t) : copyFolder(t));
                std::error_code ec;
                fs::remove_all(t.source, ec);
                if (ec)
                    return unexpected(Error{"copied, but cannot remove '" + t.source + "': " + ec.message(), {}});
                return {};
            }();
            if (!done)
                return ModuleResult::failure(e.label() + ": " + done.error().message);
        }
    }
    return ModuleResult{};
}

} // namespace

ModuleResult runCopyFile(ModuleContext &ctx, const Node &inputs) { return transfer(ctx, inputs, EntryKind::File, false); }
ModuleResult runCopyFolder(ModuleContext &ctx, const Node &inputs) { return transfer(ctx, inputs, EntryKind::Folder, false); }
ModuleResult runMoveFile(ModuleContext &ctx, const Node &inputs) { return transfer(ctx, inputs, EntryKind::File, true); }
ModuleResult runMoveFolder(ModuleContext &ctx, const Node &inputs) { return transfer(ctx, inputs, EntryKind::Folder, true); }

} // namespace Kiln::Toe
