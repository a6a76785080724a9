#include "icons.h"

namespace Kiln::Widgets::Icons {

static QIcon svg(const char *name)
{
    return QIcon(QLatin1String(":/icons/") + QLatin1String(name) + QLatin1String(".svg"));
}

QIcon app() { return svg("kiln"); }
QIcon pipeline() { return svg("pipeline"); }
QIcon recipe() { return svg("recipe"); }
QIcon component() { return svg("component"); }
QIcon image() { return svg("image"); }
QIcon infrastructure() { return svg("infrastructure"); }
QIcon distribution() { return svg("distribution"); }
QIcon build() { return svg("build"); }
QIcon monitor() { return svg("monitor"); }
QIcon run() { return svg("run"); }
QIcon add() { return svg("new"); }
QIcon import() { return svg("import"); }
QIcon exportTo() { return svg("export"); }
QIcon deprecate() { return svg("deprecate"); }
QIcon disable() { return svg("disable"); }
QIcon remove() { return svg("delete"); }
QIcon refresh() { return svg("refresh"); }
QIcon diff() { return svg("diff"); }
QIcon connection() { return svg("connection"); }

} // namespace Kiln::Widgets::Icons
