#pragma once
// Printing a build for kilnctl: follow it live (stage changes with durations, the steps and their
// output, the failure context at the end) in text or JSON Lines, a summary of a build row, and
// Ctrl-C handling for --follow (the build goes on; say how to follow or cancel it).

#include "cli.h"

#include "core/build/buildfollower.h"

namespace Kiln::Ctl {

struct WatchOptions {
    bool follow = true;     // false: print what there is and stop
    bool console = false;   // serial console instead of agent events
    bool worker = false;    // the build log (worker.log)
    bool summary = true;    // stage changes and the outcome (off for plain `build logs`)
};

// Follows (or replays) a build. Returns the exit code: 0 when it SUCCEEDED, 1 when it failed or
// was cancelled, 130 on Ctrl-C (the build keeps running).
int watchBuild(Context &ctx, Kiln::Core::Catalog &catalog, qint64 buildId, const WatchOptions &options);

// "build 7 (pipeline demo): SUCCEEDED, image kiln:image/demo/1.0.0/3" and the failure context.
void printOutcome(Context &ctx, const Kiln::Core::BuildRow &build);
QJsonObject buildJson(const Kiln::Core::BuildRow &build);
QString durationText(qint64 ms);

} // namespace Kiln::Ctl
