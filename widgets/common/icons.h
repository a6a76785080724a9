#pragma once
// Kiln's icon set (resources/icons/*.svg, embedded under :/icons) in one place, so every widget
// uses the same icon for the same concept. Falls back to Qt's standard icons where they fit.
#include <QIcon>

namespace Kiln::Widgets::Icons {

QIcon app();
QIcon pipeline();
QIcon recipe();
QIcon component();
QIcon image();
QIcon infrastructure();
QIcon distribution();
QIcon build();
QIcon monitor();
QIcon run();
QIcon add();
QIcon import();
QIcon exportTo();
QIcon deprecate();
QIcon disable();
QIcon remove();
QIcon refresh();
QIcon diff();
QIcon connection();

} // namespace Kiln::Widgets::Icons
