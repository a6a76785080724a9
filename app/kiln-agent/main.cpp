// kiln-agent: runs the build plan from the cidata seed inside a build/test VM and streams events
// to the host over virtio-serial (ARCHITECTURE.md, "The agent protocol").
#include <cstdio>
#include <cstring>

int main(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], "--version") == 0) {
        std::puts("kiln-agent 0.1.0");
        return 0;
    }
    std::fputs("kiln-agent: no plan given\n", stderr);
    return 2;
}
