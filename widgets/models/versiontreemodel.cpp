#include "versiontreemodel.h"

#include <QHash>

namespace Kiln::Widgets {

struct VersionTreeModel::Node {
    Level level = Level::Name; // the root uses Level::Name with parent == nullptr
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
    Entry entry;      // Build: its row; Version/Name: the newest build
    int total = -1;   // Name: rows in the catalog when known
    int loaded = 0;   // Name: rows loaded
    bool fetching = false;
    bool complete = false;

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

VersionTreeModel::VersionTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
}

VersionTreeModel::~VersionTreeModel() = default;

void VersionTreeModel::reload()
{
    beginResetModel();
    ++m_generation; // results of fetches still running are now stale
    m_root = std::make_unique<Node>();
    m_loadedEntries = 0;
    // Forget the stale fetches before the reset ends: views and QAbstractItemModelTester call
    // fetchMore() from modelReset, and that fetch must stay counted.
    const bool wasLoading = m_pending > 0;
    m_pending = 0;
    endResetModel();
    if (wasLoading && m_pending == 0)
        Q_EMIT loadingChanged(false);
}

void VersionTreeModel::setPending(int delta)
{
    const bool was = m_pending > 0;
    m_pending += delta;
    if (was != (m_pending > 0))
        Q_EMIT loadingChanged(m_pending > 0);
}

VersionTreeModel::Node *VersionTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex VersionTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

VersionTreeModel::Level VersionTreeModel::level(const QModelIndex &index) const { return nodeOf(index)->level; }

VersionTreeModel::Entry VersionTreeModel::entry(const QModelIndex &index) const
{
    return index.isValid() ? nodeOf(index)->entry : Entry{};
}

QModelIndex VersionTreeModel::indexOfId(qint64 id) const
{
    for (const auto &name : m_root->children)
        for (const auto &version : name->children)
            for (const auto &build : version->children)
                if (build->entry.id == id)
                    return indexOf(build.get());
    return {};
}

void VersionTreeModel::updateEntry(const Entry &entry)
{
    for (const auto &name : m_root->children) {
        if (name->entry.name != entry.name)
            continue;
        if (name->entry.id == entry.id) {
            name->entry = entry;
            Q_EMIT dataChanged(indexOf(name.get()), indexOf(name.get(), columns() - 1));
        }
        for (const auto &version : name->children) {
            if (version->entry.id == entry.id) {
                version->entry = entry;
                Q_EMIT dataChanged(indexOf(version.get()), indexOf(version.get(), columns() - 1));
            }
            for (const auto &build : version->children) {
                if (build->entry.id == entry.id) {
                    build->entry = entry;
                    Q_EMIT dataChanged(indexOf(build.get()), indexOf(build.get(), columns() - 1));
                }
            }
        }
    }
}

QModelIndex VersionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= columns())
        return {};
    const Node *p = nodeOf(parent);
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex VersionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int VersionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int VersionTreeModel::columnCount(const QModelIndex &) const { return columns(); }

bool VersionTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *n = nodeOf(parent);
    if (n == m_root.get())
        return !n->children.empty() || !n->complete;
    // A name always has at least one version and a version at least one build.
    return n->level != Level::Build;
}

bool VersionTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *n = nodeOf(parent);
    if (n != m_root.get() && n->level != Level::Name)
        return false;
    if (n == m_root.get() && m_namesOnDemand && !n->children.empty())
        return false; // the next page of names when requestMoreNames() asks
    return !n->complete && !n->fetching;
}

void VersionTreeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchNode(nodeOf(parent));
}

bool VersionTreeModel::hasMoreNames() const
{
    return !m_root->complete;
}

void VersionTreeModel::requestMoreNames()
{
    if (!m_root->complete && !m_root->fetching)
        fetchNode(m_root.get());
}

void VersionTreeModel::fetchNode(Node *n)
{
    n->fetching = true;
    ++m_fetches;
    setPending(+1);
    const quint64 generation = m_generation;
    if (n == m_root.get()) {
        // Results are applied from the event loop, never inside fetchMore(): a future that is
        // already finished runs its continuation at once, and views call fetchMore() while
        // handling other model signals.
        // The next page starts after the last name loaded.
        const QString afterName = n->children.empty() ? QString() : n->children.back()->entry.name;
        fetchNames(afterName, m_pageSize)
            .then(this, [this, generation](const Core::Result<NamesPage> &page) {
                QMetaObject::invokeMethod(this, [this, generation, page] { applyNames(generation, page); }, Qt::QueuedConnection);
            });
    } else {
        // The next page starts after the last build loaded (the last version's last build).
        std::optional<Core::VersionCursor> after;
        if (!n->children.empty() && !n->children.back()->children.empty())
            after = Core::VersionCursor::after(n->children.back()->children.back()->entry);
        fetchEntries(n->entry.name, after, m_pageSize)
            .then(this, [this, generation, n](const Core::Result<QList<Entry>> &entries) {
                QMetaObject::invokeMethod(this, [this, generation, n, entries] { applyEntries(generation, n, entries); },
                                          Qt::QueuedConnection);
            });
    }
}

void VersionTreeModel::applyNames(quint64 generation, const Core::Result<NamesPage> &page)
{
    if (generation != m_generation)
        return; // a reload happened since: `m_root` is another tree
    setPending(-1);
    Node *root = m_root.get();
    const bool first = root->children.empty();
    // `fetching` stays set until the rows are in: views and model testers call fetchMore() from
    // rowsAboutToBeInserted, and a page asked for then would start after the wrong last row.
    struct Done {
        Node *node;
        ~Done() { node->fetching = false; }
    } done{root};
    if (!page) {
        root->complete = true; // don't retry in a loop; reload() tries again
        Q_EMIT loadFailed(page.error().message);
        if (first)
            Q_EMIT firstPageLoaded();
        return;
    }
    const NamesPage &p = *page;
    root->complete = p.complete || p.newest.isEmpty();
    if (!p.newest.isEmpty()) {
        const int from = int(root->children.size());
        beginInsertRows({}, from, from + int(p.newest.size()) - 1);
        for (qsizetype i = 0; i < p.newest.size(); ++i) {
            auto node = std::make_unique<Node>();
            node->level = Level::Name;
            node->entry = p.newest.at(i);
            node->total = p.totals.value(i, -1);
            root->add(std::move(node));
        }
        endInsertRows();
    }
    if (first)
        Q_EMIT firstPageLoaded();
}

void VersionTreeModel::applyEntries(quint64 generation, Node *nameNode, const Core::Result<QList<Entry>> &entries)
{
    if (generation != m_generation)
        return; // `nameNode` belonged to a tree that reload() dropped
    setPending(-1);
    struct Done { // see applyNames()
        Node *node;
        ~Done() { node->fetching = false; }
    } done{nameNode};
    if (!entries) {
        nameNode->complete = true;
        Q_EMIT loadFailed(entries.error().message);
        return;
    }
    const QList<Entry> &rows = *entries;
    nameNode->loaded += int(rows.size());
    nameNode->complete = rows.size() < m_pageSize || (nameNode->total >= 0 && nameNode->loaded >= nameNode->total);
    const QModelIndex nameIndex = indexOf(nameNode);

    qsizetype i = 0;
    // Builds that continue the last version of the previous page.
    if (!nameNode->children.empty()) {
        Node *last = nameNode->children.back().get();
        qsizetype j = i;
        while (j < rows.size() && rows.at(j).version == last->entry.version)
            ++j;
        if (j > i) {
            const int from = int(last->children.size());
            beginInsertRows(indexOf(last), from, from + int(j - i) - 1);
            for (; i < j; ++i) {
                auto b = std::make_unique<Node>();
                b->level = Level::Build;
                b->entry = rows.at(i);
                last->add(std::move(b));
                ++m_loadedEntries;
            }
            endInsertRows();
        }
    }
    if (i >= rows.size())
        return;
    // New versions: count them first so the insert is one notification.
    int newVersions = 0;
    for (qsizetype k = i; k < rows.size(); ++k)
        if (k == i || rows.at(k).version != rows.at(k - 1).version)
            ++newVersions;
    const int from = int(nameNode->children.size());
    beginInsertRows(nameIndex, from, from + newVersions - 1);
    Node *current = nullptr;
    for (; i < rows.size(); ++i) {
        const Entry &e = rows.at(i);
        if (!current || current->entry.version != e.version) {
            auto v = std::make_unique<Node>();
            v->level = Level::Version;
            v->entry = e; // rows come newest first: the first build seen is the newest
            current = nameNode->add(std::move(v));
        }
        auto b = std::make_unique<Node>();
        b->level = Level::Build;
        b->entry = e;
        current->add(std::move(b));
        ++m_loadedEntries;
    }
    endInsertRows();
}

QVariant VersionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = nodeOf(index);
    switch (role) {
    case LevelRole: return int(n->level);
    case IdRole: return n->entry.id;
    case StatusRole: return statusOf(n->entry);
    case ReferenceRole: return referenceOf(n->entry);
    case NameRole: return n->entry.name;
    case VersionRole: return n->entry.version.toString();
    case KeyRole:
        switch (n->level) {
        case Level::Name: return n->entry.name;
        case Level::Version: return QString(n->entry.name + u'/' + n->entry.version.toString());
        case Level::Build: return QString(n->entry.name + u'/' + n->entry.version.toString() + u'/' + QString::number(n->entry.build));
        }
        return {};
    default: break;
    }
    return entryData(n->entry, n->level, index.column(), role);
}

QVariant VersionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < columns())
        return header(section);
    return {};
}

} // namespace Kiln::Widgets
