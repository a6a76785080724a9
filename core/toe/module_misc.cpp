// Assert, Reboot, ExecuteDocument (which hands over to the executor), the modules this platform
// cannot run, and the table from action keyword to implementation.
#include "condition.h"
#include "moduleinputs.h"
#include "modules.h"
#include "parser.h"

#include <cstring>

namespace Kiln::Toe {

ModuleResult runAssert(ModuleContext &ctx, const Node &)
{
    // The expression as written (not the substituted inputs): evaluate() substitutes exactly once.
    std::optional<Condition> condition = ctx.step().assertion;
    if (!condition && ctx.step().inputs) {
        Diagnostics diagnostics;
        condition = parseCondition(*ctx.step().inputs, ctx.position().documentFile, diagnostics);
        for (const auto &d : diagnostics)
            if (d.severity == Severity::Error)
                return ModuleResult::failure("inputs: " + d.message);
    }
    if (!condition)
        return ModuleResult::failure("inputs must hold one comparison or logical expression, e.g. "
                                     "{stringEquals: 'a', value: '{{ build.Step.outputs.stdout }}'}");
    auto value = ctx.evaluate(*condition);
    if (!value)
        return ModuleResult::failure(value.error().message);
    ctx.message(std::string("Assert: ") + condition->op + " evaluated to " + (*value ? "true" : "false"));
    if (!*value) {
        std::string detail;
        if (!condition->isLogical()) {
            auto operand = ctx.substitute(condition->operand.scalar);
            detail = " (" + condition->op + ": '" + (operand ? *operand : condition->operand.scalar) + "'";
            if (condition->value) {
                auto v = ctx.substitute(condition->value->scalar);
                detail += ", value: '" + (v ? *v : condition->value->scalar) + "'";
            }
            detail += ")";
        }
        return ModuleResult::failure("assertion failed: '" + condition->op + "' evaluated to false" + detail);
    }
    return ModuleResult{};
}

ModuleResult runReboot(ModuleContext &ctx, const Node &inputs)
{
    long long delay = 0;
    if (inputs.isMap()) {
        auto d = InputEntry(inputs, "inputs").integer("delaySeconds", 0);
        if (!d)
            return ModuleResult::failure(d.error().message);
        if (*d < 0)
            return ModuleResult::failure("inputs.delaySeconds must not be negative");
        delay = *d;
    } else if (!inputs.isNull()) {
        return ModuleResult::failure("inputs must be a mapping with an optional 'delaySeconds'");
    }
    ctx.message("Reboot: reboot requested" + (delay ? " (after " + std::to_string(delay) + " s)" : std::string()));
    ModuleResult r;
    r.rebootRequested = true;
    r.rerunStep = false; // after the reboot, the run continues with the next step
    r.delaySeconds = static_cast<int>(delay);
    return r;
}

ModuleResult runExecuteDocument(ModuleContext &ctx, const Node &inputs)
{
    return ctx.executeDocument(inputs);
}

ModuleResult runUnsupported(ModuleContext &ctx, const Node &)
{
    const std::string &action = ctx.step().action;
    if (action == "S3Download" || action == "S3Upload")
        return ModuleResult::failure(action + " is not supported on this platform: Kiln runs without AWS credentials or "
                                              "S3 access (download with WebDownload, or copy files with the component)");
    return ModuleResult::failure(action + " is not supported on this platform: it is a Windows-only action module and "
                                          "this host runs Linux");
}

ModuleFunction findModule(const std::string &action)
{
    static const struct {
        const char *name;
        ModuleFunction fn;
    } table[] = {
        {"AppendFile", runAppendFile},
        {"Assert", runAssert},
        {"CopyFile", runCopyFile},
        {"CopyFolder", runCopyFolder},
        {"CreateFile", runCreateFile},
        {"CreateFolder", runCreateFolder},
        {"CreateSymlink", runCreateSymlink},
        {"DeleteFile", runDeleteFile},
        {"DeleteFolder", runDeleteFolder},
        {"ExecuteBash", runExecuteBash},
        {"ExecuteBinary", runExecuteBinary},
        {"ExecuteDocument", runExecuteDocument},
        {"ExecutePowerShell", runUnsupported},
        {"InstallMSI", runUnsupported},
        {"ListFiles", runListFiles},
        {"MoveFile", runMoveFile},
        {"MoveFolder", runMoveFolder},
        {"ReadFile", runReadFile},
        {"Reboot", runReboot},
        {"S3Download", runUnsupported},
        {"S3Upload", runUnsupported},
        {"SetFileEncoding", runSetFileEncoding},
        {"SetFileOwner", runSetFileOwner},
        {"SetFilePermissions", runSetFilePermissions},
        {"SetFolderOwner", runSetFolderOwner},
        {"SetFolderPermissions", runSetFolderPermissions},
        {"SetRegistry", runUnsupported},
        {"UninstallMSI", runUnsupported},
        {"UpdateOS", runUpdateOS},
        {"WebDownload", runWebDownload},
    };
    for (const auto &entry : table)
        if (action == entry.name)
            return entry.fn;
    return nullptr;
}

} // namespace Kiln::Toe
