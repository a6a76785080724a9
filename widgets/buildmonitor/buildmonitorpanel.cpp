#include "buildmonitorpanel.h"
#include "buildview.h"
#include "widgets/common/icons.h"
#include "widgets/common/statusbadge.h"

#include "core/catalog/catalog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
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
    m_cancel = new QPushButton(style()->standardIcon(QStyle::SP_BrowserStop), tr("Cancel build"), this);
    m_cancel->setEnabled(false);
    bar->addWidget(m_cancel);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(tr("No builds yet.\nRun a pipeline (Pipelines ▸ Run, or Create and run in the wizard) and follow it here."), m_stack);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_empty);
    m_view = new BuildView(catalog, m_stack);
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack, 1);

    m_poll = new QTimer(this);
    m_poll->setInterval(1000);
    connect(m_poll, &QTimer::timeout, m_view, &BuildView::reload);
    connect(m_picker, &QComboBox::activated, this, [this](int index) { showBuild(m_picker->itemData(index).toLongLong()); });
    connect(m_cancel, &QPushButton::clicked, this, &BuildMonitorPanel::cancelBuild);
    connect(m_view, &BuildView::imageLinkActivated, this, &BuildMonitorPanel::imageLinkActivated);
    connect(m_view, &BuildView::loaded, this, [this](const Core::BuildRow &b) {
        const bool running = !Core::isFinal(b.state);
        m_cancel->setEnabled(running && !b.cancelRequested);
        // Poll the catalog only while the build can still change (the worker is another process).
        if (running && isVisible())
            m_poll->start();
        else
            m_poll->stop();
    });
    connect(&catalog, &Core::Catalog::changed, this, [this](Core::Catalog::Table t) {
        if (t == Core::Catalog::Table::Builds && isVisible()) {
            loadPicker();
            m_view->reload();
        }
    });
}

QIcon BuildMonitorPanel::icon() const { return Icons::monitor(); }

void BuildMonitorPanel::panelShown() { loadPicker(); }

void BuildMonitorPanel::refresh()
{
    loadPicker();
    m_view->reload();
}

qint64 BuildMonitorPanel::currentBuild() const { return m_view->buildId(); }

void BuildMonitorPanel::showBuild(qint64 id)
{
    if (id <= 0)
        return;
    m_wanted = id;
    m_stack->setCurrentWidget(m_view);
    m_view->showBuild(id);
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
        for (const Core::BuildRow &b : *rows) {
            const QString what = b.kind == Core::BuildKind::ComponentTest ? tr("component test") : b.pipelineName;
            m_picker->addItem(Icons::build(), tr("#%1 %2 — %3").arg(b.id).arg(what, StatusBadge::label(Core::buildStateName(b.state))), b.id);
        }
        if (rows->isEmpty()) {
            m_stack->setCurrentWidget(m_empty);
            return;
        }
        // Follow the build asked for; else the newest running one; else the newest.
        qint64 id = m_wanted ? m_wanted : m_view->buildId();
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
        if (m_view->buildId() != m_picker->currentData().toLongLong())
            m_view->showBuild(m_picker->currentData().toLongLong());
        m_stack->setCurrentWidget(m_view);
    });
}

void BuildMonitorPanel::cancelBuild()
{
    const qint64 id = currentBuild();
    if (id <= 0)
        return;
    if (QMessageBox::question(this, tr("Cancel build"), tr("Cancel build #%1? Its VM is destroyed and the image is marked CANCELLED.").arg(id))
        != QMessageBox::Yes)
        return;
    m_cancel->setEnabled(false);
    m_catalog.builds().requestCancel(id).then(this, [this](const Core::Result<Core::BuildRow> &r) {
        if (!r)
            QMessageBox::warning(this, tr("Build not cancelled"), r.error().message);
        m_view->reload();
    });
}

} // namespace Kiln::Widgets
