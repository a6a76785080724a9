#pragma once
// Child processes for the executor: each child leads its own session (setsid), so a timeout or a
// cancel kills the whole process group — grandchildren such as a backgrounded `sleep` included.
// stdout/stderr are read with poll() and handed over chunk by chunk as they arrive.

#include "timeutil.h"

#include <atomic>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace Kiln::Toe {

// A thread-safe cancel flag that also wakes a poll() (an eventfd), so cancel() takes effect at once.
class CancelToken
{
public:
    CancelToken();
    ~CancelToken();
    CancelToken(const CancelToken &) = delete;
    CancelToken &operator=(const CancelToken &) = delete;

    void cancel();            // any thread, idempotent
    bool isCancelled() const { return m_cancelled.load(std::memory_order_acquire); }
    int pollFd() const { return m_fd; } // readable once cancelled
    void reset();             // only between runs

private:
    std::atomic<bool> m_cancelled{false};
    int m_fd = -1;
};

struct ProcessSpec {
    std::string program;                 // absolute (or relative to workingDirectory) path
    std::vector<std::string> arguments;  // argv[1…]
    std::string workingDirectory;        // empty: inherit
    std::vector<std::string> environment; // extra "NAME=value" entries (override inherited ones)
};

struct ProcessResult {
    bool started = false;
    std::string error;        // why it did not start (or a read error)
    int exitCode = -1;        // when it exited normally
    int signal = 0;           // when a signal ended it
    bool timedOut = false;    // killed at the deadline
    bool cancelled = false;   // killed because the token was cancelled
    bool exited() const { return started && signal == 0 && exitCode >= 0; }
};

enum class OutputStream { Stdout, Stderr };
using OutputSink = std::function<void(OutputStream, std::string_view)>;

// Runs spec to completion. deadline == SteadyClock::time_point::max() means no timeout.
// After the child exits, output still arriving from processes it left running is read for at most
// drainGrace, then the pipes are closed (a daemon started by a step must not hang the run).
ProcessResult runProcess(const ProcessSpec &spec, SteadyClock::time_point deadline, const CancelToken &cancel,
                         const OutputSink &sink,
                         std::chrono::milliseconds drainGrace = std::chrono::milliseconds(1000));

// Looks name up like execvp does, in searchPath (a PATH value; empty = $PATH, or the standard
// directories when PATH is unset). A name with a '/' is returned as is when executable.
std::string findExecutable(const std::string &name, const std::string &searchPath = {});
// The PATH value used when none is given.
std::string defaultSearchPath();

} // namespace Kiln::Toe
