#include "listdetailpanel.h"

#include <QAbstractItemModel>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Kiln::Widgets {

ListDetailPanel::ListDetailPanel(QWidget *parent) : Panel(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(18, 18));
    outer->addWidget(m_toolBar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    outer->addWidget(m_splitter, 1);

    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 6, 4, 6);
    m_filterRow = new QHBoxLayout;
    m_filterEdit = new QLineEdit(left);
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setPlaceholderText(tr("Filter by name"));
    m_filterRow->addWidget(m_filterEdit, 1);
    leftLayout->addLayout(m_filterRow);

    m_listStack = new QStackedWidget(left);
    m_view = new QTreeView(m_listStack);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(true);
    m_listStack->addWidget(m_view);

    auto *empty = new QWidget(m_listStack);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    m_emptyLabel = new QLabel(empty);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    emptyLayout->addWidget(m_emptyLabel);
    m_emptyAction = new QPushButton(empty);
    m_emptyAction->hide();
    emptyLayout->addWidget(m_emptyAction, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_listStack->addWidget(empty);
    leftLayout->addWidget(m_listStack, 1);

    m_countLabel = new QLabel(left);
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);
    leftLayout->addWidget(m_countLabel);

    m_detailStack = new QStackedWidget(m_splitter);
    m_placeholder = new QLabel(m_detailStack);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_detailStack->addWidget(m_placeholder);

    m_filteredEmptyMessage = tr("Nothing matches the filter.");
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this] { filterChanged(); });
    connect(m_emptyAction, &QPushButton::clicked, this, [this] { emptyActionTriggered(); });
}

ListDetailPanel::~ListDetailPanel()
{
    if (!objectName().isEmpty())
        QSettings().setValue(QLatin1String("panels/") + objectName() + QLatin1String("/splitter"), m_splitter->saveState());
}

void ListDetailPanel::restoreSplitter()
{
    if (m_splitterRestored || objectName().isEmpty())
        return;
    m_splitterRestored = true;
    const QByteArray state = QSettings().value(QLatin1String("panels/") + objectName() + QLatin1String("/splitter")).toByteArray();
    if (!state.isEmpty())
        m_splitter->restoreState(state);
    else
        m_splitter->setSizes({420, 600});
}

void ListDetailPanel::activateFind()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void ListDetailPanel::setModel(QAbstractItemModel *model)
{
    m_view->setModel(model);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { currentChanged(current); });
    connect(model, &QAbstractItemModel::modelReset, this, &ListDetailPanel::updateEmptyState);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ListDetailPanel::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ListDetailPanel::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ListDetailPanel::updateEmptyState);
    updateEmptyState();
}

void ListDetailPanel::setDetailWidget(QWidget *detail)
{
    m_detail = detail;
    m_detailStack->addWidget(detail);
}

void ListDetailPanel::addFilterWidget(QWidget *widget) { m_filterRow->addWidget(widget); }

void ListDetailPanel::setEmptyState(const QString &message, const QString &actionText)
{
    m_emptyMessage = message;
    m_emptyAction->setText(actionText);
    updateEmptyState();
}

void ListDetailPanel::setFilteredEmptyMessage(const QString &message)
{
    m_filteredEmptyMessage = message;
    updateEmptyState();
}

void ListDetailPanel::setPlaceholder(const QString &message) { m_placeholder->setText(message); }

void ListDetailPanel::whenNearTheEnd(const std::function<void()> &fetch)
{
    QScrollBar *bar = m_view->verticalScrollBar();
    const auto check = [bar, fetch] {
        if (bar->value() >= bar->maximum() - bar->pageStep() / 2)
            fetch();
    };
    connect(bar, &QScrollBar::valueChanged, this, check);
    connect(bar, &QScrollBar::rangeChanged, this, check);
}

QString ListDetailPanel::countText() const { return m_countLabel->text(); }

void ListDetailPanel::setCountText(const QString &text) { m_countLabel->setText(text); }

void ListDetailPanel::showDetails(bool show)
{
    m_detailStack->setCurrentIndex(show && m_detail ? 1 : 0);
}

bool ListDetailPanel::filtersActive() const { return !m_filterEdit->text().trimmed().isEmpty(); }

QString ListDetailPanel::emptyMessage() const { return m_emptyLabel->text(); }

bool ListDetailPanel::isShowingEmptyMessage() const { return m_listStack->currentIndex() == 1; }

void ListDetailPanel::updateEmptyState()
{
    const QAbstractItemModel *model = m_view->model();
    const bool empty = !model || model->rowCount() == 0;
    if (empty) {
        const bool filtered = filtersActive();
        const bool loading = isLoading();
        m_emptyLabel->setText(loading ? tr("Loading…") : filtered ? m_filteredEmptyMessage : m_emptyMessage);
        m_emptyAction->setVisible(!loading && !filtered && !m_emptyAction->text().isEmpty());
    }
    m_listStack->setCurrentIndex(empty ? 1 : 0);
}

} // namespace Kiln::Widgets
