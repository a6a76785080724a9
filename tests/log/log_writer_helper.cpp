// A separate process that writes a log file the way the build worker does, for test_log_tail.
// Usage: log_writer_helper PATH COUNT PREFIX [--then truncate|rotate|append COUNT2 PREFIX2 GOFILE]
// Writes COUNT lines "PREFIX N\n" (flushed one by one, 1 ms apart every 100 lines), then, with
// --then, waits until GOFILE exists and truncates the file (or renames it to PATH.1 and
// creates a new one, or just goes on) before writing COUNT2 lines "PREFIX2 N\n".
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

#include <sys/stat.h>

static void writeLines(FILE *f, long count, const char *prefix)
{
    for (long i = 1; i <= count; ++i) {
        std::fprintf(f, "%s %ld\n", prefix, i);
        std::fflush(f);
        if (i % 100 == 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s PATH COUNT PREFIX [--then truncate|rotate|append COUNT2 PREFIX2 GOFILE]\n", argv[0]);
        return 2;
    }
    const std::string path = argv[1];
    FILE *f = std::fopen(path.c_str(), "w");
    if (!f) {
        std::perror("open");
        return 1;
    }
    writeLines(f, std::atol(argv[2]), argv[3]);
    if (argc >= 9 && std::strcmp(argv[4], "--then") == 0) {
        const std::string mode = argv[5];
        const char *goFile = argv[8];
        struct stat st {};
        for (int i = 0; i < 30000 && ::stat(goFile, &st) != 0; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        if (mode == "truncate") {
            f = std::freopen(path.c_str(), "w", f); // O_TRUNC on the same inode
        } else if (mode == "rotate") {
            std::fclose(f);
            std::rename(path.c_str(), (path + ".1").c_str());
            f = std::fopen(path.c_str(), "w");
        }
        if (!f) {
            std::perror("reopen");
            return 1;
        }
        writeLines(f, std::atol(argv[6]), argv[7]);
    }
    std::fclose(f);
    return 0;
}
