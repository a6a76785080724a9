#include "command.h"

namespace Kiln::Agent {

std::string CommandResult::describe() const
{
    if (!started)
        return error;
    std::string text = timedOut ? "timed out" : signal ? "killed by signal " + std::to_string(signal)
                                                       : "exit code " + std::to_string(exitCode);
    std::string last = err.empty() ? out : err;
    while (!last.empty() && (last.back() == '\n' || last.back() == ' '))
        last.pop_back();
    if (const size_t nl = last.rfind('\n'); nl != std::string::npos)
        last = last.substr(nl + 1);
    if (!last.empty())
        text += ": " + last;
    return text;
}

CommandResult runCommand(const std::vector<std::string> &argv, std::chrono::seconds timeout,
                         const Toe::CancelToken *cancel, size_t maxOutput, const std::vector<std::string> &environment)
{
    CommandResult r;
    if (argv.empty()) {
        r.error = "no command";
        return r;
    }
    Toe::ProcessSpec spec;
    spec.program = Toe::findExecutable(argv[0]);
    if (spec.program.empty()) {
        r.error = "'" + argv[0] + "' is not installed (not found in PATH)";
        return r;
    }
    spec.arguments.assign(argv.begin() + 1, argv.end());
    spec.environment = environment;
    spec.workingDirectory = "/";
    Toe::CancelToken never;
    const Toe::ProcessResult p = Toe::runProcess(
        spec, Toe::SteadyClock::now() + timeout, cancel ? *cancel : never,
        [&](Toe::OutputStream stream, std::string_view chunk) {
            std::string &to = stream == Toe::OutputStream::Stdout ? r.out : r.err;
            if (to.size() < maxOutput)
                to.append(chunk.substr(0, maxOutput - to.size()));
        },
        std::chrono::milliseconds(200));
    r.started = p.started;
    r.exitCode = p.exitCode;
    r.signal = p.signal;
    r.timedOut = p.timedOut;
    r.error = p.error;
    return r;
}

bool haveProgram(const std::string &name)
{
    return !Toe::findExecutable(name).empty();
}

} // namespace Kiln::Agent
