#pragma once
// BuildMonitor: one build, live. It follows a build that a build worker process runs by reading
// what the worker writes — the build's catalog rows (state, stage timings, step rows, failure
// context; polled every second while it runs) and its log files (followed with LogTail) — and is
// never the process that runs it, so closing the window never stops a build.
//   header      build, pipeline, state, image; Cancel (asks first) and Rerun
//   timeline    CREATING → BUILDING → TESTING → DISTRIBUTING with progress and time left,
//               learned from the pipeline's past successful builds (BuildEstimate)
//   failure     on FAILED: where and why, the last log lines, open log, rerun, kept VM console
//   steps       BuildStepModel: every step per component and phase, live
//   logs        Output (agent events formatted), Serial console, Build log — one view per VM —
//               and History (BuildHistoryChart of the pipeline's builds)

#include "buildestimate.h"
#include "stepplan.h"

#include "core/catalog/rows.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace Kiln::Core {
class Catalog;
} // namespace Kiln::Core

namespace Kiln::Widgets {

class BuildHistoryChart;
class BuildStepModel;
class FailurePanel;
class InlineMessage;
class KeptVm;
class StageLogPane;
class StageTimeline;

class BuildMonitor : public QWidget
{
    Q_OBJECT
public:
    enum Tab { OutputTab, ConsoleTab, BuildLogTab, HistoryTab };

    explicit BuildMonitor(Core::Catalog &catalog, QWidget *parent = nullptr);
    ~BuildMonitor() override;

    void showBuild(qint64 id);
    void reload();
    qint64 buildId() const { return m_id; }
    const Core::BuildRow &build() const { return m_build; }
    bool isLoaded() const { return m_build.id == m_id && m_id > 0; }
    bool isRunning() const { return isLoaded() && !Core::isFinal(m_build.state); }

    // Asks, then cancels (the Cancel button).
    void requestCancel();
    // Cancels without asking (the runner's cancel: a request in the catalog + SIGTERM).
    void cancelBuild();
    // Starts the same pipeline (or component test) again and follows the new build.
    void rerun();

    void setPollInterval(int ms);
    // Tests: the monitor's current idea of the time left, estimate and plan.
    const BuildEstimate &estimate() const { return m_estimate; }
    const StepPlan &plan() const { return m_plan; }

    // Parts, for the panel, tests and screenshots.
    StageTimeline *timeline() const { return m_timeline; }
    BuildStepModel *steps() const { return m_steps; }
    QTreeView *stepView() const { return m_stepView; }
    FailurePanel *failurePanel() const { return m_failure; }
    StageLogPane *outputPane() const { return m_output; }
    StageLogPane *consolePane() const { return m_console; }
    StageLogPane *buildLogPane() const { return m_buildLog; }
    BuildHistoryChart *historyChart() const { return m_history; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *rerunButton() const { return m_rerun; }
    InlineMessage *message() const { return m_message; }
    QString titleText() const;

Q_SIGNALS:
    void loaded(const Kiln::Core::BuildRow &build);
    // The build reached SUCCEEDED, FAILED or CANCELLED while watched (or was found so).
    void finished(const Kiln::Core::BuildRow &build);
    // Rerun started a new build.
    void buildStarted(qint64 buildId);
    void imageLinkActivated(qint64 imageId);

private:
    void clearBuild();
    void applyBuild(const Core::BuildRow &build);
    void applyPlan(const StepPlan &plan);
    void startLogs();
    void loadHistory();
    void tick();
    void updateHeader();
    void updateTimeline();
    void updateFailure();
    void showFailingStep();
    void openFullLog();
    void fillLogMenu();
    void activateStep(const QModelIndex &index);
    QString libvirtUri() const;
    bool keepsVmOnFailure() const;

    Core::Catalog &m_catalog;
    qint64 m_id = 0;
    quint64 m_token = 0;
    Core::BuildRow m_build;
    StepPlan m_plan;
    QJsonObject m_planJson;       // the plan m_plan was computed from
    bool m_planRequested = false;
    bool m_planReady = false;     // m_plan holds the computed plan
    bool m_logsStarted = false;
    bool m_final = false;
    bool m_loading = false;       // a reload is in flight
    bool m_reloadAgain = false;   // another one was asked meanwhile
    QList<Core::BuildStepRow> m_waitingSteps; // catalog rows that came before the plan
    QList<Core::BuildRow> m_historyRows;
    BuildEstimate m_estimate;
    QTimer m_poll;

    QLabel *m_title;
    QLabel *m_badge;
    QLabel *m_info;
    QPushButton *m_cancel;
    QPushButton *m_rerun;
    InlineMessage *m_message;
    StageTimeline *m_timeline;
    FailurePanel *m_failure;
    QSplitter *m_splitter;
    BuildStepModel *m_steps;
    QTreeView *m_stepView;
    QTabWidget *m_tabs;
    StageLogPane *m_output;
    StageLogPane *m_console;
    StageLogPane *m_buildLog;
    BuildHistoryChart *m_history;
    KeptVm *m_keptVm;
};

} // namespace Kiln::Widgets
