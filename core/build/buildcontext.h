#pragma once
// BuildContext: what the stages of one running build share inside its build worker — the plan,
// the catalog, the libvirt connection and pool, the build log, the cancel token, and the libvirt
// resources made so far (so that whatever happens, cleanup knows what to remove). Also the
// catalog side effects every stage needs (state changes, step rows, log rows), written
// synchronously: the worker has no GUI, and a state change must be in the catalog before the
// stage it announces does anything.

#include "core/build/buildjournal.h"
#include "core/build/buildlogs.h"
#include "core/build/buildplan.h"
#include "core/build/waiter.h"
#include "core/catalog/home.h"
#include "core/virt/acceleratorprobe.h"
#include "core/virt/virtstorage.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <memory>

namespace Kiln::Core {

class Catalog;
class VirtConnection;

// How a stage ended.
struct StageResult {
    enum class Kind { Ok, Failed, Cancelled };
    Kind kind = Kind::Ok;
    FailureContext failure; // Failed: what went wrong and where

    static StageResult ok() { return {}; }
    static StageResult cancelled() { return {Kind::Cancelled, {}}; }
    static StageResult failed(FailureContext f) { return {Kind::Failed, std::move(f)}; }
    static StageResult failed(const QString &stage, const QString &message, const QStringList &tail = {});
    bool isOk() const { return kind == Kind::Ok; }
};

class BuildContext
{
public:
    BuildContext(const Home &home, Catalog &catalog, BuildPlan plan);
    ~BuildContext();

    const Home home;
    Catalog &catalog;
    const BuildPlan plan;
    const qint64 buildId;
    const BuildLogs logs;
    BuildJournal journal;
    CancelToken cancel;
    QTemporaryDir scratch; // local work files (seed ISOs …), removed with the context

    std::shared_ptr<VirtConnection> connection;
    std::unique_ptr<VirtStorage> storage;
    AcceleratorChoice accelerator;

    // Resources made so far.
    QString baseVolume;            // in the pool; shared, never removed by a build
    QString baseFormat;
    QString kernelPath;            // on the hypervisor host (volume paths)
    QString initrdPath;
    QString buildOverlay;          // becomes the image's volume when the build succeeds
    QString buildSeed;
    CapturedVolume captured;       // after capture
    QStringList temporaryVolumes;  // removed at the end (seeds, test overlays)
    QStringList keptDomains;       // VMs kept for inspection after a failure

    // What the build VM reported.
    QJsonObject osInfo;
    QString packageManager;
    QList<PackageRow> packages;

    Waiter waiter() const { return Waiter(&cancel); }
    QString resourceBuildId() const; // "<id>_<home token>"
    // A deadline `seconds` from now (0 = none).
    static QDeadlineTimer deadline(int seconds);

    // Catalog writes, waited for; a failure is written to the journal and returned.
    Result<void> setState(BuildState state, const QString &reason = {});
    Result<void> setImageStatus(ImageStatus status, const QString &reason = {});
    Result<qint64> addStep(const BuildStepRow &row);
    void finishStep(qint64 stepId, const BuildStepRow &row);
    void addLog(const QString &kind);
    bool cancelRequestedInCatalog() const;

    // Per-stage timings for the summary at the end.
    void recordTiming(const QString &what, qint64 ms);
    QList<QPair<QString, qint64>> timings() const { return m_timings; }

private:
    QList<QPair<QString, qint64>> m_timings;
};

} // namespace Kiln::Core
