#include "imagecatalogmodel.h"
#include "widgets/common/format.h"
#include "widgets/common/icons.h"

#include "core/catalog/catalog.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Kiln::Widgets {

static VersionTreeModel::Entry toEntry(const Core::ImageRow &row)
{
    return {row.id, row.name, row.version, row.build, QVariant::fromValue(row)};
}

ImageCatalogModel::ImageCatalogModel(Core::Catalog &catalog, QObject *parent)
    : VersionTreeModel(parent), m_catalog(catalog)
{
    m_filter.sort = Core::ImageFilter::Sort::NameThenNewest;
}

void ImageCatalogModel::setFilter(const QString &namePrefix, const QList<Core::ImageStatus> &statuses, const QString &osId)
{
    m_filter.namePrefix = namePrefix.trimmed();
    m_filter.statuses = statuses;
    m_filter.osId = osId;
    reload();
}

QFuture<Core::Result<VersionTreeModel::NamesPage>> ImageCatalogModel::fetchNames(int rowOffset, int, int limit) const
{
    // The catalog pages rows, not names: walk the name-sorted rows, taking each name's newest row
    // and jumping over the rest of that name with its count (two indexed queries per name).
    Core::Catalog *catalog = &m_catalog;
    const Core::ImageFilter base = m_filter;
    return QtConcurrent::run([catalog, base, rowOffset, limit]() -> Core::Result<NamesPage> {
        NamesPage page;
        int offset = rowOffset;
        while (page.newest.size() < limit) {
            Core::ImageFilter f = base;
            f.offset = offset;
            f.limit = 1;
            auto rows = catalog->images().list(f);
            if (!rows)
                return Core::fail(rows.error());
            if (rows->isEmpty()) {
                page.complete = true;
                break;
            }
            const Core::ImageRow &newest = rows->constFirst();
            Core::ImageFilter byName = base;
            byName.namePrefix.clear();
            byName.name = newest.name;
            auto count = catalog->images().count(byName);
            if (!count)
                return Core::fail(count.error());
            page.newest.append(toEntry(newest));
            page.totals.append(*count);
            offset += std::max(1, *count);
            page.rowsConsumed += std::max(1, *count);
        }
        return page;
    });
}

QFuture<Core::Result<QList<VersionTreeModel::Entry>>> ImageCatalogModel::fetchEntries(const QString &name, int offset, int limit) const
{
    Core::ImageFilter f = m_filter;
    f.namePrefix.clear();
    f.name = name;
    f.offset = offset;
    f.limit = limit;
    return m_catalog.images().listAsync(f).then([](const Core::Result<QList<Core::ImageRow>> &rows) -> Core::Result<QList<Entry>> {
        if (!rows)
            return Core::fail(rows.error());
        QList<Entry> entries;
        entries.reserve(rows->size());
        for (const Core::ImageRow &r : *rows)
            entries.append(toEntry(r));
        return entries;
    });
}

QString ImageCatalogModel::header(int column) const
{
    switch (column) {
    case NameColumn: return tr("Image");
    case StatusColumn: return tr("Status");
    case OsColumn: return tr("OS");
    case FormatColumn: return tr("Format");
    case SizeColumn: return tr("Size");
    case CreatedColumn: return tr("Created");
    default: return {};
    }
}

QString ImageCatalogModel::statusOf(const Entry &entry) const
{
    return Core::imageStatusName(imageOf(entry).status);
}

QString ImageCatalogModel::referenceOf(const Entry &entry) const { return imageOf(entry).reference(); }

QVariant ImageCatalogModel::entryData(const Entry &entry, Level level, int column, int role) const
{
    const Core::ImageRow image = imageOf(entry);
    if (role == Qt::DecorationRole && column == NameColumn && level == Level::Name)
        return Icons::image();
    if (role == Qt::ToolTipRole && column == NameColumn)
        return image.reference();
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn:
        switch (level) {
        case Level::Name: return image.name;
        case Level::Version: return image.version.toString();
        case Level::Build: return tr("build %1").arg(image.build);
        }
        break;
    case StatusColumn:
        return Core::imageStatusName(image.status);
    case OsColumn: {
        const QString pretty = image.osInfo.value(QLatin1String("PRETTY_NAME")).toString();
        return pretty.isEmpty() ? image.osInfo.value(QLatin1String("ID")).toString() : pretty;
    }
    case FormatColumn:
        return image.format;
    case SizeColumn:
        return Format::bytes(image.actualSize);
    case CreatedColumn:
        return Format::dateTime(image.createdAt);
    default:
        break;
    }
    return {};
}

} // namespace Kiln::Widgets
