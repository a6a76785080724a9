#pragma once
// BuildHistory: the past builds of one pipeline with their stage rows, read off the GUI thread —
// what the build monitor's estimate (BuildEstimate) and history chart (BuildHistoryChart) are
// made from. The catalog's list() leaves stages out, so each build is read with get(), on a
// thread-pool thread with that thread's own reader connection.

#include "core/catalog/rows.h"

#include <QFuture>

namespace Kiln::Core {
class Catalog;
} // namespace Kiln::Core

namespace Kiln::Widgets {

class BuildHistory
{
public:
    static constexpr int kDefaultLimit = 30;

    // The newest `limit` builds of `pipeline` (by name, so builds of a deleted and re-created
    // pipeline count), newest first, each with its stages.
    static QFuture<Core::Result<QList<Core::BuildRow>>> load(Core::Catalog &catalog, const QString &pipeline,
                                                             int limit = kDefaultLimit);
    static Core::Result<QList<Core::BuildRow>> loadBlocking(Core::Catalog &catalog, const QString &pipeline,
                                                            int limit = kDefaultLimit);
};

} // namespace Kiln::Widgets
