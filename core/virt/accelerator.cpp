#include "accelerator.h"

using namespace Qt::StringLiterals;

namespace Kiln::Core {

QString acceleratorName(Accelerator accelerator)
{
    switch (accelerator) {
    case Accelerator::Auto: return u"auto"_s;
    case Accelerator::Kvm: return u"kvm"_s;
    case Accelerator::Tcg: return u"tcg"_s;
    }
    return u"auto"_s;
}

std::optional<Accelerator> parseAccelerator(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == u"auto")
        return Accelerator::Auto;
    if (t == u"kvm")
        return Accelerator::Kvm;
    if (t == u"tcg" || t == u"qemu")
        return Accelerator::Tcg;
    return std::nullopt;
}

} // namespace Kiln::Core
