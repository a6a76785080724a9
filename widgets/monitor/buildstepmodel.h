#pragma once
// BuildStepModel: the step table of the build monitor — a two-level tree, one row per component
// and phase ("hello-world › build") with the steps of that phase below it, each with its status,
// exit code, duration and action. Three inputs keep it right while the build runs:
//  - the step plan (StepPlan): every step the build will run, as "pending" rows;
//  - the agent's events (live, from the events log the monitor tails): a step turns "running" at
//    step.start and gets its status, exit code and duration at step.end, within ~0.1 s. Events go
//    through Core::StepTracker, the worker's own logic, so rows are keyed exactly like the
//    catalog's;
//  - the catalog's step rows (polled): the worker's record. They fill in anything the events
//    did not say (output skipped after a flood, a log file that is gone, a build that ended before
//    the monitor opened) and their final statuses win over a "running" row.
// Loop iterations and reruns of a step (after a reboot, retries) are rows of their own, after the
// step's previous run. Changes are batched: one insert per new run of rows, one dataChanged per
// group and update.

#include "stepplan.h"

#include "core/build/steptracker.h"
#include "core/catalog/rows.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>

#include <memory>
#include <vector>

namespace Kiln::Widgets {

class BuildStepModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, ExitCodeColumn, DurationColumn, DetailColumn, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1, // QString: PENDING RUNNING SUCCEEDED FAILED IGNORED SKIPPED CANCELLED
        StageRole,                     // QString: BUILDING | TESTING
        ComponentRole,                 // QString: exact component reference
        PhaseRole,
        StepRole,                      // QString: the step's name (steps only)
        IterationRole,                 // int (steps only)
        ExitCodeRole,                  // int, or an invalid QVariant
        DurationMsRole,                // qint64, -1 when not started
        IsGroupRole,                   // bool
    };

    struct Counts {
        int steps = 0;    // rows (planned and run)
        int finished = 0; // success, failed, ignored, skipped, cancelled
        int failed = 0;
        int running = 0;
    };

    explicit BuildStepModel(QObject *parent = nullptr);
    ~BuildStepModel() override;

    void clear();
    // The plan: pending rows for every step, and the documents that map agent events to
    // component references. Call once per build, before events.
    void setPlan(const StepPlan &plan);
    // Parsed agent events of a VM stage's log, in stream order.
    void applyEvents(const QString &stage, const QList<Core::AgentEvent> &events);
    // The catalog's step rows of the build (all of them, start order).
    void applyCatalogSteps(const QList<Core::BuildStepRow> &rows);
    // Running rows show their duration so far: call about once a second.
    void setNow(const QDateTime &now);
    // The build ended: steps that never started read "not run" instead of "pending".
    void setBuildFinished(bool finished);

    Counts counts(const QString &stage = {}) const;
    QModelIndex firstFailedStep() const;
    // The step row of a place (from a failure context); invalid when unknown.
    QModelIndex findStep(const QString &stage, const QString &component, const QString &phase, const QString &step) const;

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Step {
        QString name;
        int iteration = 0;
        int run = 1;              // 2 for the second run of the same step and iteration
        QString action;
        bool pending = true;      // planned, not started
        Core::StepStatus status = Core::StepStatus::Running;
        std::optional<int> exitCode;
        QString message;
        QDateTime startedAt;
        QDateTime finishedAt;
        bool eventOpen = false;   // step.start (or step.end) seen
        bool eventClosed = false; // step.end seen
        bool fromCatalog = false;
        int row = 0;
        bool isFinal() const { return !pending && status != Core::StepStatus::Running; }
    };
    struct Group {
        QString stage;
        QString component;
        QString componentName;
        QString phase;
        std::vector<std::unique_ptr<Step>> steps;
        QHash<QString, QList<Step *>> byKey; // step/iteration → its runs, in order
        QHash<QString, Step *> lastByName;   // the last row of a step name (iterations go after it)
        int row = 0;
        // Aggregates, recomputed when a step changes.
        QString status;
        int finished = 0;
        int failed = 0;
        int running = 0;
        QDateTime startedAt;
        QDateTime finishedAt;
    };

    static QString stepKey(const QString &step, int iteration);
    static QString groupKey(const QString &stage, const QString &component, const QString &phase);
    QString componentNameOf(const QString &stage, const QString &reference) const;
    Group *group(const QString &stage, const QString &component, const QString &componentName, const QString &phase);
    Step *addStep(Group *g, const QString &name, int iteration, bool pending);
    Step *stepFor(Group *g, const QString &name, int iteration, bool forOpen);
    void applyChange(const QString &stage, const Core::StepTracker::Change &change);
    void touch(Group *g, Step *s);
    void flushTouched();
    void recompute(Group *g);
    QVariant groupData(const Group &g, int column, int role) const;
    QVariant stepData(const Group &g, const Step &s, int column, int role) const;
    qint64 durationMs(const QDateTime &start, const QDateTime &end) const;

    std::vector<std::unique_ptr<Group>> m_groups;
    QHash<QString, Group *> m_groupByKey;
    QHash<QString, std::shared_ptr<Core::StepTracker>> m_trackers; // per VM stage
    QHash<QString, QHash<QString, QString>> m_names;               // stage → reference → name
    QHash<QString, QString> m_actions;                             // key → action, from step.start
    QHash<Group *, QPair<int, int>> m_touched;                     // changed rows per group
    QDateTime m_now;
    bool m_buildFinal = false;
};

} // namespace Kiln::Widgets
