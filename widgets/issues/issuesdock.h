#pragma once
// The Issues dock: the errors and warnings of every producer (editor validation, imports, the
// wizard's review, catalog problems) in one table. Activating a row with a location asks the
// main window to jump there (jumpRequested); the main window routes it by the issue's source.
#include "widgets/issues/issue.h"

#include <QDockWidget>

class QLabel;
class QTableView;
class QSortFilterProxyModel;
class QToolButton;

namespace Kiln::Widgets {

class IssueModel;

class IssuesDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit IssuesDock(IssueModel *model, QWidget *parent = nullptr);

    IssueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Room for the bar, the header and about five issues: the dock's first height when it pops up
    // (a QTableView alone asks for a third of the window). Dragged sizes are kept by the window.
    QSize sizeHint() const override;

Q_SIGNALS:
    void jumpRequested(const Kiln::Widgets::Issue &issue);

private:
    void updateTitle(int errors, int warnings);
    void activate(const QModelIndex &proxyIndex);

    IssueModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTableView *m_view;
    QLabel *m_summary;
    QToolButton *m_errorsOnly;
};

} // namespace Kiln::Widgets
