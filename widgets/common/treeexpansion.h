#pragma once
// Keeps which rows of a lazy tree were expanded (by a stable key such as "web" or "web/1.0.0")
// across a model reload, re-expanding them as their rows arrive again page by page.
#include <QObject>
#include <QSet>

class QTreeView;

namespace Kiln::Widgets {

class TreeExpansion : public QObject
{
    Q_OBJECT
public:
    // `keyRole` gives the key of a row; names use their name, versions "name/version".
    TreeExpansion(QTreeView *view, int keyRole, QObject *parent = nullptr);

    void remember();   // before a reload
    void clear();

private:
    void restore(const QModelIndex &parent, int first, int last);

    QTreeView *m_view;
    int m_keyRole;
    QSet<QString> m_expanded;
};

} // namespace Kiln::Widgets
