#include "settings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace Kiln::Widgets {

QString Settings::defaultLibvirtUri()
{
    return QSettings().value(QStringLiteral("libvirt/uri"), QStringLiteral("qemu:///session")).toString();
}

void Settings::setDefaultLibvirtUri(const QString &uri) { QSettings().setValue(QStringLiteral("libvirt/uri"), uri); }

QString Settings::defaultOutputDirectory()
{
    QString fallback = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
    fallback = QDir(fallback).filePath(QStringLiteral("kiln-images"));
    return QSettings().value(QStringLiteral("distribution/directory"), fallback).toString();
}

void Settings::setDefaultOutputDirectory(const QString &dir)
{
    QSettings().setValue(QStringLiteral("distribution/directory"), dir);
}

bool Settings::checkConnectionAtStartup()
{
    return QSettings().value(QStringLiteral("libvirt/checkAtStartup"), true).toBool();
}

void Settings::setCheckConnectionAtStartup(bool on) { QSettings().setValue(QStringLiteral("libvirt/checkAtStartup"), on); }

} // namespace Kiln::Widgets
