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
        e.code = u"libvirt"_s;
        return e;
    }
    const QString text = QString::fromUtf8(err->message ? err->message : "");
    e.message = text.isEmpty() ? what : what + u": "_s + text;
    switch (err->code) {
    case VIR_ERR_NO_DOMAIN:
    case VIR_ERR_NO_STORAGE_VOL:
    case VIR_ERR_NO_STORAGE_POOL:
        e.code = u"not-found"_s;
        break;
    default:
        e.code = u"libvirt-%1"_s.arg(err->code);
    }
    virResetLastError();
    return e;
}

bool isNotFoundError(const Error &error)
{
    return error.code == u"not-found";
}

bool isVirtError(const Error &error, int number)
{
    return error.code == u"libvirt-%1"_s.arg(number);
}

Error makeError(const QString &message, const QString &code)
{
    return Error{message, code};
}

} // namespace Kiln::Core
