#include "resourcename.h"

#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Kiln::Core {

QString ResourceName::sanitize(const QString &part)
{
    QString out = part;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_';
        if (!ok)
            c = u'_';
    }
    return out.isEmpty() ? u"_"_s : out;
}

QString ResourceName::make(const QString &buildId, const QString &stage, const QString &suffix)
{
    const quint32 random = QRandomGenerator::global()->bounded(0x1000000u);
    return u"kiln-build-"_s + sanitize(buildId) + u'-' + sanitize(stage) + u'-'
        + u"%1"_s.arg(random, 6, 16, QChar(u'0')) + suffix;
}

std::optional<ResourceTag> ResourceName::parse(const QString &name)
{
    static const QRegularExpression re(u"^kiln-build-([A-Za-z0-9_]+)-([A-Za-z0-9_]+)-[0-9a-f]{6}(\\.[A-Za-z0-9]+)?$"_s);
    const QRegularExpressionMatch m = re.match(name);
    if (!m.hasMatch())
        return std::nullopt;
    return ResourceTag{m.captured(1), m.captured(2)};
}

QString ResourceName::baseVolume(const QString &sha256Hex, const QString &suffix)
{
    return u"base-"_s + sha256Hex.left(16).toLower() + suffix;
}

bool ResourceName::isBaseVolume(const QString &name)
{
    static const QRegularExpression re(u"^base-[0-9a-f]{16}(\\.[A-Za-z0-9]+)?$"_s);
    return re.match(name).hasMatch();
}

} // namespace Kiln::Core
