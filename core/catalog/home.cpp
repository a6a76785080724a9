#include "home.h"

#include "db.h"

#include <QDir>
#include <QStandardPaths>

namespace Kiln::Core {

Home::Home(const QString &root)
    : m_root(root.isEmpty() ? QString() : QDir::cleanPath(QDir(root).absolutePath()))
{
}

Home Home::resolve(const QString &overrideDir)
{
    if (!overrideDir.isEmpty())
        return Home(overrideDir);
    const QString env = qEnvironmentVariable("KILN_HOME");
    if (!env.isEmpty())
        return Home(env);
    return Home(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

QString Home::catalogPath() const { return m_root + QStringLiteral("/catalog.db"); }
QString Home::disksDir() const { return m_root + QStringLiteral("/disks"); }
QString Home::logsDir() const { return m_root + QStringLiteral("/logs"); }
QString Home::exportsDir() const { return m_root + QStringLiteral("/exports"); }
QString Home::incomingDir() const { return disksDir() + QStringLiteral("/.incoming"); }
QString Home::buildLogsDir(qint64 buildId) const { return logsDir() + QStringLiteral("/build-%1").arg(buildId); }

Result<void> Home::ensure() const
{
    if (isNull())
        return fail(Internal::Tr::tr("No Kiln home folder given."), QStringLiteral("invalid"));
    for (const QString &dir : {m_root, disksDir(), logsDir(), exportsDir(), incomingDir()}) {
        if (!QDir().mkpath(dir))
            return fail(Internal::Tr::tr("Cannot create the folder %1. Check the permissions, or choose another "
                                         "home with --home DIR or KILN_HOME.").arg(dir),
                        QStringLiteral("io"));
    }
    return {};
}

} // namespace Kiln::Core
