#pragma once
// Builds in the catalog: one run of a pipeline (or a component test run) with its state, stage
// timings, frozen plan, failure context, worker process, steps and log files. The build worker
// writes here; the GUI and `kilnctl build …` read. Obtain it from Catalog::builds().
// Threading rules: see componentrepository.h. Other processes' writes (the build worker is its own
// process) reach a GUI through Catalog::externallyChanged().

#include "core/catalog/rows.h"

#include <QFuture>

#include <memory>

namespace Kiln::Core {

namespace Internal { class CatalogContext; }

class BuildRepository
{
public:
    explicit BuildRepository(std::shared_ptr<Internal::CatalogContext> context);

    QFuture<Result<BuildRow>> create(const NewBuild &build) const; // PENDING
    // Validated state change (checkTransition). Closes the running stage (status success, or
    // failed/cancelled for those outcomes) and opens a stage row when `to` is a stage state.
    // Sets startedAt on the first stage and finishedAt on an outcome.
    QFuture<Result<BuildRow>> setState(qint64 id, BuildState to, const QString &reason = {}) const;
    // FAILED with its failure context, in one write.
    QFuture<Result<BuildRow>> setFailed(qint64 id, const FailureContext &failure) const;
    QFuture<Result<void>> setPlan(qint64 id, const QJsonObject &plan) const;
    QFuture<Result<void>> setImage(qint64 id, qint64 imageId) const;
    QFuture<Result<void>> setWorker(qint64 id, qint64 pid, const QString &lockPath) const;
    // Records the request (the worker polls it / is sent SIGTERM by the caller). Refused on a
    // finished build.
    QFuture<Result<BuildRow>> requestCancel(qint64 id) const;

    // Steps: one row per step run, inserted when it starts and completed when it ends.
    QFuture<Result<qint64>> addStep(const BuildStepRow &step) const;
    QFuture<Result<void>> finishStep(qint64 stepId, StepStatus status, std::optional<int> exitCode,
                                     const QString &message = {}, const QDateTime &finishedAt = {}) const;
    QFuture<Result<void>> addLog(qint64 buildId, const QString &kind, const QString &path) const;

    Result<BuildRow> get(qint64 id) const; // with stages
    Result<QList<BuildRow>> list(const BuildFilter &filter = {}) const; // newest first
    Result<QList<BuildStepRow>> steps(qint64 buildId) const;            // in start order
    Result<QList<LogRow>> logs(qint64 buildId) const;

    QFuture<Result<BuildRow>> getAsync(qint64 id) const;
    QFuture<Result<QList<BuildRow>>> listAsync(const BuildFilter &filter = {}) const;
    QFuture<Result<QList<BuildStepRow>>> stepsAsync(qint64 buildId) const;

private:
    std::shared_ptr<Internal::CatalogContext> m_context;
};

} // namespace Kiln::Core
