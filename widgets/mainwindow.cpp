#include "mainwindow.h"
#include "mainactions.h"
#include "navigationbar.h"
#include "preferencesdialog.h"
#include "widgets/buildmonitor/buildmonitorpanel.h"
#include "widgets/common/documentviewer.h"
#include "widgets/common/icons.h"
#include "widgets/common/settings.h"
#include "widgets/editor/componenteditorpanel.h"
#include "widgets/issues/issuemodel.h"
#include "widgets/issues/issuesdock.h"
#include "widgets/monitor/closeguard.h"
#include "widgets/panels/buildspanel.h"
#include "widgets/panels/componentspanel.h"
#include "widgets/panels/distributionpanel.h"
#include "widgets/panels/imagespanel.h"
#include "widgets/panels/infrastructurepanel.h"
#include "widgets/panels/pipelinespanel.h"
#include "widgets/panels/recipespanel.h"
#include "widgets/statusbar/connectionindicator.h"
#include "widgets/statusbar/runningbuildsindicator.h"
#include "widgets/wizard/pipelinewizard.h"

#include "core/catalog/catalog.h"
#include "core/version.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Kiln::Widgets {

MainWindow::MainWindow(Services &services, QWidget *parent) : QMainWindow(parent), m_services(services)
{
    setObjectName(QStringLiteral("KilnMainWindow"));
    setWindowTitle(tr("Kiln"));
    setWindowIcon(Icons::app());
    resize(1280, 800);

    m_issues = new IssueModel(this);
    m_issues->setSourceLabel(QStringLiteral("component-import"), tr("Component import"));
    m_issues->setSourceLabel(QStringLiteral("wizard"), tr("Pipeline wizard"));
    m_issues->setSourceLabel(QStringLiteral("catalog"), tr("Catalog"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("MainSplitter"));
    splitter->setChildrenCollapsible(false);
    m_navigation = new NavigationBar(splitter);
    m_stack = new QStackedWidget(splitter);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({190, 1090});
    setCentralWidget(splitter);

    m_issuesDock = new IssuesDock(m_issues, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_issuesDock);
    m_issuesDock->hide();

    m_actions = new MainActions(this);
    m_actions->viewMenu->addAction(m_issuesDock->toggleViewAction());
    m_issuesDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));

    m_connection = new ConnectionIndicator(this);
    m_connection->setUri(Settings::defaultLibvirtUri());
    m_running = new RunningBuildsIndicator(*services.catalog, this);
    statusBar()->addPermanentWidget(m_running);
    statusBar()->addPermanentWidget(m_connection);

    createPanels();

    connect(m_navigation, &NavigationBar::currentChanged, this, &MainWindow::panelChanged);
    connect(m_actions->newPipeline, &QAction::triggered, this, &MainWindow::newPipeline);
    connect(m_actions->importComponent, &QAction::triggered, this, &MainWindow::importComponent);
    connect(m_actions->importImage, &QAction::triggered, this, [this] {
        showPanel(QStringLiteral("images"));
        m_images->importImage();
    });
    connect(m_actions->save, &QAction::triggered, this, [this] {
        if (Panel *p = currentPanel(); p && p->canSave())
            p->save();
    });
    connect(m_actions->quit, &QAction::triggered, this, &MainWindow::close);
    connect(m_actions->find, &QAction::triggered, this, [this] {
        if (Panel *p = currentPanel())
            p->activateFind();
    });
    connect(m_actions->refresh, &QAction::triggered, this, [this] {
        if (Panel *p = currentPanel())
            p->refresh();
    });
    connect(m_actions->preferences, &QAction::triggered, this, &MainWindow::openPreferences);
    connect(m_actions->checkConnection, &QAction::triggered, this, &MainWindow::checkConnection);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::about);
    connect(m_issuesDock, &IssuesDock::jumpRequested, this, &MainWindow::jumpTo);
    // The dock's first appearance takes a few rows, not a third of the window (QMainWindow sizes
    // a newly shown bottom dock from the table's generous size hint). Dragged sizes are saved.
    connect(m_issuesDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible || m_issuesDockSized || m_issuesDock->isFloating())
            return;
        m_issuesDockSized = true;
        QMetaObject::invokeMethod(this, [this] {
            resizeDocks({m_issuesDock}, {m_issuesDock->sizeHint().height()}, Qt::Vertical);
        }, Qt::QueuedConnection);
    });
    connect(m_issues, &IssueModel::countsChanged, this, [this](int errors, int warnings) {
        if (errors + warnings > 0)
            m_issuesDock->show();
    });
    connect(m_connection, &ConnectionIndicator::clicked, this, &MainWindow::checkConnection);
    connect(m_running, &RunningBuildsIndicator::clicked, this, &MainWindow::showBuild);

    restoreState();
    if (Settings::checkConnectionAtStartup() && m_services.testConnection)
        QMetaObject::invokeMethod(this, &MainWindow::checkConnection, Qt::QueuedConnection);
    m_running->refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPanels()
{
    Core::Catalog &catalog = *m_services.catalog;
    const QString resources = tr("Resources");
    const QString activity = tr("Activity");

    m_pipelines = new PipelinesPanel(m_services, this);
    addPanel(m_pipelines, resources, QStringLiteral("pipelines"));
    m_recipes = new RecipesPanel(catalog, this);
    addPanel(m_recipes, resources, QStringLiteral("recipes"));
    m_components = new ComponentsPanel(catalog, m_issues, this);
    addPanel(m_components, resources, QStringLiteral("components"));
    m_images = new ImagesPanel(catalog, this);
    addPanel(m_images, resources, QStringLiteral("images"));
    auto *infrastructure = new InfrastructurePanel(m_services, this);
    addPanel(infrastructure, resources, QStringLiteral("infrastructure"));
    auto *distribution = new DistributionPanel(catalog, this);
    addPanel(distribution, resources, QStringLiteral("distribution"));
    auto *builds = new BuildsPanel(catalog, this);
    addPanel(builds, activity, QStringLiteral("builds"));
    m_buildMonitor = new BuildMonitorPanel(catalog, this);
    addPanel(m_buildMonitor, activity, QStringLiteral("monitor"));

    connect(m_pipelines, &PipelinesPanel::newPipelineRequested, this, &MainWindow::newPipeline);
    connect(m_recipes, &RecipesPanel::newPipelineRequested, this, &MainWindow::newPipeline);
    connect(infrastructure, &InfrastructurePanel::newPipelineRequested, this, &MainWindow::newPipeline);
    connect(distribution, &DistributionPanel::newPipelineRequested, this, &MainWindow::newPipeline);
    connect(m_pipelines, &PipelinesPanel::buildStarted, this, &MainWindow::showBuild);
    connect(m_pipelines, &PipelinesPanel::buildActivated, this, &MainWindow::showBuild);
    auto showRecipe = [this](const QString &reference) {
        showPanel(QStringLiteral("recipes"));
        m_recipes->showRecipe(reference);
    };
    connect(m_pipelines, &PipelinesPanel::recipeLinkActivated, this, showRecipe);
    connect(m_images, &ImagesPanel::recipeLinkActivated, this, showRecipe);
    connect(m_images, &ImagesPanel::buildLinkActivated, this, &MainWindow::showBuild);
    auto showImage = [this](qint64 id) {
        showPanel(QStringLiteral("images"));
        m_images->showImage(id);
    };
    connect(builds, &BuildsPanel::openInMonitorRequested, this, &MainWindow::showBuild);
    connect(builds, &BuildsPanel::imageLinkActivated, this, showImage);
    connect(m_buildMonitor, &BuildMonitorPanel::imageLinkActivated, this, showImage);
    ComponentEditorPanel::install(*this, m_services);
}

void MainWindow::addPanel(Panel *panel, const QString &group, const QString &key)
{
    m_stack->addWidget(panel);
    const int id = m_navigation->addEntry(group, panel->icon(), panel->title(), key);
    m_panels.insert(key, panel);
    m_panelById.insert(id, panel);
    connect(panel, &Panel::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(panel, &Panel::canSaveChanged, this, [this, panel](bool can) {
        if (panel == currentPanel())
            m_actions->save->setEnabled(can);
    });
}

void MainWindow::showPanel(const QString &key)
{
    const int id = m_navigation->idForKey(key);
    if (id >= 0)
        m_navigation->setCurrent(id); // panelChanged follows
}

Panel *MainWindow::panel(const QString &key) const { return m_panels.value(key); }

Panel *MainWindow::currentPanel() const { return qobject_cast<Panel *>(m_stack->currentWidget()); }

QString MainWindow::currentPanelKey() const { return m_navigation->keyFor(m_navigation->current()); }

QMenu *MainWindow::menu(MenuId id) const
{
    switch (id) {
    case MenuId::File: return m_actions->fileMenu;
    case MenuId::Edit: return m_actions->editMenu;
    case MenuId::View: return m_actions->viewMenu;
    case MenuId::Tools: return m_actions->toolsMenu;
    case MenuId::Help: return m_actions->helpMenu;
    }
    return nullptr;
}

void MainWindow::panelChanged(int id)
{
    Panel *p = m_panelById.value(id);
    if (!p)
        return;
    m_stack->setCurrentWidget(p);
    m_actions->save->setEnabled(p->canSave());
    p->panelShown();
}

void MainWindow::registerIssueJumpHandler(const QString &source, std::function<void(const Issue &)> handler)
{
    m_jumpHandlers.insert(source, std::move(handler));
}

void MainWindow::jumpTo(const Issue &issue)
{
    if (auto handler = m_jumpHandlers.value(issue.source)) {
        handler(issue);
        return;
    }
    // No handler: show the file read-only at the line (the editor registers a better one).
    QFile file(issue.target);
    if (file.size() > 10 * 1024 * 1024 || !file.open(QIODevice::ReadOnly)) {
        statusBar()->showMessage(tr("%1 cannot be opened").arg(issue.target), 8000);
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(IssueModel::locationText(issue));
    auto *layout = new QVBoxLayout(dialog);
    auto *viewer = new DocumentViewer(dialog);
    viewer->setDocument(QString::fromUtf8(file.readAll()));
    layout->addWidget(viewer);
    if (issue.line > 0) {
        viewer->setCursorPosition(issue.line - 1, std::max(0, issue.column - 1));
        viewer->ensureLineVisible(issue.line - 1);
        viewer->setSelection(issue.line - 1, 0, issue.line - 1, viewer->lineLength(issue.line - 1));
    }
    dialog->resize(800, 600);
    dialog->show();
}

void MainWindow::newPipeline()
{
    auto *wizard = new PipelineWizard(m_services, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &PipelineWizard::pipelineCreated, this, [this](const Core::PipelineRow &pipeline) {
        statusBar()->showMessage(tr("Created the pipeline %1").arg(pipeline.name), 8000);
        showPanel(QStringLiteral("pipelines"));
        m_pipelines->selectId(pipeline.id);
        Q_EMIT pipelineCreated(pipeline.name);
    });
    connect(wizard, &PipelineWizard::buildStarted, this, &MainWindow::showBuild);
    connect(wizard, &PipelineWizard::problemsFound, this, [this](const QList<Issue> &issues) {
        m_issues->setIssues(QStringLiteral("wizard"), issues);
    });
    wizard->open();
}

void MainWindow::importComponent()
{
    showPanel(QStringLiteral("components"));
    m_components->importComponent();
}

void MainWindow::showBuild(qint64 buildId)
{
    showPanel(QStringLiteral("monitor"));
    if (buildId > 0)
        m_buildMonitor->showBuild(buildId);
}

void MainWindow::checkConnection()
{
    const QString uri = Settings::defaultLibvirtUri();
    m_connection->setUri(uri);
    if (!m_services.testConnection)
        return;
    m_connection->setState(ConnectionIndicator::State::Checking);
    const quint64 token = ++m_connectionToken;
    m_services.testConnection(uri).then(this, [this, token](const ConnectionReport &report) {
        if (token != m_connectionToken)
            return;
        if (report.ok)
            m_connection->setState(ConnectionIndicator::State::Connected, report.summary);
        else
            m_connection->setState(ConnectionIndicator::State::Failed,
                                   report.summary + u'\n' + report.detail + u'\n' + report.fix);
    });
}

void MainWindow::openPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        checkConnection();
}

void MainWindow::about()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About Kiln"));
    box.setIconPixmap(Icons::app().pixmap(96, 96));
    box.setText(tr("<h3>Kiln %1</h3><p>Build, test and version virtual machine images locally, the way EC2 Image "
                   "Builder does in the cloud: AWSTOE components applied to a base image in real libvirt/QEMU "
                   "machines, every image kept in a local catalog with its lineage.</p>")
                    .arg(QString::fromUtf8(Core::version())));
    box.setInformativeText(tr("Catalog: %1").arg(m_services.catalog->home().catalogPath()));
    box.exec();
}

void MainWindow::restoreState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    // A dock the user left open keeps the height they gave it.
    m_issuesDockSized = QMainWindow::restoreState(settings.value(QStringLiteral("window/state")).toByteArray())
                        && m_issuesDock->isVisible();
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("MainSplitter")))
        splitter->restoreState(settings.value(QStringLiteral("window/navigation")).toByteArray());
    const QString key = settings.value(QStringLiteral("window/panel"), QStringLiteral("pipelines")).toString();
    showPanel(m_panels.contains(key) ? key : QStringLiteral("pipelines"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Running builds: keep them in their workers, cancel them, or stay open (the user decides).
    if (!m_buildMonitor->closeGuard()->allowClose()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("MainSplitter")))
        settings.setValue(QStringLiteral("window/navigation"), splitter->saveState());
    settings.setValue(QStringLiteral("window/panel"), currentPanelKey());
    QMainWindow::closeEvent(event);
}

} // namespace Kiln::Widgets
