#pragma once
// Runs a helper program to completion and captures its output (package queries, generalization,
// `cloud-init status --wait`, systemctl) — through the executor's process runner, so a helper gets
// its own process group, a deadline, and a clean signal mask like any step.

#include "core/toe/process.h"

#include <chrono>
#include <string>
#include <vector>

namespace Kiln::Agent {

struct CommandResult {
    bool started = false;
    int exitCode = -1;
    int signal = 0;
    bool timedOut = false;
    std::string out;
    std::string err;
    std::string error; // why it did not start
    bool ok() const { return started && signal == 0 && exitCode == 0 && !timedOut; }
    // "exit code 2: <last stderr line>" and the like, for messages
    std::string describe() const;
};

// argv[0] is looked up in PATH. Output beyond maxOutput per stream is dropped (counted in describe()).
CommandResult runCommand(const std::vector<std::string> &argv, std::chrono::seconds timeout,
                         const Toe::CancelToken *cancel = nullptr, size_t maxOutput = 64 * 1024 * 1024,
                         const std::vector<std::string> &environment = {});

bool haveProgram(const std::string &name);

} // namespace Kiln::Agent
