#pragma once
// BuildLauncher: how the GUI and kilnctl start and stop builds (the core API).
//
//   start(catalog, "demo")            resolve the pipeline, record the PENDING build and image,
//                                     start its worker process → the build row
//   startComponentTest(catalog, req)  the same for one component in a throwaway VM
//   cancel(catalog, id)               record the cancel request, SIGTERM the worker
//
// The QFuture forms run on a thread-pool thread and never block the caller (the GUI connects
// .then(this, …)); the *Blocking forms are for kilnctl. The worker is a detached process
// (`kilnctl build-worker ID`, new session, stdin/stdout on /dev/null, stderr in
// logs/build-<id>/worker.stderr), so closing the GUI or the terminal never stops a build.
// Follow a started build with BuildFollower, or the catalog rows and log files directly.

#include "core/build/planresolver.h"
#include "core/catalog/rows.h"

#include <QFuture>

namespace Kiln::Core {

class Catalog;
class Home;

class BuildLauncher
{
public:
    static QFuture<Result<BuildRow>> start(Catalog &catalog, const QString &pipeline);
    static QFuture<Result<BuildRow>> startComponentTest(Catalog &catalog, const ComponentTestRequest &request);
    static QFuture<Result<BuildRow>> cancel(Catalog &catalog, qint64 buildId);

    static Result<BuildRow> startBlocking(Catalog &catalog, const QString &pipeline);
    static Result<BuildRow> startComponentTestBlocking(Catalog &catalog, const ComponentTestRequest &request);
    // Cancels a running build. A build whose worker is gone is marked CANCELLED and its
    // leftovers removed right here.
    static Result<BuildRow> cancelBlocking(Catalog &catalog, qint64 buildId);

    // Starts the detached worker of a recorded build; returns its pid.
    static Result<qint64> spawnWorker(const Home &home, qint64 buildId);
    // The kilnctl that runs workers: $KILN_KILNCTL, next to this program, the build tree, PATH.
    static QString workerProgram();
};

} // namespace Kiln::Core
