#include "issuesdock.h"
#include "issuemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Kiln::Widgets {

namespace {
// Hides warnings and notes when "Errors only" is on.
class ErrorsOnlyFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setErrorsOnly(bool on)
    {
        m_errorsOnly = on;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (!m_errorsOnly)
            return true;
        const auto issue = sourceModel()->index(row, 0, parent).data(IssueModel::IssueRole).value<Issue>();
        return issue.severity == Issue::Severity::Error;
    }

private:
    bool m_errorsOnly = false;
};
} // namespace

IssuesDock::IssuesDock(IssueModel *model, QWidget *parent)
    : QDockWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("IssuesDock"));
    auto *filter = new ErrorsOnlyFilter(this);
    m_filter = filter;
    m_filter->setSourceModel(m_model);

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 2, 4, 4);
    auto *bar = new QHBoxLayout;
    m_summary = new QLabel(body);
    m_errorsOnly = new QToolButton(body);
    m_errorsOnly->setText(tr("Errors only"));
    m_errorsOnly->setCheckable(true);
    m_errorsOnly->setAutoRaise(true);
    auto *clear = new QToolButton(body);
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Remove every issue from the list (they come back when their producer reports them again)"));
    clear->setAutoRaise(true);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_errorsOnly);
    bar->addWidget(clear);
    layout->addLayout(bar);

    m_view = new QTableView(body);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(qMax(fontMetrics().height(), 16) + 6); // one line and a 16 px icon
    m_view->horizontalHeader()->setSectionResizeMode(IssueModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(IssueModel::MessageColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(IssueModel::LocationColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(IssueModel::SourceColumn, QHeaderView::ResizeToContents);
    m_view->setToolTip(tr("Double-click an issue to jump to where it is"));
    layout->addWidget(m_view);
    setWidget(body);

    connect(m_errorsOnly, &QToolButton::toggled, this, [filter](bool on) { filter->setErrorsOnly(on); });
    connect(clear, &QToolButton::clicked, m_model, &IssueModel::clear);
    connect(m_view, &QTableView::activated, this, &IssuesDock::activate);
    connect(m_model, &IssueModel::countsChanged, this, &IssuesDock::updateTitle);
    updateTitle(0, 0);
}

void IssuesDock::updateTitle(int errors, int warnings)
{
    if (errors == 0 && warnings == 0) {
        setWindowTitle(tr("Issues"));
        m_summary->setText(tr("No issues."));
        return;
    }
    setWindowTitle(tr("Issues (%1)").arg(errors + warnings));
    m_summary->setText(tr("%n error(s)", nullptr, errors) + QLatin1String(", ") + tr("%n warning(s)", nullptr, warnings));
}

void IssuesDock::activate(const QModelIndex &proxyIndex)
{
    const auto issue = m_filter->mapToSource(proxyIndex).data(IssueModel::IssueRole).value<Issue>();
    if (issue.hasLocation())
        Q_EMIT jumpRequested(issue);
}

QSize IssuesDock::sizeHint() const
{
    constexpr int kRows = 5;
    const int rows = m_view->verticalHeader()->defaultSectionSize() * kRows;
    const int header = m_view->horizontalHeader()->sizeHint().height();
    const int bar = m_summary->sizeHint().height() + 8;
    const int title = fontMetrics().height() + 8;
    return {QDockWidget::sizeHint().width(), title + bar + header + rows + 2 * m_view->frameWidth() + 6};
}

} // namespace Kiln::Widgets
