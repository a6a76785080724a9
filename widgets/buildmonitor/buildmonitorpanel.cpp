#include "buildmonitorpanel.h"
#include "widgets/common/icons.h"
#include "widgets/common/statusbadge.h"
#include "widgets/logview.h"
#include "widgets/monitor/buildmonitor.h"
#include "widgets/monitor/closeguard.h"
#include "widgets/monitor/stagelogpane.h"

#include "core/catalog/catalog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Kiln::Widgets {

BuildMonitorPanel::BuildMonitorPanel(Core::Catalog &catalog, QWidget *parent) : Panel(parent), m_catalog(catalog)
{
    setObjectName(QStringLiteral("BuildMonitorPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Build:"), this));
    m_picker = new QComboBox(this);
    m_picker->setMinimumContentsLength(40);
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    bar->addWidget(m_picker);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(tr("No builds yet.\nRun a pipeline (Pipelines ▸ Run, or Create and run in the wizard) and follow it here."), m_stack);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_empty);
    m_monitor = new BuildMonitor(catalog, m_stack);
    m_stack->addWidget(m_monitor);
    layout->addWidget(m_stack, 1);
    m_guard = new CloseGuard(catalog, parent ? parent->window() : this);

    connect(m_picker, &QComboBox::activated, this, [this](int index) { showBuild(m_picker->itemData(index).toLongLong()); });
    connect(m_monitor, &BuildMonitor::imageLinkActivated, this, &BuildMonitorPanel::imageLinkActivated);
    connect(m_monitor, &BuildMonitor::buildStarted, this, [this](qint64 id) {
        m_wanted = id;
        loadPicker();
    });
    // The picker's entry of the followed build says its state as it changes (the worker is
    // another process: no catalog change signal reaches this one).
    connect(m_monitor, &BuildMonitor::loaded, this, [this](const Core::BuildRow &b) {
        const int i = m_picker->findData(b.id);
        if (i >= 0)
            m_picker->setItemText(i, itemText(b));
    });
    connect(m_monitor, &BuildMonitor::finished, this, [this] {
        if (isVisible())
            loadPicker(); // the picker shows each build's state
    });
    connect(&catalog, &Core::Catalog::changed, this, [this](Core::Catalog::Table t) {
        if (t == Core::Catalog::Table::Builds && isVisible())
            loadPicker();
    });
}

QIcon BuildMonitorPanel::icon() const { return Icons::monitor(); }

void BuildMonitorPanel::panelShown() { loadPicker(); }

void BuildMonitorPanel::refresh()
{
    loadPicker();
    m_monitor->reload();
}

void BuildMonitorPanel::activateFind()
{
    // Edit ▸ Find searches the log on show.
    if (auto *pane = qobject_cast<StageLogPane *>(m_monitor->tabs()->currentWidget()))
        if (LogView *view = pane->currentView())
            view->showSearch();
}

QString BuildMonitorPanel::itemText(const Core::BuildRow &b)
{
    const QString what = b.kind == Core::BuildKind::ComponentTest ? tr("component test") : b.pipelineName;
    return tr("#%1 %2 — %3").arg(b.id).arg(what, StatusBadge::label(Core::buildStateName(b.state)));
}

qint64 BuildMonitorPanel::currentBuild() const { return m_monitor->buildId(); }

void BuildMonitorPanel::showBuild(qint64 id)
{
    if (id <= 0)
        return;
    m_wanted = id;
    m_stack->setCurrentWidget(m_monitor);
    m_monitor->showBuild(id);
    const int i = m_picker->findData(id);
    if (i >= 0)
        m_picker->setCurrentIndex(i);
    else
        loadPicker();
}

void BuildMonitorPanel::loadPicker()
{
    const quint64 token = ++m_token;
    Core::BuildFilter f;
    f.limit = 100;
    m_catalog.builds().listAsync(f).then(this, [this, token](const Core::Result<QList<Core::BuildRow>> &rows) {
        if (token != m_token || !rows)
            return;
        m_picker->clear();
        for (const Core::BuildRow &b : *rows)
            m_picker->addItem(Icons::build(), itemText(b), b.id);
        if (rows->isEmpty()) {
            m_stack->setCurrentWidget(m_empty);
            return;
        }
        // Follow the build asked for; else the newest running one; else the newest.
        qint64 id = m_wanted ? m_wanted : m_monitor->buildId();
        if (id <= 0) {
            id = rows->constFirst().id;
            for (const Core::BuildRow &b : *rows)
                if (!Core::isFinal(b.state)) {
                    id = b.id;
                    break;
                }
        }
        const int i = m_picker->findData(id);
        m_picker->setCurrentIndex(i >= 0 ? i : 0);
        if (m_monitor->buildId() != m_picker->currentData().toLongLong())
            m_monitor->showBuild(m_picker->currentData().toLongLong());
        m_stack->setCurrentWidget(m_monitor);
    });
}

} // namespace Kiln::Widgets
