// Speed of the component-document front end (parse + validate), against the goals of issue 2:
//   a generated 5,000-step document in < 50 ms; the whole public corpus in < 1 s.
// Prints wall-clock and CPU figures (best and median of several rounds); asserts nothing.
//   bench_validate [--rounds N] [--corpus DIR]
#include "core/toe/parser.h"
#include "core/toe/validator.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

using namespace Kiln::Toe;

namespace {

struct Timing {
    double bestWall = 1e30, medianWall = 0, bestCpu = 1e30;
};

Timing measure(int rounds, const std::function<void()> &work)
{
    std::vector<double> walls;
    Timing t;
    for (int i = 0; i < rounds; ++i) {
        const auto w0 = std::chrono::steady_clock::now();
        const std::clock_t c0 = std::clock();
        work();
        const double cpu = double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC;
        const double wall = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - w0).count();
        walls.push_back(wall);
        t.bestWall = std::min(t.bestWall, wall);
        t.bestCpu = std::min(t.bestCpu, cpu);
    }
    std::sort(walls.begin(), walls.end());
    t.medianWall = walls[walls.size() / 2];
    return t;
}

void report(const char *what, const Timing &t, double goalMs)
{
    std::printf("%-44s best %8.2f ms  median %8.2f ms  (cpu %8.2f ms)  goal < %4.0f ms: %s\n", what, t.bestWall,
                t.medianWall, t.bestCpu, goalMs, t.bestWall < goalMs ? "met" : "MISSED");
}

// A realistic document: parameters, and steps of several modules with references, loops and
// conditions, each step chaining the previous one's output.
std::string generate(int steps)
{
    std::string d = "name: bench\ndescription: generated\nschemaVersion: 1.0\nparameters:\n"
                    "  - Greeting:\n      type: string\n      default: hello\n"
                    "constants:\n  - Target:\n      type: string\n      value: /tmp/bench\nphases:\n  - name: build\n    steps:\n";
    for (int i = 0; i < steps; ++i) {
        const std::string n = std::to_string(i);
        const std::string prev = "{{ build.Step" + std::to_string(i > 0 ? i - 1 : 0) + ".outputs.stdout }}";
        d += "      - name: Step" + n + "\n";
        switch (i % 4) {
        case 0:
            d += "        action: ExecuteBash\n        timeoutSeconds: 60\n        onFailure: Continue\n        inputs:\n"
                 "          commands:\n            - echo '{{ Greeting }}' " + n + "\n" +
                 (i > 0 ? "            - echo \"" + prev + "\"\n" : std::string());
            break;
        case 1:
            d += "        action: ExecuteBash\n        loop:\n          name: l" + n + "\n          forEach: [a, b, c]\n"
                 "        inputs:\n          commands:\n            - |\n              echo {{ loop.value }} {{ l" + n +
                 ".index }}\n              echo " + prev + "\n";
            break;
        case 2:
            d += "        action: CreateFile\n        if:\n          and:\n            - fileExists: /etc/os-release\n"
                 "            - not: {stringIsEmpty: '" + prev + "'}\n        inputs:\n"
                 "          - path: '{{ Target }}/f" + n + "'\n            content: x\n            permissions: '0644'\n";
            break;
        default:
            d += "        action: ExecuteBinary\n        maxAttempts: 2\n        inputs:\n          path: /bin/echo\n"
                 "          arguments: ['{{ build.Step" + std::to_string(i - 1) + ".inputs[0].path }}']\n";
            break;
        }
    }
    return d;
}

// The common shape of real documents: ExecuteBash steps, each using the previous one's output.
std::string generatePlain(int steps)
{
    std::string d = "name: plain\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n";
    for (int i = 0; i < steps; ++i) {
        d += "      - name: Step" + std::to_string(i) + "\n        action: ExecuteBash\n        inputs:\n"
             "          commands:\n            - echo step " + std::to_string(i) + "\n";
        if (i > 0)
            d += "            - echo \"{{ build.Step" + std::to_string(i - 1) + ".outputs.stdout }}\"\n";
    }
    return d;
}

} // namespace

int main(int argc, char **argv)
{
    int rounds = 15;
    std::string corpus = std::string(KILN_SHARED_DIR) + "/awstoe/corpus";
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--rounds"))
            rounds = std::max(1, std::atoi(argv[i + 1]));
        else if (!std::strcmp(argv[i], "--corpus"))
            corpus = argv[i + 1];
    }

    const std::string doc = generate(5000);
    const ValidationResult check = validateText(doc, "bench.yml");
    std::printf("varied document: 5000 steps (ExecuteBash, loops, if/and/not, CreateFile, ExecuteBinary), "
                "%zu bytes, %zu diagnostics, %d errors\n",
                doc.size(),
                check.diagnostics.size(), errorCount(check.diagnostics));
    for (const auto &d : check.diagnostics) {
        std::printf("  unexpected: %s\n", d.toString().c_str());
        break;
    }
    report("validateText, 5,000 varied steps", measure(rounds, [&] { validateText(doc, "bench.yml"); }), 50);
    report("  of which parseDocument", measure(rounds, [&] { parseDocument(doc, "bench.yml"); }), 50);

    const std::string plain = generatePlain(5000);
    const ValidationResult plainCheck = validateText(plain, "plain.yml");
    std::printf("plain document: 5000 ExecuteBash steps, %zu bytes, %zu diagnostics\n", plain.size(),
                plainCheck.diagnostics.size());
    report("validateText, 5,000 ExecuteBash steps", measure(rounds, [&] { validateText(plain, "plain.yml"); }), 50);
    report("  of which parseDocument", measure(rounds, [&] { parseDocument(plain, "plain.yml"); }), 50);

    std::vector<std::pair<std::string, std::string>> files;
    std::error_code ec;
    for (const char *sub : {"valid", "invalid"})
        for (const auto &e : std::filesystem::directory_iterator(corpus + "/" + sub, ec))
            if (e.is_regular_file()) {
                std::ifstream in(e.path(), std::ios::binary);
                files.emplace_back(e.path().string(), std::string(std::istreambuf_iterator<char>(in), {}));
            }
    if (files.empty()) {
        std::printf("corpus: not found at %s (skipped)\n", corpus.c_str());
        return 0;
    }
    std::size_t bytes = 0;
    for (const auto &f : files)
        bytes += f.second.size();
    std::printf("corpus: %zu documents, %zu bytes\n", files.size(), bytes);
    report("validateText, whole corpus (in memory)", measure(rounds, [&] {
               for (const auto &f : files)
                   validateText(f.second, f.first);
           }),
           1000);
    report("validateFile, whole corpus (from disk)", measure(rounds, [&] {
               for (const auto &f : files)
                   validateFile(f.first);
           }),
           1000);
    return 0;
}
