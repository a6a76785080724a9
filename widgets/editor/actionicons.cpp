#include "actionicons.h"

#include <QCoreApplication>

namespace Kiln::Widgets::ActionIcons {

namespace {

QIcon svg(const char *name) { return QIcon(QLatin1String(":/icons/") + QLatin1String(name) + QLatin1String(".svg")); }

} // namespace

Family familyOf(const QString &action)
{
    if (action == u"ExecuteBash" || action == u"ExecuteBinary" || action == u"ExecutePowerShell" || action == u"ExecuteDocument")
        return Family::Execute;
    if (action == u"S3Download" || action == u"S3Upload" || action == u"WebDownload")
        return Family::Transfer;
    if (action == u"Assert")
        return Family::Assert;
    if (action.contains(u"Folder"))
        return Family::Folders;
    if (action.contains(u"File") || action == u"CreateSymlink")
        return Family::Files;
    return Family::System;
}

QString familyName(Family family)
{
    switch (family) {
    case Family::Execute: return QCoreApplication::translate("ActionIcons", "Run programs");
    case Family::Files: return QCoreApplication::translate("ActionIcons", "Files");
    case Family::Folders: return QCoreApplication::translate("ActionIcons", "Folders");
    case Family::Transfer: return QCoreApplication::translate("ActionIcons", "Downloads and uploads");
    case Family::System: return QCoreApplication::translate("ActionIcons", "System and software");
    case Family::Assert: return QCoreApplication::translate("ActionIcons", "Checks");
    }
    return {};
}

QIcon forFamily(Family family)
{
    switch (family) {
    case Family::Execute: return svg("action-exec");
    case Family::Files: return svg("action-file");
    case Family::Folders: return svg("action-folder");
    case Family::Transfer: return svg("action-transfer");
    case Family::System: return svg("action-system");
    case Family::Assert: return svg("action-assert");
    }
    return {};
}

QIcon forAction(const QString &action) { return forFamily(familyOf(action)); }
QIcon phase() { return svg("phase"); }
QIcon templateIcon() { return svg("template"); }

} // namespace Kiln::Widgets::ActionIcons
