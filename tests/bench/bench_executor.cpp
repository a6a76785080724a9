// Benchmark (not a test): the executor's overhead per trivial ExecuteBash step beyond bash's own
// start. Runs N steps of `true` through the Executor, and N bare `bash -c true` spawns in the same
// process, and prints both and the difference per step (goal: < 5 ms).
//   bench_executor [N]
#include "core/toe/executor.h"
#include "core/toe/logfolder.h"
#include "core/toe/process.h"
#include "core/toe/validator.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace Kiln::Toe;
using Clock = std::chrono::steady_clock;

static double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// n spawns of `bash -c true` (script empty) or `bash SCRIPT` (a file holding `true`, as the executor runs it)
static double bareBash(int n, const std::string &bash, const std::string &script = {})
{
    const auto start = Clock::now();
    for (int i = 0; i < n; ++i) {
        pid_t pid = 0;
        char *argvC[] = {const_cast<char *>(bash.c_str()), const_cast<char *>("-c"), const_cast<char *>("true"), nullptr};
        char *argvF[] = {const_cast<char *>(bash.c_str()), const_cast<char *>(script.c_str()), nullptr};
        char **argv = script.empty() ? argvC : argvF;
        if (posix_spawn(&pid, bash.c_str(), nullptr, nullptr, argv, environ) != 0)
            return -1;
        int status = 0;
        waitpid(pid, &status, 0);
    }
    return msSince(start);
}

static double executorRun(int n, bool withLogFolder, const std::string &tmp)
{
    std::string yaml = "name: bench\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n";
    for (int i = 0; i < n; ++i)
        yaml += "      - name: Step" + std::to_string(i) + "\n        action: ExecuteBash\n        inputs:\n"
                "          commands:\n            - 'true'\n";
    ValidationResult v = validateText(yaml, "bench.yml");
    if (!v.ok()) {
        std::fprintf(stderr, "bench document invalid\n");
        std::exit(1);
    }
    RunRequest request;
    DocumentSource source;
    source.path = "bench.yml";
    source.document = std::move(*v.document);
    request.documents.push_back(std::move(source));
    Executor executor;
    std::unique_ptr<LogFolder> folder;
    if (withLogFolder) {
        auto f = LogFolder::create(tmp, "bench", WallClock::now(), {});
        if (!f) {
            std::fprintf(stderr, "%s\n", f.error().toString().c_str());
            std::exit(1);
        }
        folder = std::move(*f);
        executor.addListener(folder.get());
    }
    const auto start = Clock::now();
    const RunResult r = executor.run(request);
    const double ms = msSince(start);
    if (!r.success()) {
        std::fprintf(stderr, "bench run failed: %s\n", r.report.failureMessage.c_str());
        std::exit(1);
    }
    return ms;
}

int main(int argc, char **argv)
{
    const int n = argc > 1 ? std::atoi(argv[1]) : 300;
    const std::string bash = findExecutable("bash");
    char tmpl[] = "/tmp/kiln-bench-XXXXXX";
    const std::string tmp = mkdtemp(tmpl);

    bareBash(10, bash); // warm the page cache
    executorRun(10, false, tmp);

    // Interleaved repetitions, best of each: the machine is shared, so single runs are noisy.
    const std::string script = tmp + "/true.sh";
    if (std::FILE *f = std::fopen(script.c_str(), "w")) {
        std::fputs("true\n", f);
        std::fclose(f);
    }
    double baseline = 1e18, fileBaseline = 1e18, plain = 1e18, logged = 1e18;
    for (int round = 0; round < 3; ++round) {
        baseline = std::min(baseline, bareBash(n, bash));
        fileBaseline = std::min(fileBaseline, bareBash(n, bash, script));
        plain = std::min(plain, executorRun(n, false, tmp));
        logged = std::min(logged, executorRun(n, true, tmp));
    }

    std::printf("steps: %d\n", n);
    std::printf("bare `bash -c true` spawns:        %8.1f ms total, %6.3f ms each\n", baseline, baseline / n);
    std::printf("bare `bash true.sh` spawns:        %8.1f ms total, %6.3f ms each\n", fileBaseline, fileBaseline / n);
    std::printf("executor, no listener:             %8.1f ms total, %6.3f ms per step\n", plain, plain / n);
    std::printf("executor + log folder (console.log): %6.1f ms total, %6.3f ms per step\n", logged, logged / n);
    std::printf("overhead per step beyond bash:     %6.3f ms (no listener), %6.3f ms (log folder); goal < 5 ms\n",
                (plain - baseline) / n, (logged - baseline) / n);
    std::string cleanup = "rm -rf '" + tmp + "'";
    return std::system(cleanup.c_str()) == 0 ? 0 : 1;
}
