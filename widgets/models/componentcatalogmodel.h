#pragma once
// Components as name → version → build for the Components panel and the wizard's component
// picker, lazily paged from the catalog (ComponentRepository::listAsync, newest-only for names).
#include "widgets/common/rowmetatypes.h"
#include "widgets/models/versiontreemodel.h"

#include <optional>

namespace Kiln::Core { class Catalog; }

namespace Kiln::Widgets {

class ComponentCatalogModel : public VersionTreeModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, PlatformColumn, DescriptionColumn, CreatedColumn, ColumnCount };

    explicit ComponentCatalogModel(Core::Catalog &catalog, QObject *parent = nullptr);

    void setFilter(const QString &namePrefix, std::optional<Core::ComponentType> type);
    static Core::ComponentRow componentOf(const Entry &entry) { return entry.row.value<Core::ComponentRow>(); }

protected:
    QFuture<Core::Result<NamesPage>> fetchNames(int rowOffset, int nameOffset, int limit) const override;
    QFuture<Core::Result<QList<Entry>>> fetchEntries(const QString &name, int offset, int limit) const override;
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant entryData(const Entry &entry, Level level, int column, int role) const override;
    QString referenceOf(const Entry &entry) const override;

private:
    Core::Catalog &m_catalog;
    Core::ComponentFilter m_filter;
};

} // namespace Kiln::Widgets

