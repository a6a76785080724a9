#include "tablepanel.h"
#include "widgets/models/rowtablemodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QTreeView>

namespace Kiln::Widgets {

namespace {
constexpr int IdRole = RowTableModel<Core::PipelineRow>::IdRole;
}

TablePanel::TablePanel(Core::Catalog &catalog, Core::Catalog::Table table, QWidget *parent)
    : ListDetailPanel(parent), m_catalog(catalog), m_table(table)
{
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_reload = new QTimer(this);
    m_reload->setSingleShot(true);
    m_reload->setInterval(200);
    connect(m_reload, &QTimer::timeout, this, &TablePanel::refresh);
    connect(&catalog, &Core::Catalog::changed, this, [this](Core::Catalog::Table t) {
        if (t == m_table && m_loadedOnce)
            m_reload->start();
    });
    connect(&catalog, &Core::Catalog::externallyChanged, this, [this] {
        if (m_loadedOnce)
            m_reload->start();
    });
    view()->setRootIsDecorated(false);
    view()->setSortingEnabled(false);
}

void TablePanel::setTableModel(QAbstractItemModel *model)
{
    m_proxy->setSourceModel(model);
    setModel(m_proxy);
    view()->header()->setSectionResizeMode(QHeaderView::Interactive);
}

void TablePanel::panelShown()
{
    restoreSplitter();
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        refresh();
    }
}

void TablePanel::refresh() { load(); }

void TablePanel::loaded()
{
    updateEmptyState();
    if (m_wanted) {
        const qint64 id = m_wanted;
        m_wanted = 0;
        selectId(id);
    }
    // Keep the shown details fresh (a running build, an edited configuration).
    if (const qint64 id = selectedId())
        showRow(id);
    for (int c = 0; c + 1 < m_proxy->columnCount(); ++c)
        if (view()->columnWidth(c) < 40)
            view()->resizeColumnToContents(c);
}

qint64 TablePanel::selectedId() const
{
    const QModelIndex i = view()->currentIndex();
    return i.isValid() ? i.siblingAtColumn(0).data(IdRole).toLongLong() : 0;
}

void TablePanel::selectId(qint64 id)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, 0);
        if (i.data(IdRole).toLongLong() == id) {
            view()->setCurrentIndex(i);
            view()->scrollTo(i);
            return;
        }
    }
    m_wanted = id; // not loaded yet: select when it arrives
}

void TablePanel::currentChanged(const QModelIndex &current)
{
    if (!current.isValid()) {
        showDetails(false);
        return;
    }
    showRow(current.siblingAtColumn(0).data(IdRole).toLongLong());
    showDetails(true);
}

void TablePanel::filterChanged()
{
    m_proxy->setFilterFixedString(filterEdit()->text().trimmed());
    updateEmptyState();
}

} // namespace Kiln::Widgets
