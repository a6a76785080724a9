// Action modules that run programs: ExecuteBash, ExecuteBinary, UpdateOS (SPEC §7.1, §7.4).
#include "moduleinputs.h"
#include "modules.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Kiln::Toe {

namespace {

constexpr int RebootExitCode = 194;

std::string trimTrailingNewlines(std::string s)
{
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r'))
        s.pop_back();
    return s;
}

bool writeFile(const std::string &path, const std::string &content, mode_t mode, std::string &error)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    if (fd < 0) {
        error = "cannot write '" + path + "': " + std::strerror(errno);
        return false;
    }
    size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            error = "cannot write '" + path + "': " + std::strerror(errno);
            ::close(fd);
            return false;
        }
        done += static_cast<size_t>(n);
    }
    ::close(fd);
    return true;
}

std::string signalText(int sig)
{
    const char *name = sigabbrev_np(sig);
    return std::to_string(sig) + (name ? std::string(" (SIG") + name + ")" : std::string());
}

// Turns a finished process into the module result every Execute* module reports.
ModuleResult processResult(ModuleContext &ctx, const ProcessResult &pr, std::string &stdoutText)
{
    ModuleResult r;
    if (!pr.started) {
        r.success = false;
        r.cancelled = pr.cancelled;
        r.failureMessage = pr.cancelled ? "cancelled" : pr.error;
        return r;
    }
    Json out = Json::object();
    out["stdout"] = trimTrailingNewlines(std::move(stdoutText));
    r.outputs.push_back(std::move(out));
    if (pr.cancelled) {
        r.success = false;
        r.cancelled = true;
        r.failureMessage = "cancelled: the process group was killed";
        ctx.message("CmdExecution: cancelled, process group killed");
        return r;
    }
    if (pr.timedOut) {
        r.success = false;
        r.timedOut = true;
        r.failureMessage = "timed out after " + std::to_string(ctx.step().timeoutSeconds)
                           + " seconds (timeoutSeconds); the process group was killed";
        ctx.message("CmdExecution: timed out, process group killed");
        return r;
    }
    if (pr.signal != 0) {
        r.success = false;
        r.failureMessage = "the process was killed by signal " + signalText(pr.signal);
        ctx.message("CmdExecution: killed by signal " + signalText(pr.signal));
        return r;
    }
    r.exitCode = pr.exitCode;
    ctx.message("CmdExecution: ExitCode " + std::to_string(pr.exitCode));
    if (pr.exitCode == RebootExitCode) {
        r.rebootRequested = true;
        r.rerunStep = true;
        return r;
    }
    if (pr.exitCode != 0) {
        r.success = false;
        r.failureMessage = "exited with code " + std::to_string(pr.exitCode);
    }
    if (!pr.error.empty() && r.success) {
        r.success = false;
        r.failureMessage = pr.error;
    }
    return r;
}

// bash, or sh with a warning when a tiny guest has no bash.
std::string findShell(ModuleContext &ctx, std::string &error)
{
    std::string shell = findExecutable("bash", ctx.config().searchPath);
    if (!shell.empty())
        return shell;
    shell = findExecutable("sh", ctx.config().searchPath);
    if (!shell.empty()) {
        ctx.message("Warning: bash was not found in PATH; running the script with " + shell
                    + " (bash-only syntax will fail)");
        return shell;
    }
    error = "neither bash nor sh was found in PATH (" + (ctx.config().searchPath.empty() ? defaultSearchPath()
                                                                                           : ctx.config().searchPath)
            + ")";
    return {};
}

ModuleResult runScript(ModuleContext &ctx, const std::string &script)
{
    std::string error;
    const std::string shell = findShell(ctx, error);
    if (shell.empty())
        return ModuleResult::failure(error);
    const std::string path = ctx.temporaryPath("script-", ".sh");
    if (!writeFile(path, script, 0700, error))
        return ModuleResult::failure(error);
    ProcessSpec spec;
    spec.program = shell;
    spec.arguments = {path};
    spec.workingDirectory = ctx.config().workingDirectory;
    std::string captured;
    const ProcessResult pr = ctx.runProcess(spec, &captured);
    ::unlink(path.c_str());
    return processResult(ctx, pr, captured);
}

std::string shellQuote(const std::string &s)
{
    std::string out = "'";
    for (char c : s) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out + "'";
}

} // namespace

ModuleResult runExecuteBash(ModuleContext &ctx, const Node &inputs)
{
    if (!inputs.isMap())
        return ModuleResult::failure("inputs must be a mapping with 'commands' (a list of strings)");
    InputEntry entry(inputs, "inputs");
    if (!entry.has("commands"))
        return ModuleResult::failure("inputs.commands is required (a list of shell commands)");
    auto commands = entry.stringList("commands");
    if (!commands)
        return ModuleResult::failure(commands.error().message);
    // All commands form ONE script, so an `if` may span several list items (SPEC §11.1).
    std::string script;
    for (const auto &c : *commands) {
        script += c;
        if (script.empty() || script.back() != '\n')
            script += '\n';
    }
    return runScript(ctx, script);
}

ModuleResult runExecuteBinary(ModuleContext &ctx, const Node &inputs)
{
    if (!inputs.isMap())
        return ModuleResult::failure("inputs must be a mapping with 'path' and optional 'arguments'");
    InputEntry entry(inputs, "inputs");
    auto path = entry.required("path");
    if (!path)
        return ModuleResult::failure(path.error().message);
    auto arguments = entry.stringList("arguments");
    if (!arguments)
        return ModuleResult::failure(arguments.error().message);
    std::string program = *path;
    if (program.find('/') != std::string::npos && program.front() != '/' && !ctx.config().workingDirectory.empty())
        program = ctx.config().workingDirectory + "/" + program;
    const std::string resolved = findExecutable(program, ctx.config().searchPath);
    if (resolved.empty())
        return ModuleResult::failure("'" + *path + "' is not an executable file"
                                     + (path->find('/') == std::string::npos ? " found in PATH" : std::string()));
    ProcessSpec spec;
    spec.program = resolved;
    spec.arguments = *arguments;
    spec.workingDirectory = ctx.config().workingDirectory;
    std::string captured;
    const ProcessResult pr = ctx.runProcess(spec, &captured);
    return processResult(ctx, pr, captured);
}

ModuleResult runUpdateOS(ModuleContext &ctx, const Node &inputs)
{
    std::vector<std::string> include, exclude;
    if (!inputs.isNull()) {
        if (!inputs.isMap())
            return ModuleResult::failure("inputs must be a mapping with optional 'include' and 'exclude' lists");
        InputEntry entry(inputs, "inputs");
        auto inc = entry.stringList("include");
        if (!inc)
            return ModuleResult::failure(inc.error().message);
        auto exc = entry.stringList("exclude");
        if (!exc)
            return ModuleResult::failure(exc.error().message);
        include = *inc;
        exclude = *exc;
    }
    // include ∩ ¬exclude (SPEC §7.4)
    std::vector<std::string> packages;
    for (const auto &p : include)
        if (std::find(exclude.begin(), exclude.end(), p) == exclude.end())
            packages.push_back(p);
    if (!include.empty() && packages.empty()) {
        ctx.message("UpdateOS: every included package is also excluded; nothing to update");
        return ModuleResult{};
    }
    std::string pkgs, holds;
    for (const auto &p : packages)
        pkgs += " " + shellQuote(p);

    const std::string &sp = ctx.config().searchPath;
    std::string script = "set -e\n";
    std::string manager;
    if (!findExecutable("apt-get", sp).empty()) {
        manager = "apt-get";
        script += "export DEBIAN_FRONTEND=noninteractive\n";
        if (packages.empty() && !exclude.empty()) {
            std::string list;
            for (const auto &p : exclude)
                list += " " + shellQuote(p);
            script += "apt-mark hold" + list + "\ntrap 'apt-mark unhold" + list + " >/dev/null' EXIT\n";
        }
        script += "apt-get update\n";
        if (packages.empty())
            script += "apt-get -y -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold upgrade\n";
        else
            script += "apt-get -y -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold install --only-upgrade" + pkgs + "\n";
    } else if (!findExecutable("dnf", sp).empty() || !findExecutable("yum", sp).empty()) {
        manager = !findExecutable("dnf", sp).empty() ? "dnf" : "yum";
        std::string excludes;
        for (const auto &p : exclude)
            excludes += " --exclude=" + shellQuote(p);
        script += manager + " -y" + excludes + (manager == "dnf" ? " upgrade" : " update") + pkgs + "\n";
    } else if (!findExecutable("zypper", sp).empty()) {
        manager = "zypper";
        if (!exclude.empty()) {
            std::string list;
            for (const auto &p : exclude)
                list += " " + shellQuote(p);
            script += "zypper --non-interactive addlock" + list + "\ntrap 'zypper --non-interactive removelock" + list
                      + " >/dev/null' EXIT\n";
        }
        script += "zypper --non-interactive refresh\nzypper --non-interactive update" + pkgs + "\n";
    } else {
        return ModuleResult::failure("no supported package manager found (looked for apt-get, dnf, yum and zypper in PATH "
                                     + (sp.empty() ? defaultSearchPath() : sp) + ")");
    }
    ctx.message("UpdateOS: using " + manager);
    ModuleResult r = runScript(ctx, script);
    r.outputs = Json::array(); // UpdateOS has no outputs
    return r;
}

} // namespace Kiln::Toe
