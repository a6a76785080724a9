#pragma once
// The shared shape of the catalog panels (Pipelines, Images, Components…): a toolbar, a filter
// row, a list or tree on the left, the selected item's details on the right, and a friendly
// message instead of an empty list. Subclasses add their actions, filters, model and details.
#include "widgets/panels/panel.h"

#include <functional>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QToolBar;
class QTreeView;

namespace Kiln::Widgets {

class ListDetailPanel : public Panel
{
    Q_OBJECT
public:
    explicit ListDetailPanel(QWidget *parent = nullptr);
    ~ListDetailPanel() override;

    void activateFind() override;

    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QToolBar *toolBar() const { return m_toolBar; }
    QWidget *detailWidget() const { return m_detail; }
    // The text shown when the list is empty (true empty or filtered down to nothing).
    QString emptyMessage() const;
    bool isShowingEmptyMessage() const;
    QString countText() const; // "12 builds" under the list

protected:
    void setModel(QAbstractItemModel *model);
    void setDetailWidget(QWidget *detail);
    void addFilterWidget(QWidget *widget);
    // What to tell the user when there is nothing to list, and an optional button to fix that.
    void setEmptyState(const QString &message, const QString &actionText = {});
    void setFilteredEmptyMessage(const QString &message);
    void setPlaceholder(const QString &message);
    void setCountText(const QString &text);
    // Shows the details page (true) or the "select something" placeholder (false).
    void showDetails(bool show);
    // Re-evaluates whether the list or the empty message is shown; call after the model changed.
    void updateEmptyState();
    // True when a filter narrows the list, so an empty list says "nothing matches" instead of
    // "nothing yet". Panels with extra filter widgets extend it.
    virtual bool filtersActive() const;
    // True while the first page is still on its way: the list then says "Loading…", not "nothing".
    virtual bool isLoading() const { return false; }

    virtual void currentChanged(const QModelIndex &current) = 0;
    virtual void filterChanged() {}
    virtual void emptyActionTriggered() {}

    void restoreSplitter();
    // Calls `fetch` whenever the list is scrolled to (near) its end or does not fill the view: the
    // moment to load the next page of a long list.
    void whenNearTheEnd(const std::function<void()> &fetch);

private:
    QToolBar *m_toolBar;
    QHBoxLayout *m_filterRow;
    QLineEdit *m_filterEdit;
    QStackedWidget *m_listStack;
    QTreeView *m_view;
    QLabel *m_emptyLabel;
    QPushButton *m_emptyAction;
    QLabel *m_countLabel;
    QStackedWidget *m_detailStack;
    QLabel *m_placeholder;
    QWidget *m_detail = nullptr;
    QSplitter *m_splitter;
    QString m_emptyMessage;
    QString m_filteredEmptyMessage;
    bool m_splitterRestored = false;
};

} // namespace Kiln::Widgets
