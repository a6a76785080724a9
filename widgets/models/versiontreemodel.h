#pragma once
// The lazy tree behind the Images, Components and Recipes views: name → version → build, where
// each build is one catalog row (kiln:<type>/<name>/<x.y.z>/<build>). Nothing is loaded up front:
// the top level arrives page by page as the view scrolls (fetchMore), a name's versions arrive
// page by page when it is expanded and scrolled. Pages are keyset ("seek") pages: each asks for
// the rows after the last loaded row's key (Core::VersionCursor), never for an offset, so the
// catalog answers a page at the far end of 100,000 versions as fast as the first one. Every page
// is a value snapshot fetched off the GUI thread; results carry the model's generation and are
// dropped when a reload made them stale. Subclasses say how to fetch a page and how to show a row.
#include "core/catalog/rows.h"
#include "core/catalog/semver.h"
#include "core/result.h"

#include <QAbstractItemModel>
#include <QFuture>

#include <memory>
#include <vector>

namespace Kiln::Widgets {

class VersionTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Level { Name, Version, Build };
    enum Role {
        LevelRole = Qt::UserRole + 100, // int(Level)
        IdRole,                         // qint64: the build row's id (the newest for names/versions)
        StatusRole,                     // status word for StatusBadgeDelegate
        ReferenceRole,                  // "kiln:image/web/1.0.0/2"
        NameRole,
        VersionRole,                    // "1.0.0"
        KeyRole,                        // stable across reloads: "web", "web/1.0.0", "web/1.0.0/2"
    };

    struct Entry {
        qint64 id = 0;
        QString name;
        Core::SemVer version;
        int build = 0;
        QVariant row; // the catalog row (ImageRow, ComponentRow, RecipeRow)
    };
    struct NamesPage {
        QList<Entry> newest;   // one per name, in name order: that name's newest row
        QList<int> totals;     // rows per name when known (-1: unknown), parallel to `newest`
        bool complete = false; // no names after these
    };

    explicit VersionTreeModel(QObject *parent = nullptr);
    ~VersionTreeModel() override;

    // Drops every loaded row and starts again from the first page (after a filter change).
    void reload();
    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }
    // Figures for the benchmark and tests.
    int loadedEntryCount() const { return m_loadedEntries; }
    int fetchCount() const { return m_fetches; }
    bool isFetching() const { return m_pending > 0; }
    // QTreeView asks for the next page of names at every layout, which pulls in every name one
    // page after another. With names on demand, pages after the first come only from
    // requestMoreNames() (panels call it when the list is scrolled near its end).
    void setNamesOnDemand(bool on) { m_namesOnDemand = on; }
    bool hasMoreNames() const;
    void requestMoreNames();

    Level level(const QModelIndex &index) const;
    // The row shown for an index: a build's own row; for a version or a name, its newest build.
    Entry entry(const QModelIndex &index) const;
    QModelIndex indexOfId(qint64 id) const; // among loaded builds
    // Replaces a loaded build's row (same id) and repaints it and its parents.
    void updateEntry(const Entry &entry);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    // The first page of names arrived (possibly empty): views can decide on "nothing yet".
    void firstPageLoaded();

protected:
    // Up to `limit` names after `afterName` in name order ("" for the first page).
    virtual QFuture<Core::Result<NamesPage>> fetchNames(const QString &afterName, int limit) const = 0;
    // Up to `limit` of `name`'s rows after `after` (none: from the newest), newest first
    // (version descending, build descending).
    virtual QFuture<Core::Result<QList<Entry>>> fetchEntries(const QString &name, const std::optional<Core::VersionCursor> &after,
                                                             int limit) const = 0;
    virtual int columns() const = 0;
    virtual QString header(int column) const = 0;
    virtual QVariant entryData(const Entry &entry, Level level, int column, int role) const = 0;
    virtual QString statusOf(const Entry &) const { return {}; }
    virtual QString referenceOf(const Entry &) const { return {}; }

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    void applyNames(quint64 generation, const Core::Result<NamesPage> &page);
    void applyEntries(quint64 generation, Node *nameNode, const Core::Result<QList<Entry>> &entries);
    void setPending(int delta);
    void fetchNode(Node *n);

    std::unique_ptr<Node> m_root;
    int m_pageSize = 200;
    bool m_namesOnDemand = false;
    quint64 m_generation = 0;
    int m_loadedEntries = 0;
    int m_fetches = 0;
    int m_pending = 0;
};

} // namespace Kiln::Widgets

Q_DECLARE_METATYPE(Kiln::Widgets::VersionTreeModel::Entry)
