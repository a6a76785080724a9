#pragma once
// Images as name → version → build for the Images panel, lazily paged from the catalog
// (ImageRepository::list/count on the catalog's reader threads) with the panel's filters.
#include "widgets/common/rowmetatypes.h"
#include "widgets/models/versiontreemodel.h"

namespace Kiln::Core { class Catalog; }

namespace Kiln::Widgets {

class ImageCatalogModel : public VersionTreeModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, OsColumn, FormatColumn, SizeColumn, CreatedColumn, ColumnCount };

    explicit ImageCatalogModel(Core::Catalog &catalog, QObject *parent = nullptr);

    // Name prefix, statuses (empty: all but DELETED) and OS id; reloads.
    void setFilter(const QString &namePrefix, const QList<Core::ImageStatus> &statuses, const QString &osId);
    Core::ImageFilter filter() const { return m_filter; }
    static Core::ImageRow imageOf(const Entry &entry) { return entry.row.value<Core::ImageRow>(); }

protected:
    QFuture<Core::Result<NamesPage>> fetchNames(int rowOffset, int nameOffset, int limit) const override;
    QFuture<Core::Result<QList<Entry>>> fetchEntries(const QString &name, int offset, int limit) const override;
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant entryData(const Entry &entry, Level level, int column, int role) const override;
    QString statusOf(const Entry &entry) const override;
    QString referenceOf(const Entry &entry) const override;

private:
    Core::Catalog &m_catalog;
    Core::ImageFilter m_filter;
};

} // namespace Kiln::Widgets

