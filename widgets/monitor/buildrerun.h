#pragma once
// BuildRerun: "Rerun" in the build monitor — starts a finished build again through the pipeline
// runner: the same pipeline (resolved anew, so wildcards pick today's newest components), or for
// a component test the same component, base image, parameters, infrastructure and phases, read
// from the build's frozen plan.

#include "core/catalog/rows.h"

#include <QCoreApplication>
#include <QFuture>

namespace Kiln::Core {
class Catalog;
} // namespace Kiln::Core

namespace Kiln::Widgets {

class BuildRerun
{
    Q_DECLARE_TR_FUNCTIONS(Kiln::Widgets::BuildRerun)
public:
    // The new build, started with its worker. Sets *error (and returns an empty future) when the
    // build cannot be run again at all.
    static QFuture<Core::Result<Core::BuildRow>> start(Core::Catalog &catalog, const Core::BuildRow &build, QString *error);
};

} // namespace Kiln::Widgets
