#include "buildhistory.h"

#include "core/catalog/catalog.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Kiln::Widgets {

Core::Result<QList<Core::BuildRow>> BuildHistory::loadBlocking(Core::Catalog &catalog, const QString &pipeline, int limit)
{
    Core::BuildFilter filter;
    filter.pipelineName = pipeline;
    filter.limit = limit;
    auto list = catalog.builds().list(filter);
    if (!list)
        return list;
    QList<Core::BuildRow> out;
    out.reserve(list->size());
    for (const Core::BuildRow &b : std::as_const(*list)) {
        if (b.kind != Core::BuildKind::Pipeline)
            continue;
        auto full = catalog.builds().get(b.id);
        if (full)
            out.append(*full);
    }
    return out;
}

QFuture<Core::Result<QList<Core::BuildRow>>> BuildHistory::load(Core::Catalog &catalog, const QString &pipeline, int limit)
{
    Core::Catalog *c = &catalog;
    return QtConcurrent::run([c, pipeline, limit] { return loadBlocking(*c, pipeline, limit); });
}

} // namespace Kiln::Widgets
