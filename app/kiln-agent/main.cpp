// kiln-agent: runs the build plan from the cidata seed inside a build/test VM and streams events
// to the host over virtio-serial (ARCHITECTURE.md, "The agent protocol"; docs/build-plan.md).
#include "power.h"
#include "session.h"

#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <pthread.h>
#include <string>
#include <thread>
#include <unistd.h>

namespace {

const char Usage[] =
    "usage: kiln-agent [--seed DIR] [--plan FILE] [--port PATH] [--no-shutdown] [--generalize-root DIR]\n"
    "                  [--version] [--help]\n"
    "\n"
    "Runs the build plan of a Kiln VM stage and streams its events to the host.\n"
    "  --seed DIR     the mounted cidata seed (default: $KILN_SEED_DIR, $KILN_SEED, or the folder above\n"
    "                 the agent's own kiln/ folder)\n"
    "  --plan FILE    the plan (default: DIR/kiln/plan.json); document paths are relative to its folder\n"
    "  --port PATH    the channel to the host (default: $KILN_AGENT_PORT, else\n"
    "                 /dev/virtio-ports/org.kiln.agent.0, found by name in /sys/class/virtio-ports when\n"
    "                 the link is missing); a unix socket, FIFO, pty or file works too\n"
    "  --no-shutdown  never reboot or power off: exit instead (3 = a step asked for a reboot: run the\n"
    "                 agent again to resume) and never generalize this machine\n"
    "  --generalize-root DIR  with --no-shutdown: generalize the tree DIR (tests)\n"
    "Exit status (when the agent does not power off): 0 success, 1 failed, 2 usage, 3 reboot requested,\n"
    "130 cancelled.\n";

std::string environment(const char *name)
{
    const char *v = std::getenv(name);
    return v ? v : "";
}

// The seed is the folder holding kiln/kiln-agent: the agent runs from it.
std::string seedFromExecutable()
{
    char buf[PATH_MAX];
    const ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0)
        return {};
    std::string exe(buf, static_cast<size_t>(n));
    const std::string suffix = "/kiln/kiln-agent";
    if (exe.size() > suffix.size() && exe.compare(exe.size() - suffix.size(), suffix.size(), suffix) == 0)
        return exe.substr(0, exe.size() - suffix.size());
    return {};
}

Kiln::Agent::Session *g_session = nullptr;

// Signals are taken by one thread (blocked everywhere else; steps get a clean mask from the
// process runner): SIGTERM/SIGINT/SIGHUP cancel the run, or end the agent quietly once it has
// started the shutdown itself (systemd stopping the agent's unit).
void signalThread(sigset_t set)
{
    while (true) {
        int sig = 0;
        if (sigwait(&set, &sig) != 0)
            continue;
        if (Kiln::Agent::shutdownStarted())
            std::_Exit(0);
        std::fprintf(stderr, "kiln-agent: received %s: cancelling the run\n", strsignal(sig));
        if (g_session)
            g_session->cancel(std::string("the agent was stopped by ") + strsignal(sig)
                                  + " (is the guest shutting down?)",
                              false);
    }
}

} // namespace

int main(int argc, char **argv)
{
    using Kiln::Agent::ExitUsage;
    Kiln::Agent::Options options;
    std::string seed;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&](std::string &to) {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "kiln-agent: %s needs a value\n%s", a.c_str(), Usage);
                std::exit(ExitUsage);
            }
            to = argv[++i];
        };
        if (a == "--version") {
            std::printf("kiln-agent %s (agent protocol 1, build plan 1)\n", Kiln::Agent::Version);
            return 0;
        } else if (a == "--help" || a == "-h") {
            std::fputs(Usage, stdout);
            return 0;
        } else if (a == "--seed") {
            value(seed);
        } else if (a == "--plan") {
            value(options.planPath);
        } else if (a == "--port") {
            value(options.portPath);
        } else if (a == "--no-shutdown") {
            options.noShutdown = true;
        } else if (a == "--generalize-root") {
            value(options.generalizeRoot);
        } else {
            std::fprintf(stderr, "kiln-agent: unknown argument '%s'\n%s", a.c_str(), Usage);
            return ExitUsage;
        }
    }
    if (!options.generalizeRoot.empty() && !options.noShutdown) {
        std::fprintf(stderr, "kiln-agent: --generalize-root is for tests and needs --no-shutdown\n");
        return ExitUsage;
    }
    if (seed.empty())
        seed = environment("KILN_SEED_DIR");
    if (seed.empty())
        seed = environment("KILN_SEED"); // the name the cloud-init launcher used at first
    if (seed.empty())
        seed = seedFromExecutable();
    if (options.planPath.empty() && !seed.empty())
        options.planPath = seed + "/kiln/plan.json";
    if (options.portPath.empty())
        options.portPath = environment("KILN_AGENT_PORT");
    if (options.portPath.empty())
        options.portPath = Kiln::Agent::Port::DefaultPath;
    options.portLookUp = options.portPath.rfind("/dev/virtio-ports/", 0) == 0;
    if (options.planPath.empty())
        options.planPath = "kiln/plan.json"; // reported as missing, with what to do, over the port too

    // Steps expect a login-like environment; a systemd unit gives almost none.
    if (environment("PATH").empty())
        ::setenv("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", 1);
    if (environment("HOME").empty() && ::geteuid() == 0)
        ::setenv("HOME", "/root", 1);
    if (environment("LANG").empty())
        ::setenv("LANG", "C.UTF-8", 1);

    std::signal(SIGPIPE, SIG_IGN);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    std::thread(signalThread, set).detach();

    std::setvbuf(stderr, nullptr, _IOLBF, 0);
    Kiln::Agent::Session session(options);
    g_session = &session;
    const int code = session.run();
    g_session = nullptr;
    return code;
}
