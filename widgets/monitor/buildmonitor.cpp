#include "buildmonitor.h"
#include "buildhistory.h"
#include "buildhistorychart.h"
#include "buildrerun.h"
#include "buildstepmodel.h"
#include "failurepanel.h"
#include "keptvm.h"
#include "stagelogpane.h"
#include "stagetimeline.h"
#include "timelinestages.h"

#include "widgets/common/format.h"
#include "widgets/common/inlinemessage.h"
#include "widgets/common/statusbadge.h"
#include "widgets/logview.h"

#include "core/build/buildlauncher.h"
#include "core/build/buildlogs.h"
#include "core/build/buildplan.h"
#include "core/catalog/catalog.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Kiln::Widgets {

using Core::BuildState;

BuildMonitor::BuildMonitor(Core::Catalog &catalog, QWidget *parent) : QWidget(parent), m_catalog(catalog)
{
    setObjectName(QStringLiteral("BuildMonitor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *head = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);
    head->addWidget(m_title);
    m_badge = new QLabel(this);
    head->addWidget(m_badge);
    head->addStretch(1);
    m_cancel = new QPushButton(style()->standardIcon(QStyle::SP_BrowserStop), tr("Cancel build"), this);
    m_cancel->setToolTip(tr("Stops the build (asks first)"));
    head->addWidget(m_cancel);
    m_rerun = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("Rerun"), this);
    m_rerun->setToolTip(tr("Starts the pipeline again (a new build)"));
    head->addWidget(m_rerun);
    layout->addLayout(head);
    m_info = new QLabel(this);
    m_info->setTextFormat(Qt::RichText);
    m_info->setWordWrap(true);
    layout->addWidget(m_info);
    m_message = new InlineMessage(this);
    layout->addWidget(m_message);
    m_timeline = new StageTimeline(this);
    layout->addWidget(m_timeline);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    m_failure = new FailurePanel(m_splitter);
    m_failure->hide();
    m_steps = new BuildStepModel(this);
    m_stepView = new QTreeView(m_splitter);
    m_stepView->setObjectName(QStringLiteral("BuildSteps"));
    m_stepView->setModel(m_steps);
    m_stepView->setUniformRowHeights(true);
    m_stepView->setAlternatingRowColors(true);
    m_stepView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stepView->setAllColumnsShowFocus(true);
    m_stepView->header()->setStretchLastSection(true);
    m_stepView->setToolTip(tr("Double-click a step to show its output"));
    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setDocumentMode(true);
    m_output = new StageLogPane(Core::LogFeed::Format::AgentEvents, m_tabs);
    m_console = new StageLogPane(Core::LogFeed::Format::Text, m_tabs);
    m_buildLog = new StageLogPane(Core::LogFeed::Format::Text, m_tabs);
    m_history = new BuildHistoryChart(m_tabs);
    m_tabs->addTab(m_output, tr("Output"));
    m_tabs->addTab(m_console, tr("Serial console"));
    m_tabs->addTab(m_buildLog, tr("Build log"));
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->setTabToolTip(OutputTab, tr("What the components' steps print, with Kiln's step milestones"));
    m_tabs->setTabToolTip(ConsoleTab, tr("The VM's serial console: boot messages and anything the guest prints there"));
    m_tabs->setTabToolTip(BuildLogTab, tr("The build worker's log: stages, timings, warnings and errors"));
    m_tabs->setTabToolTip(HistoryTab, tr("Stage durations and success rate of this pipeline's builds"));
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 3);
    layout->addWidget(m_splitter, 1);

    m_keptVm = new KeptVm(this);
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &BuildMonitor::tick);
    connect(m_cancel, &QPushButton::clicked, this, &BuildMonitor::requestCancel);
    connect(m_rerun, &QPushButton::clicked, this, &BuildMonitor::rerun);
    connect(m_info, &QLabel::linkActivated, this, [this](const QString &href) {
        if (href.startsWith(QLatin1String("image:")))
            Q_EMIT imageLinkActivated(href.mid(6).toLongLong());
    });
    connect(m_output, &StageLogPane::agentEvents, m_steps, &BuildStepModel::applyEvents);
    connect(m_steps, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (!parent.isValid())
            m_stepView->expand(m_steps->index(m_steps->rowCount() - 1, 0));
    });
    connect(m_steps, &QAbstractItemModel::modelReset, this, [this] {
        m_stepView->expandAll();
        m_stepView->resizeColumnToContents(BuildStepModel::NameColumn);
    });
    connect(m_stepView, &QTreeView::activated, this, &BuildMonitor::activateStep);
    connect(m_history, &BuildHistoryChart::buildActivated, this, &BuildMonitor::showBuild);
    connect(m_failure, &FailurePanel::showStepRequested, this, &BuildMonitor::showFailingStep);
    connect(m_failure, &FailurePanel::openLogRequested, this, &BuildMonitor::openFullLog);
    connect(m_failure, &FailurePanel::rerunRequested, this, &BuildMonitor::rerun);
    connect(m_failure, &FailurePanel::openViewerRequested, this, [this](const QString &uri, const QString &domain) {
        QString error;
        if (!KeptVm::openViewer(uri, domain, &error))
            m_message->showError(error);
    });
    connect(m_keptVm, &KeptVm::found, m_failure, &FailurePanel::setKeptDomains);
    connect(m_keptVm, &KeptVm::lookupFailed, m_failure, &FailurePanel::setKeptLookupFailed);
    m_failure->openLogButton()->setMenu(new QMenu(m_failure->openLogButton()));
    connect(m_failure->openLogButton()->menu(), &QMenu::aboutToShow, this, &BuildMonitor::fillLogMenu);
    connect(&m_catalog, &Core::Catalog::changed, this, [this](Core::Catalog::Table t) {
        if (t == Core::Catalog::Table::Builds && isRunning())
            reload();
    });
    clearBuild();
}

BuildMonitor::~BuildMonitor() = default;

void BuildMonitor::setPollInterval(int ms) { m_poll.setInterval(ms); }

QString BuildMonitor::titleText() const { return m_title->text(); }

void BuildMonitor::clearBuild()
{
    ++m_token;
    m_build = {};
    m_plan = {};
    m_planJson = {};
    m_planRequested = false;
    m_planReady = false;
    m_logsStarted = false;
    m_final = false;
    m_loading = false;
    m_reloadAgain = false;
    m_waitingSteps.clear();
    m_historyRows.clear();
    m_estimate = {};
    m_poll.stop();
    m_steps->clear();
    m_output->clear();
    m_console->clear();
    m_buildLog->clear();
    m_failure->hide();
    m_message->clearMessage();
    m_title->setText(m_id > 0 ? tr("Build #%1").arg(m_id) : QString());
    m_badge->clear();
    m_info->setText(m_id > 0 ? tr("Loading…") : QString());
    m_cancel->hide();
    m_rerun->hide();
    m_history->setMessage(tr("Loading the pipeline's builds…"));
    m_timeline->setStages({});
    m_timeline->setSummary({});
}

void BuildMonitor::showBuild(qint64 id)
{
    if (id <= 0)
        return;
    if (id == m_id) {
        reload();
        return;
    }
    m_id = id;
    clearBuild();
    m_poll.start();
    reload();
}

void BuildMonitor::reload()
{
    if (m_id <= 0)
        return;
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    const quint64 token = m_token;
    QFuture<Core::Result<QList<Core::BuildStepRow>>> steps = m_catalog.builds().stepsAsync(m_id);
    m_catalog.builds().getAsync(m_id).then(this, [this, token, steps](const Core::Result<Core::BuildRow> &b) mutable {
        if (token != m_token)
            return;
        if (!b) {
            m_loading = false;
            m_message->showError(tr("Build #%1 cannot be read: %2").arg(m_id).arg(b.error().message));
            m_poll.stop();
            return;
        }
        steps.then(this, [this, token, build = *b](const Core::Result<QList<Core::BuildStepRow>> &s) {
            if (token != m_token)
                return;
            m_loading = false;
            applyBuild(build);
            if (s) {
                if (m_plan.valid || m_logsStarted)
                    m_steps->applyCatalogSteps(*s);
                else
                    m_waitingSteps = *s;
            }
            updateTimeline();
            if (std::exchange(m_reloadAgain, false))
                reload();
        });
    });
}

void BuildMonitor::applyBuild(const Core::BuildRow &b)
{
    const bool first = m_build.id != b.id;
    m_build = b;
    if (!m_logsStarted && (!m_planRequested || b.plan != m_planJson)) {
        m_planRequested = true;
        m_planJson = b.plan;
        const quint64 token = m_token;
        QtConcurrent::run([plan = b.plan] { return StepPlan::compute(plan); }).then(this, [this, token](const StepPlan &p) {
            if (token == m_token)
                applyPlan(p);
        });
    }
    // A plan that was not resolved while the build waited: follow the logs once the worker runs.
    if (m_planReady && !m_logsStarted && b.state != BuildState::Pending)
        applyPlan(m_plan);
    if (first)
        loadHistory();
    updateHeader();
    if (Core::isFinal(b.state) && !m_final) {
        m_final = true;
        m_poll.stop();
        if (m_logsStarted) {
            m_output->finish();
            m_console->finish();
            m_buildLog->finish();
            m_steps->setBuildFinished(true);
        }
        updateFailure();
        if (!first)
            loadHistory(); // now with this build in it
        Q_EMIT finished(b);
    }
    if (b.state == BuildState::Testing || b.state == BuildState::Distributing) {
        m_output->followStage(QStringLiteral("TESTING"));
        m_console->followStage(QStringLiteral("TESTING"));
    }
    Q_EMIT loaded(b);
}

void BuildMonitor::applyPlan(const StepPlan &plan)
{
    m_plan = plan;
    m_planReady = true;
    // A build still waiting for its worker may not have its resolved plan yet: wait for it.
    if (!plan.valid && m_build.state == BuildState::Pending && !m_final)
        return;
    m_steps->setPlan(plan);
    startLogs();
    if (!m_waitingSteps.isEmpty())
        m_steps->applyCatalogSteps(std::exchange(m_waitingSteps, {}));
    if (m_final) {
        m_output->finish();
        m_console->finish();
        m_buildLog->finish();
        m_steps->setBuildFinished(true);
    }
    updateTimeline();
}

void BuildMonitor::startLogs()
{
    const Core::BuildLogs logs(m_catalog.home(), m_id);
    const bool tests = !m_plan.valid || m_plan.stages.contains(QStringLiteral("TESTING"));
    const bool single = m_build.kind == Core::BuildKind::ComponentTest;
    QList<StageLogPane::Log> output{{QStringLiteral("BUILDING"), single ? tr("VM") : tr("Build VM"), logs.path(Core::BuildLogs::events())}};
    QList<StageLogPane::Log> console{{QStringLiteral("BUILDING"), single ? tr("VM") : tr("Build VM"), logs.path(Core::BuildLogs::console())}};
    if (tests && !single) {
        output.append({QStringLiteral("TESTING"), tr("Test VM"), logs.path(Core::BuildLogs::testEvents())});
        console.append({QStringLiteral("TESTING"), tr("Test VM"), logs.path(Core::BuildLogs::testConsole())});
    }
    m_output->setLogs(output);
    m_console->setLogs(console);
    m_buildLog->setLogs({{QString(), tr("Build log"), logs.path(Core::BuildLogs::worker())}});
    m_logsStarted = true;
    if (m_build.state == BuildState::Testing || m_build.state == BuildState::Distributing) {
        m_output->followStage(QStringLiteral("TESTING"));
        m_console->followStage(QStringLiteral("TESTING"));
    }
    tick();
}

void BuildMonitor::loadHistory()
{
    if (m_build.kind != Core::BuildKind::Pipeline || m_build.pipelineName.isEmpty()) {
        m_history->setMessage(tr("A component test has no pipeline history."));
        return;
    }
    const quint64 token = m_token;
    const QString pipeline = m_build.pipelineName;
    BuildHistory::load(m_catalog, pipeline).then(this, [this, token, pipeline](const Core::Result<QList<Core::BuildRow>> &rows) {
        if (token != m_token)
            return;
        if (!rows) {
            m_history->setMessage(tr("The builds of %1 cannot be read: %2").arg(pipeline, rows.error().message));
            return;
        }
        m_historyRows = *rows;
        m_estimate = BuildEstimate::fromHistory(m_historyRows, m_id);
        m_history->setBuilds(pipeline, m_historyRows);
        m_history->setCurrentBuild(m_id);
        updateTimeline();
    });
}

void BuildMonitor::tick()
{
    if (!isLoaded())
        return;
    if (!m_final)
        reload();
    m_steps->setNow(QDateTime::currentDateTimeUtc());
    QStringList started;
    for (const Core::BuildStageRow &s : m_build.stages)
        started << s.stage;
    m_output->checkFiles(started, m_final);
    m_console->checkFiles(started, m_final);
    m_buildLog->checkFiles(started, m_final);
    updateHeader();
    updateTimeline();
}

void BuildMonitor::updateHeader()
{
    const Core::BuildRow &b = m_build;
    if (b.kind == Core::BuildKind::ComponentTest) {
        const QJsonArray components = b.plan.value(QLatin1String("components")).toArray();
        const QString what = components.isEmpty() ? QString() : components.first().toObject().value(QLatin1String("reference")).toString();
        m_title->setText(what.isEmpty() ? tr("Build #%1: component test").arg(b.id) : tr("Build #%1: test of %2").arg(b.id).arg(what));
    } else {
        m_title->setText(tr("Build #%1 of %2").arg(b.id).arg(b.pipelineName));
    }
    const QString state = Core::buildStateName(b.state);
    m_badge->setPixmap(StatusBadge::pixmap(state, font(), devicePixelRatioF()));
    m_badge->setToolTip(StatusBadge::label(state));
    m_badge->setAccessibleName(StatusBadge::label(state));

    QStringList info;
    if (b.imageId > 0)
        info << tr("Image <a href=\"image:%1\">%2</a>").arg(b.imageId).arg(b.image.toHtmlEscaped());
    if (b.startedAt.isValid()) {
        info << tr("started %1").arg(Format::dateTime(b.startedAt));
        if (b.finishedAt.isValid())
            info << tr("took %1").arg(Format::duration(b.startedAt.msecsTo(b.finishedAt)));
        else
            info << tr("running for %1").arg(Format::duration(b.startedAt.msecsTo(QDateTime::currentDateTimeUtc())));
    } else if (b.state == BuildState::Pending) {
        info << tr("requested %1, waiting for its build worker").arg(Format::dateTime(b.createdAt));
    }
    if (b.cancelRequested && !Core::isFinal(b.state))
        info << tr("cancel requested: the worker stops at the next safe point");
    m_info->setText(info.join(QStringLiteral(" · ")));

    const bool running = !Core::isFinal(b.state);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running && !b.cancelRequested);
    // A failed build shows Rerun in its failure panel, beside the other ways out: not twice.
    m_rerun->setVisible(!running && b.state != BuildState::Failed);
    if (b.state == BuildState::Cancelled)
        m_message->showMessage(InlineMessage::Kind::Info, b.stateReason.isEmpty() ? tr("This build was cancelled.")
                                                                                  : tr("This build was cancelled: %1").arg(b.stateReason));
    else if (b.state == BuildState::Succeeded && m_message->kind() != InlineMessage::Kind::Error)
        m_message->clearMessage();
}

void BuildMonitor::updateTimeline()
{
    if (!isLoaded())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList planned = m_plan.valid ? m_plan.stages : BuildEstimate::stages();
    m_timeline->setStages(TimelineStages::compute(m_build, planned, m_estimate, *m_steps, now));
    m_timeline->setSummary(m_estimate.summary(m_build, planned, now));
}

QString BuildMonitor::libvirtUri() const
{
    auto plan = Core::BuildPlan::fromJson(m_build.plan);
    return plan ? plan->infrastructure.uri : QString();
}

bool BuildMonitor::keepsVmOnFailure() const
{
    auto plan = Core::BuildPlan::fromJson(m_build.plan);
    return plan && plan->infrastructure.keepVmOnFailure;
}

void BuildMonitor::updateFailure()
{
    if (m_build.state != BuildState::Failed) {
        m_failure->hide();
        return;
    }
    const QString uri = libvirtUri();
    const bool keep = keepsVmOnFailure() && !uri.isEmpty();
    m_failure->setBuild(m_build, uri, keep);
    m_failure->show();
    if (keep)
        m_keptVm->find(m_catalog.home(), m_id, uri);
}

void BuildMonitor::showFailingStep()
{
    const Core::FailureContext &f = m_build.failure;
    QModelIndex step = m_steps->findStep(f.stage, f.component, f.phase, f.step);
    if (!step.isValid())
        step = m_steps->firstFailedStep();
    if (step.isValid()) {
        m_stepView->scrollTo(step);
        m_stepView->setCurrentIndex(step);
        activateStep(step);
        return;
    }
    // No step (the VM never got that far): the serial console tells why.
    m_tabs->setCurrentIndex(f.stage == QLatin1String("BUILDING") || f.stage == QLatin1String("TESTING") ? ConsoleTab : BuildLogTab);
    if (f.stage == QLatin1String("BUILDING") || f.stage == QLatin1String("TESTING"))
        m_console->setCurrent(f.stage, true);
}

void BuildMonitor::activateStep(const QModelIndex &index)
{
    if (!index.isValid() || index.data(BuildStepModel::IsGroupRole).toBool())
        return;
    const QString stage = index.data(BuildStepModel::StageRole).toString();
    m_tabs->setCurrentIndex(OutputTab);
    m_output->setCurrent(stage, true);
    LogView *view = m_output->view(stage);
    if (!view)
        return;
    view->setFollowsOutput(false);
    // The step's start line ("▶ hello › build › SayHello (ExecuteBash)"), or for a failed step
    // its failure line, right under its last output.
    const bool failed = index.data(BuildStepModel::StatusRole).toString() == QLatin1String("FAILED");
    const QString where = QStringLiteral("%1 › %2").arg(index.parent().data(Qt::DisplayRole).toString(),
                                                         index.data(BuildStepModel::StepRole).toString());
    view->setSearchText((failed ? QStringLiteral("✗ ") : QStringLiteral("▶ ")) + where);
    if (!view->findNext() && failed)
        view->jumpToFirstError(); // the step's lines were skipped (flood): the first error then
}

void BuildMonitor::openFullLog()
{
    const QString path = Core::BuildLogs(m_catalog.home(), m_id).path(Core::BuildLogs::worker());
    if (!QFileInfo::exists(path)) {
        m_message->showError(tr("The build log %1 does not exist (it was removed, or the build never started).").arg(path));
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void BuildMonitor::fillLogMenu()
{
    QMenu *menu = m_failure->openLogButton()->menu();
    menu->clear();
    const Core::BuildLogs logs(m_catalog.home(), m_id);
    const QList<QPair<QString, QString>> kinds{
        {Core::BuildLogs::worker(), tr("Build log")},
        {Core::BuildLogs::events(), tr("Build VM: agent events")},
        {Core::BuildLogs::console(), tr("Build VM: serial console")},
        {Core::BuildLogs::testEvents(), tr("Test VM: agent events")},
        {Core::BuildLogs::testConsole(), tr("Test VM: serial console")},
    };
    for (const auto &[kind, label] : kinds) {
        const QString path = logs.path(kind);
        if (!QFileInfo::exists(path))
            continue;
        QAction *a = menu->addAction(tr("%1 (%2)").arg(label, QFileInfo(path).fileName()));
        connect(a, &QAction::triggered, this, [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    }
    if (menu->isEmpty())
        menu->addAction(tr("No log files left for this build"))->setEnabled(false);
}

void BuildMonitor::requestCancel()
{
    if (!isRunning())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Cancel build"),
                                tr("Cancel build #%1 of %2?").arg(m_id).arg(m_build.pipelineName.isEmpty() ? tr("a component test") : m_build.pipelineName),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("CancelBuildQuestion"));
    box->setInformativeText(tr("The build worker stops its VM, removes the build's temporary disks and marks the image "
                               "CANCELLED. This cannot be undone."));
    QPushButton *yes = box->addButton(tr("Cancel build"), QMessageBox::DestructiveRole);
    QPushButton *no = box->addButton(tr("Keep running"), QMessageBox::RejectRole);
    box->setDefaultButton(no);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = m_id;
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, id](QAbstractButton *clicked) {
        if (clicked == yes && id == m_id)
            cancelBuild();
    });
    box->open();
}

void BuildMonitor::cancelBuild()
{
    if (!isRunning())
        return;
    m_cancel->setEnabled(false);
    const qint64 id = m_id;
    m_message->showMessage(InlineMessage::Kind::Info, tr("Cancelling build #%1…").arg(id));
    Core::BuildLauncher::cancel(m_catalog, id).then(this, [this, id](const Core::Result<Core::BuildRow> &r) {
        if (id != m_id)
            return;
        if (!r) {
            m_message->showError(tr("Build #%1 could not be cancelled: %2").arg(id).arg(r.error().message));
            m_cancel->setEnabled(true);
        } else if (!Core::isFinal(r->state)) {
            m_message->showMessage(InlineMessage::Kind::Info, tr("Cancel requested: the build worker stops at the next safe point."));
        }
        reload();
    });
}

void BuildMonitor::rerun()
{
    if (!isLoaded() || !Core::isFinal(m_build.state))
        return;
    QString error;
    QFuture<Core::Result<Core::BuildRow>> started = BuildRerun::start(m_catalog, m_build, &error);
    if (!error.isEmpty()) {
        m_message->showError(error);
        return;
    }
    m_rerun->setEnabled(false);
    m_failure->rerunButton()->setEnabled(false);
    m_message->showMessage(InlineMessage::Kind::Info, tr("Starting a new build…"));
    const qint64 from = m_id;
    started.then(this, [this, from](const Core::Result<Core::BuildRow> &r) {
        m_rerun->setEnabled(true);
        m_failure->rerunButton()->setEnabled(true);
        if (!r) {
            if (from == m_id)
                m_message->showError(tr("The build could not be started: %1").arg(r.error().message));
            return;
        }
        Q_EMIT buildStarted(r->id);
        showBuild(r->id);
    });
}

} // namespace Kiln::Widgets
