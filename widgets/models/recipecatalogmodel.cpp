#include "recipecatalogmodel.h"
#include "widgets/common/format.h"
#include "widgets/common/icons.h"

#include "core/catalog/catalog.h"

namespace Kiln::Widgets {

static Core::Result<QList<VersionTreeModel::Entry>> toEntries(const Core::Result<QList<Core::RecipeRow>> &rows)
{
    if (!rows)
        return Core::fail(rows.error());
    QList<VersionTreeModel::Entry> entries;
    entries.reserve(rows->size());
    for (const Core::RecipeRow &r : *rows)
        entries.append({r.id, r.name, r.version, r.build, QVariant::fromValue(r)});
    return entries;
}

RecipeCatalogModel::RecipeCatalogModel(Core::Catalog &catalog, QObject *parent)
    : VersionTreeModel(parent), m_catalog(catalog)
{
}

void RecipeCatalogModel::setFilter(const QString &namePrefix)
{
    m_filter.namePrefix = namePrefix.trimmed();
    reload();
}

QFuture<Core::Result<VersionTreeModel::NamesPage>> RecipeCatalogModel::fetchNames(int, int nameOffset, int limit) const
{
    Core::RecipeFilter f = m_filter;
    f.newestOnly = true;
    f.offset = nameOffset;
    f.limit = limit;
    return m_catalog.recipes().listAsync(f).then([limit](const Core::Result<QList<Core::RecipeRow>> &rows) -> Core::Result<NamesPage> {
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

QFuture<Core::Result<QList<VersionTreeModel::Entry>>> RecipeCatalogModel::fetchEntries(const QString &name, int offset, int limit) const
{
    Core::RecipeFilter f = m_filter;
    f.namePrefix.clear();
    f.name = name;
    f.newestOnly = false;
    f.offset = offset;
    f.limit = limit;
    return m_catalog.recipes().listAsync(f).then(toEntries);
}

QString RecipeCatalogModel::header(int column) const
{
    switch (column) {
    case NameColumn: return tr("Recipe");
    case ParentColumn: return tr("Base image");
    case ComponentsColumn: return tr("Components");
    case CreatedColumn: return tr("Created");
    default: return {};
    }
}

QString RecipeCatalogModel::referenceOf(const Entry &entry) const { return recipeOf(entry).reference(); }

QVariant RecipeCatalogModel::entryData(const Entry &entry, Level level, int column, int role) const
{
    const Core::RecipeRow r = recipeOf(entry);
    if (role == Qt::DecorationRole && column == NameColumn && level == Level::Name)
        return Icons::recipe();
    if (role == Qt::ToolTipRole && column == NameColumn)
        return r.reference();
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn:
        switch (level) {
        case Level::Name: return r.name;
        case Level::Version: return r.version.toString();
        case Level::Build: return tr("build %1").arg(r.build);
        }
        break;
    case ParentColumn: return r.parentImage;
    case ComponentsColumn: return QString::number(r.components.size());
    case CreatedColumn: return Format::dateTime(r.createdAt);
    default: break;
    }
    return {};
}

} // namespace Kiln::Widgets
