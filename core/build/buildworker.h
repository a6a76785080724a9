#pragma once
// BuildWorker: the body of the build worker process (`kilnctl build-worker ID`), one per running
// build (ARCHITECTURE.md, Processes). It takes the build's lock file, records its pid, turns
// SIGTERM/SIGINT and the catalog's cancel flag into a cancel, sweeps leftovers of crashed runs on
// its URI, runs the BuildRunner and exits. Nothing requires a client to stay open: the GUI and
// kilnctl follow the catalog rows and log files. Needs a QCoreApplication (no GUI).

#include "core/catalog/home.h"

namespace Kiln::Core {

class BuildWorker
{
public:
    // Exit codes: 0 the build succeeded, 1 it failed or was cancelled, 2 it could not be run
    // (unknown build, bad plan, catalog error), 3 another worker runs it already.
    static int run(const Home &home, qint64 buildId);
};

} // namespace Kiln::Core
