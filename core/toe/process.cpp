#include "process.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/eventfd.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char **environ;

namespace Kiln::Toe {

CancelToken::CancelToken()
{
    m_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
}

CancelToken::~CancelToken()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void CancelToken::cancel()
{
    m_cancelled.store(true, std::memory_order_release);
    if (m_fd >= 0) {
        const uint64_t one = 1;
        [[maybe_unused]] const ssize_t n = ::write(m_fd, &one, sizeof one);
    }
}

void CancelToken::reset()
{
    m_cancelled.store(false, std::memory_order_release);
    if (m_fd >= 0) {
        uint64_t value = 0;
        [[maybe_unused]] const ssize_t n = ::read(m_fd, &value, sizeof value);
    }
}

std::string defaultSearchPath()
{
    const char *path = std::getenv("PATH");
    if (path && *path)
        return path;
    return "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
}

std::string findExecutable(const std::string &name, const std::string &searchPath)
{
    if (name.empty())
        return {};
    auto executable = [](const std::string &p) {
        struct stat st {};
        return ::stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(p.c_str(), X_OK) == 0;
    };
    if (name.find('/') != std::string::npos)
        return executable(name) ? name : std::string();
    const std::string path = searchPath.empty() ? defaultSearchPath() : searchPath;
    size_t start = 0;
    while (start <= path.size()) {
        size_t end = path.find(':', start);
        if (end == std::string::npos)
            end = path.size();
        std::string dir = path.substr(start, end - start);
        if (dir.empty())
            dir = ".";
        const std::string candidate = dir + '/' + name;
        if (executable(candidate))
            return candidate;
        start = end + 1;
    }
    return {};
}

namespace {

struct Fd {
    int fd = -1;
    Fd() = default;
    explicit Fd(int f) : fd(f) {}
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    ~Fd() { reset(); }
    void reset()
    {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
};

std::vector<std::string> mergedEnvironment(const std::vector<std::string> &extra)
{
    std::vector<std::string> env;
    auto nameOf = [](const std::string &entry) { return entry.substr(0, entry.find('=')); };
    for (char **e = environ; e && *e; ++e) {
        const std::string entry(*e);
        const std::string name = nameOf(entry);
        const bool overridden = std::any_of(extra.begin(), extra.end(),
                                            [&](const std::string &x) { return nameOf(x) == name; });
        if (!overridden)
            env.push_back(entry);
    }
    env.insert(env.end(), extra.begin(), extra.end());
    return env;
}

int pidfdOpen(pid_t pid)
{
#ifdef SYS_pidfd_open
    return static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
#else
    (void)pid;
    errno = ENOSYS;
    return -1;
#endif
}

} // namespace

ProcessResult runProcess(const ProcessSpec &spec, SteadyClock::time_point deadline, const CancelToken &cancel,
                         const OutputSink &sink, std::chrono::milliseconds drainGrace)
{
    ProcessResult result;
    if (cancel.isCancelled()) {
        result.cancelled = true;
        result.error = "cancelled before start";
        return result;
    }

    int outPipe[2], errPipe[2];
    if (::pipe2(outPipe, O_CLOEXEC) != 0) {
        result.error = std::string("cannot create a pipe: ") + std::strerror(errno);
        return result;
    }
    Fd outRead(outPipe[0]), outWrite(outPipe[1]);
    if (::pipe2(errPipe, O_CLOEXEC) != 0) {
        result.error = std::string("cannot create a pipe: ") + std::strerror(errno);
        return result;
    }
    Fd errRead(errPipe[0]), errWrite(errPipe[1]);
    // Only our ends are non-blocking: the child's stdout/stderr must stay blocking.
    ::fcntl(outRead.fd, F_SETFL, O_NONBLOCK);
    ::fcntl(errRead.fd, F_SETFL, O_NONBLOCK);
#ifdef F_SETPIPE_SZ
    // A bigger stdout pipe: a flooding child keeps writing while we handle what we read, and we
    // read it in big blocks (fewer wake-ups, reads and listener calls per line; best effort).
    ::fcntl(outRead.fd, F_SETPIPE_SZ, 1024 * 1024);
#endif

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, outWrite.fd, 1);
    posix_spawn_file_actions_adddup2(&actions, errWrite.fd, 2);
    if (!spec.workingDirectory.empty())
        posix_spawn_file_actions_addchdir_np(&actions, spec.workingDirectory.c_str());

    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t mask;
    sigemptyset(&mask);
    posix_spawnattr_setsigmask(&attr, &mask);
    sigset_t defaults;
    sigfillset(&defaults);
    sigdelset(&defaults, SIGKILL);
    sigdelset(&defaults, SIGSTOP);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    std::vector<std::string> argvStrings;
    argvStrings.push_back(spec.program);
    argvStrings.insert(argvStrings.end(), spec.arguments.begin(), spec.arguments.end());
    std::vector<char *> argv;
    for (auto &a : argvStrings)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<std::string> envStrings = mergedEnvironment(spec.environment);
    std::vector<char *> envp;
    for (auto &e : envStrings)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    pid_t pid = -1;
    const int rc = posix_spawn(&pid, spec.program.c_str(), &actions, &attr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    outWrite.reset();
    errWrite.reset();
    if (rc != 0) {
        result.error = "cannot start '" + spec.program + "': " + std::strerror(rc);
        return result;
    }
    result.started = true;

    Fd pidfd(pidfdOpen(pid));
    bool exited = false;
    bool killed = false;
    SteadyClock::time_point drainUntil = SteadyClock::time_point::max();
    static thread_local std::vector<char> buffer(64 * 1024);
    size_t readThisRound = 0;
    constexpr size_t FloodRead = 4096;
    constexpr auto FloodPause = std::chrono::milliseconds(15);

    auto killGroup = [&] {
        ::kill(-pid, SIGKILL);
        killed = true;
    };
    auto reap = [&](bool block) {
        int status = 0;
        const pid_t r = ::waitpid(pid, &status, block ? 0 : WNOHANG);
        if (r != pid)
            return false;
        exited = true;
        if (WIFEXITED(status))
            result.exitCode = WEXITSTATUS(status);
        else if (WIFSIGNALED(status))
            result.signal = WTERMSIG(status);
        // Output from processes left behind is read a little longer; after a kill the pipes
        // close as soon as the group is gone.
        drainUntil = SteadyClock::now() + (killed ? std::chrono::milliseconds(2000) : drainGrace);
        return true;
    };
    auto drain = [&](Fd &fd, OutputStream stream) {
        // Read what is there now, but bounded, so that a flood on one pipe can't starve the other.
        for (int rounds = 0; rounds < 16 && fd.fd >= 0; ++rounds) {
            const ssize_t n = ::read(fd.fd, buffer.data(), buffer.size());
            if (n > 0) {
                readThisRound += static_cast<size_t>(n);
                if (sink)
                    sink(stream, std::string_view(buffer.data(), static_cast<size_t>(n)));
                continue;
            }
            if (n == 0) {
                fd.reset();
            } else if (errno != EAGAIN && errno != EINTR) {
                fd.reset();
            }
            break;
        }
    };

    while (true) {
        const auto now = SteadyClock::now();
        if (!killed && !exited && cancel.isCancelled()) {
            killGroup();
            result.cancelled = true;
        }
        if (!killed && now >= deadline) {
            killGroup();
            result.timedOut = true;
        }
        if (exited && ((outRead.fd < 0 && errRead.fd < 0) || now >= drainUntil))
            break;

        pollfd fds[4];
        int n = 0;
        const int outIdx = outRead.fd >= 0 ? n : -1;
        if (outRead.fd >= 0)
            fds[n++] = {outRead.fd, POLLIN, 0};
        const int errIdx = errRead.fd >= 0 ? n : -1;
        if (errRead.fd >= 0)
            fds[n++] = {errRead.fd, POLLIN, 0};
        const int cancelIdx = (!killed && !exited && cancel.pollFd() >= 0) ? n : -1;
        if (cancelIdx >= 0)
            fds[n++] = {cancel.pollFd(), POLLIN, 0};
        const int pidIdx = (!exited && pidfd.fd >= 0) ? n : -1;
        if (pidIdx >= 0)
            fds[n++] = {pidfd.fd, POLLIN, 0};

        auto wait = std::chrono::milliseconds(1000);
        auto limit = [&](SteadyClock::time_point t) {
            if (t == SteadyClock::time_point::max())
                return;
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(t - now)
                              + std::chrono::milliseconds(1);
            wait = std::min(wait, std::max(left, std::chrono::milliseconds(0)));
        };
        if (!killed)
            limit(deadline);
        if (exited)
            limit(drainUntil);
        if (!exited && pidfd.fd < 0)
            wait = std::min(wait, std::chrono::milliseconds(20)); // no pidfd: poll waitpid
        if (!exited && killed)
            wait = std::min(wait, std::chrono::milliseconds(50));

        const int ready = ::poll(fds, static_cast<nfds_t>(n), static_cast<int>(wait.count()));
        if (ready < 0 && errno != EINTR) {
            result.error = std::string("poll failed: ") + std::strerror(errno);
            if (!exited) {
                killGroup();
                reap(true);
            }
            break;
        }
        readThisRound = 0;
        if (ready > 0) {
            if (outIdx >= 0 && fds[outIdx].revents)
                drain(outRead, OutputStream::Stdout);
            if (errIdx >= 0 && fds[errIdx].revents)
                drain(errRead, OutputStream::Stderr);
        }
        // A child that floods its output (a whole stdio buffer or more since the last look): let
        // it fill the pipe for a moment instead of waking us for every write. On a one-vCPU guest
        // each wake-up is a switch between the child and us; reading 4 KiB at a time cost a
        // flooding step a fifth of its speed under TCG. The delay is far below the output's
        // coalescing (EventStream) and the latency goal; a step that prints now and then is not
        // delayed at all.
        if (readThisRound >= FloodRead && !exited && !killed && !cancel.isCancelled())
            std::this_thread::sleep_for(FloodPause);
        // With a pidfd, waitpid only once it says the child exited (one syscall less per read).
        if (!exited && (pidIdx < 0 || ready <= 0 || fds[pidIdx].revents))
            reap(false);
        (void)pidIdx;
        (void)cancelIdx;
    }
    if (!exited) {
        killGroup();
        reap(true);
    }
    return result;
}

} // namespace Kiln::Toe
