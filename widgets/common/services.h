#pragma once
// The services the widgets reach core through, built once by app/kiln/main.cpp (the
// composition root) and handed to the main window and its panels. Widgets never open SQLite or
// libvirt themselves; they call these.
#include "widgets/common/rowmetatypes.h"

#include <QFuture>
#include <QString>

#include <functional>

namespace Kiln::Core { class Catalog; }

namespace Kiln::Widgets {

// What "Test connection" found out about a libvirt URI.
struct ConnectionReport {
    bool ok = false;
    QString summary; // "Connected to QEMU 7.2.0 through libvirt 9.0.0" / "Cannot reach libvirtd"
    QString detail;  // libvirt's own message
    QString fix;     // what the user can do about it
};

struct Services {
    Core::Catalog *catalog = nullptr;
    // Tests a libvirt URI off the GUI thread. Provided by the composition root over core/virt.
    std::function<QFuture<ConnectionReport>(const QString &uri)> testConnection;
    // Starts a build of a pipeline: the pipeline runner's entry point (core/build) once it
    // exists; until then a PENDING build recorded in the catalog (see BuildStarter).
    std::function<QFuture<Core::Result<Core::BuildRow>>(const Core::PipelineRow &pipeline)> startBuild;
};

} // namespace Kiln::Widgets
