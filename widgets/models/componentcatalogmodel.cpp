#include "componentcatalogmodel.h"
#include "widgets/common/format.h"
#include "widgets/common/icons.h"

#include "core/catalog/catalog.h"

namespace Kiln::Widgets {

static VersionTreeModel::Entry toEntry(const Core::ComponentRow &row)
{
    return {row.id, row.name, row.version, row.build, QVariant::fromValue(row)};
}

static Core::Result<QList<VersionTreeModel::Entry>> toEntries(const Core::Result<QList<Core::ComponentRow>> &rows)
{
    if (!rows)
        return Core::fail(rows.error());
    QList<VersionTreeModel::Entry> entries;
    entries.reserve(rows->size());
    for (const Core::ComponentRow &r : *rows)
        entries.append(toEntry(r));
    return entries;
}

ComponentCatalogModel::ComponentCatalogModel(Core::Catalog &catalog, QObject *parent)
    : VersionTreeModel(parent), m_catalog(catalog)
{
}

void ComponentCatalogModel::setFilter(const QString &namePrefix, std::optional<Core::ComponentType> type)
{
    m_filter.namePrefix = namePrefix.trimmed();
    m_filter.type = type;
    reload();
}

QFuture<Core::Result<VersionTreeModel::NamesPage>> ComponentCatalogModel::fetchNames(int, int nameOffset, int limit) const
{
    Core::ComponentFilter f = m_filter;
    f.newestOnly = true;
    f.offset = nameOffset;
    f.limit = limit;
    return m_catalog.components().listAsync(f).then([limit](const Core::Result<QList<Core::ComponentRow>> &rows) -> Core::Result<NamesPage> {
        auto entries = toEntries(rows);
        if (!entries)
            return Core::fail(entries.error());
        NamesPage page;
        page.newest = *entries;
        page.totals = QList<int>(entries->size(), -1);
        page.complete = entries->size() < limit;
        return page;
    });
}

QFuture<Core::Result<QList<VersionTreeModel::Entry>>> ComponentCatalogModel::fetchEntries(const QString &name, int offset, int limit) const
{
    Core::ComponentFilter f = m_filter;
    f.namePrefix.clear();
    f.name = name;
    f.newestOnly = false;
    f.offset = offset;
    f.limit = limit;
    return m_catalog.components().listAsync(f).then(toEntries);
}

QString ComponentCatalogModel::header(int column) const
{
    switch (column) {
    case NameColumn: return tr("Component");
    case TypeColumn: return tr("Type");
    case PlatformColumn: return tr("Platform");
    case DescriptionColumn: return tr("Description");
    case CreatedColumn: return tr("Created");
    default: return {};
    }
}

QString ComponentCatalogModel::referenceOf(const Entry &entry) const { return componentOf(entry).reference(); }

QVariant ComponentCatalogModel::entryData(const Entry &entry, Level level, int column, int role) const
{
    const Core::ComponentRow c = componentOf(entry);
    if (role == Qt::DecorationRole && column == NameColumn && level == Level::Name)
        return Icons::component();
    if (role == Qt::ToolTipRole)
        return column == DescriptionColumn ? c.description : c.reference();
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn:
        switch (level) {
        case Level::Name: return c.name;
        case Level::Version: return c.version.toString();
        case Level::Build: return tr("build %1").arg(c.build);
        }
        break;
    case TypeColumn: return c.type == Core::ComponentType::Build ? tr("build") : tr("test");
    case PlatformColumn: return c.platform;
    case DescriptionColumn: return c.description;
    case CreatedColumn: return Format::dateTime(c.createdAt);
    default: break;
    }
    return {};
}

} // namespace Kiln::Widgets
