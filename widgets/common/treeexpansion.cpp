#include "treeexpansion.h"

#include <QAbstractItemModel>
#include <QTreeView>

namespace Kiln::Widgets {

TreeExpansion::TreeExpansion(QTreeView *view, int keyRole, QObject *parent)
    : QObject(parent), m_view(view), m_keyRole(keyRole)
{
    connect(view->model(), &QAbstractItemModel::rowsInserted, this, &TreeExpansion::restore);
    connect(view, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        m_expanded.remove(index.data(m_keyRole).toString());
    });
}

void TreeExpansion::remember()
{
    // Keep the keys still expanded now, plus those remembered earlier whose rows did not come back yet.
    QAbstractItemModel *model = m_view->model();
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex i = model->index(r, 0, parent);
            if (m_view->isExpanded(i)) {
                m_expanded.insert(i.data(m_keyRole).toString());
                walk(i);
            }
        }
    };
    walk({});
}

void TreeExpansion::clear() { m_expanded.clear(); }

void TreeExpansion::restore(const QModelIndex &parent, int first, int last)
{
    if (m_expanded.isEmpty())
        return;
    QAbstractItemModel *model = m_view->model();
    for (int r = first; r <= last; ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (m_expanded.contains(i.data(m_keyRole).toString()))
            m_view->expand(i);
    }
}

} // namespace Kiln::Widgets
