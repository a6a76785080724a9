#include "virterror.h"
#include "virthandles.h"

#include <QCoreApplication>

#include <libvirt/virterror.h>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Kiln::Core {

void VirStringReleaser::operator()(char *p) const
{
    std::free(p);
}

QString virtTr(const char *text)
{
    return QCoreApplication::translate("Kiln::Core::Virt", text);
}

Error lastVirtError(const QString &what)
{
    Error e;
    virErrorPtr err = virGetLastError();
    if (!err || err->code == VIR_ERR_OK) {
        e.message = what + u": "_s + virtTr("unknown libvirt error");
        return e;
    }
    const QString text = QString::fromUtf8(err->message ? err->message : "");
    e.message = text.isEmpty() ? what : what + u": "_s + text;
    e.code = err->code;
    e.details = QStringLiteral("libvirt error %1 (domain %2)").arg(err->code).arg(err->domain);
    virResetLastError();
    return e;
}

bool isNotFoundError(const Error &error)
{
    switch (error.code) {
    case VIR_ERR_NO_DOMAIN:
    case VIR_ERR_NO_STORAGE_VOL:
    case VIR_ERR_NO_STORAGE_POOL:
        return true;
    default:
        return false;
    }
}

Error makeError(const QString &message, const QString &details)
{
    return Error{message, details, 0};
}

} // namespace Kiln::Core
