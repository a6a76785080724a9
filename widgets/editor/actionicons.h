#pragma once
// Icons for the component editor: one per family of action modules (run a program, files,
// folders, transfers, system, assertions), the phase icon, and the category names the palette
// groups modules by.
#include <QIcon>
#include <QString>

namespace Kiln::Widgets::ActionIcons {

enum class Family { Execute, Files, Folders, Transfer, System, Assert };

Family familyOf(const QString &action);
QString familyName(Family family); // translated: "Run programs", "Files", …
QIcon forFamily(Family family);
QIcon forAction(const QString &action); // unknown actions get the Execute icon's neutral sibling
QIcon phase();
QIcon templateIcon();

} // namespace Kiln::Widgets::ActionIcons
