#pragma once
// Typed access to the user's preferences (QSettings), so keys and defaults live in one place.
#include <QString>

namespace Kiln::Widgets {

class Settings
{
public:
    // The libvirt URI new infrastructure configurations start with, and the one the status bar shows.
    static QString defaultLibvirtUri();
    static void setDefaultLibvirtUri(const QString &uri);
    // Where new directory distribution targets point by default.
    static QString defaultOutputDirectory();
    static void setDefaultOutputDirectory(const QString &dir);
    // Check the libvirt connection when Kiln starts (off the GUI thread).
    static bool checkConnectionAtStartup();
    static void setCheckConnectionAtStartup(bool on);
};

} // namespace Kiln::Widgets
