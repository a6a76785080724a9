#pragma once
// The action modules (SPEC §7) as the executor calls them: one function per module keyword,
// given the step's inputs with every {{ }} already substituted (per loop iteration), and a
// ModuleContext through which it runs processes, reports lines and reaches the executor.

#include "executorconfig.h"
#include "json.h"
#include "model.h"
#include "process.h"
#include "runlistener.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Kiln::Toe {

struct ModuleResult {
    bool success = true;
    std::string failureMessage;
    std::optional<int> exitCode;      // of the process the module ran, if any
    bool timedOut = false;
    bool cancelled = false;
    bool rebootRequested = false;     // exit code 194 / Reboot action
    bool rerunStep = true;            // 194: rerun this step after the reboot; Reboot: continue after it
    int delaySeconds = 0;
    Json outputs = Json::array();     // one object per input entry, e.g. [{"stdout": "…"}]
    std::vector<DocumentReport> documents; // ExecuteDocument

    static ModuleResult failure(std::string message)
    {
        ModuleResult r;
        r.success = false;
        r.failureMessage = std::move(message);
        return r;
    }
};

class ModuleContext
{
public:
    virtual ~ModuleContext() = default;
    virtual const Step &step() const = 0;
    virtual const Position &position() const = 0;
    virtual const ExecutorConfig &config() const = 0;
    virtual void message(std::string_view line) = 0;
    // Runs a child under the step's deadline and the run's cancel token, streaming its output to the
    // listeners. With capturedStdout, stdout is also kept (up to config().maxCapturedOutput).
    virtual ProcessResult runProcess(const ProcessSpec &spec, std::string *capturedStdout) = 0;
    virtual SteadyClock::time_point deadline() const = 0;
    virtual const CancelToken &cancelToken() const = 0;
    // A new, unused file path in the run's private temporary folder.
    virtual std::string temporaryPath(const std::string &prefix, const std::string &suffix) = 0;
    // Evaluates a condition (Assert) with the step's variables.
    virtual Result<bool> evaluate(const Condition &condition) = 0;
    // Replaces {{ … }} in text with the step's current values.
    virtual Result<std::string> substitute(const std::string &text) = 0;
    // Runs a nested document (ExecuteDocument).
    virtual ModuleResult executeDocument(const Node &inputs) = 0;
};

using ModuleFunction = ModuleResult (*)(ModuleContext &ctx, const Node &inputs);

// The implementation of an action keyword; nullptr for an unknown keyword.
ModuleFunction findModule(const std::string &action);

// Modules (module_*.cpp)
ModuleResult runExecuteBash(ModuleContext &ctx, const Node &inputs);
ModuleResult runExecuteBinary(ModuleContext &ctx, const Node &inputs);
ModuleResult runUpdateOS(ModuleContext &ctx, const Node &inputs);
ModuleResult runAssert(ModuleContext &ctx, const Node &inputs);
ModuleResult runReboot(ModuleContext &ctx, const Node &inputs);
ModuleResult runExecuteDocument(ModuleContext &ctx, const Node &inputs);
ModuleResult runWebDownload(ModuleContext &ctx, const Node &inputs);
ModuleResult runUnsupported(ModuleContext &ctx, const Node &inputs);
ModuleResult runCreateFile(ModuleContext &ctx, const Node &inputs);
ModuleResult runAppendFile(ModuleContext &ctx, const Node &inputs);
ModuleResult runReadFile(ModuleContext &ctx, const Node &inputs);
ModuleResult runSetFileEncoding(ModuleContext &ctx, const Node &inputs);
ModuleResult runCreateFolder(ModuleContext &ctx, const Node &inputs);
ModuleResult runCopyFile(ModuleContext &ctx, const Node &inputs);
ModuleResult runCopyFolder(ModuleContext &ctx, const Node &inputs);
ModuleResult runMoveFile(ModuleContext &ctx, const Node &inputs);
ModuleResult runMoveFolder(ModuleContext &ctx, const Node &inputs);
ModuleResult runDeleteFile(ModuleContext &ctx, const Node &inputs);
ModuleResult runDeleteFolder(ModuleContext &ctx, const Node &inputs);
ModuleResult runListFiles(ModuleContext &ctx, const Node &inputs);
ModuleResult runCreateSymlink(ModuleContext &ctx, const Node &inputs);
ModuleResult runSetFileOwner(ModuleContext &ctx, const Node &inputs);
ModuleResult runSetFolderOwner(ModuleContext &ctx, const Node &inputs);
ModuleResult runSetFilePermissions(ModuleContext &ctx, const Node &inputs);
ModuleResult runSetFolderPermissions(ModuleContext &ctx, const Node &inputs);

} // namespace Kiln::Toe
