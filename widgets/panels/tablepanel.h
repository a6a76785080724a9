#pragma once
// A list/detail panel over a flat table of catalog rows (pipelines, configurations, builds):
// loads the whole list off the GUI thread on first show and on every catalog change of its
// table, filters by the text in the filter field (any column), and keeps the selection by id.
#include "widgets/panels/listdetailpanel.h"

#include "core/catalog/catalog.h"

class QSortFilterProxyModel;
class QTimer;

namespace Kiln::Widgets {

class TablePanel : public ListDetailPanel
{
    Q_OBJECT
public:
    TablePanel(Core::Catalog &catalog, Core::Catalog::Table table, QWidget *parent = nullptr);

    void refresh() override;
    void panelShown() override;
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    // The id (IdRole) of the selected row, 0 when none.
    qint64 selectedId() const;
    void selectId(qint64 id);

protected:
    void setTableModel(QAbstractItemModel *model);
    // Starts an async load and applies it (via the subclass's model) when it arrives.
    virtual void load() = 0;
    virtual void showRow(qint64 id) = 0;
    void loaded(); // subclasses call this after applying a result
    void currentChanged(const QModelIndex &current) override;
    void filterChanged() override;

    Core::Catalog &m_catalog;
    quint64 m_token = 0;

private:
    Core::Catalog::Table m_table;
    QSortFilterProxyModel *m_proxy;
    QTimer *m_reload;
    bool m_loadedOnce = false;
    qint64 m_wanted = 0;
};

} // namespace Kiln::Widgets
