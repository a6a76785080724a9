#include "semver.h"

#include "db.h"

namespace Kiln::Core {

using Internal::Tr;

namespace {

// One numeric part: decimal, no sign, no leading zero, ≤ SemVer::maxPart.
Result<int> parsePart(QStringView part, QStringView whole, const char *which)
{
    const QString what = QString::fromLatin1(which);
    if (part.isEmpty())
        return fail(Tr::tr("version '%1': the %2 number is missing; write three numbers like 1.0.0").arg(whole, what),
                    QStringLiteral("invalid"));
    for (QChar c : part)
        if (c < u'0' || c > u'9')
            return fail(Tr::tr("version '%1': the %2 part '%3' is not a number").arg(whole, what, part),
                        QStringLiteral("invalid"));
    if (part.size() > 1 && part.front() == u'0')
        return fail(Tr::tr("version '%1': the %2 number has a leading zero; write %3")
                        .arg(whole, what, QString::number(part.toLongLong())),
                    QStringLiteral("invalid"));
    if (part.size() > 9)
        return fail(Tr::tr("version '%1': the %2 number is larger than %3").arg(whole, what).arg(SemVer::maxPart),
                    QStringLiteral("invalid"));
    return part.toInt();
}

const char *const kPartNames[3] = {"major", "minor", "patch"};

Result<QList<QStringView>> splitVersion(QStringView text)
{
    const QList<QStringView> parts = text.split(u'.');
    if (text.isEmpty())
        return fail(Tr::tr("the version is empty; write three numbers like 1.0.0"), QStringLiteral("invalid"));
    if (parts.size() != 3)
        return fail(Tr::tr("version '%1' must have three parts, major.minor.patch (like 1.0.0), not %2")
                        .arg(text)
                        .arg(parts.size()),
                    QStringLiteral("invalid"));
    return parts;
}

} // namespace

Result<SemVer> SemVer::parse(QStringView text)
{
    auto parts = splitVersion(text);
    if (!parts)
        return fail(parts.error());
    int v[3];
    for (int i = 0; i < 3; ++i) {
        const QStringView p = parts->at(i);
        if (p == u"x" || p == u"X")
            return fail(Tr::tr("version '%1': wildcards ('x') are allowed in references, not in the version of a "
                               "new resource; write three numbers like 1.0.0").arg(text),
                        QStringLiteral("invalid"));
        auto n = parsePart(p, text, kPartNames[i]);
        if (!n)
            return fail(n.error());
        v[i] = *n;
    }
    return SemVer{v[0], v[1], v[2]};
}

QString SemVer::toString() const
{
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
}

Result<VersionPattern> VersionPattern::parse(QStringView text)
{
    auto parts = splitVersion(text);
    if (!parts)
        return fail(parts.error());
    std::optional<int> v[3];
    int firstWildcard = -1;
    for (int i = 0; i < 3; ++i) {
        const QStringView p = parts->at(i);
        if (p == u"x" || p == u"X") {
            if (firstWildcard < 0)
                firstWildcard = i;
            continue;
        }
        if (firstWildcard >= 0) {
            // x.2.x, 1.x.3: a fixed part after a wildcard would pick "the newest of some majors
            // but only minor 2", which is not a well-defined newest version.
            QString suggestion;
            if (firstWildcard == 0)
                suggestion = QStringLiteral("x.x.x");
            else
                suggestion = parts->at(0).toString() + QStringLiteral(".x.x");
            return fail(Tr::tr("version '%1': a wildcard 'x' may only be followed by wildcards, because the newest "
                               "match is found from the major number down; the %2 part is 'x' but the %3 part is "
                               "fixed. Write e.g. '%4', or give every number before it.")
                            .arg(text, QString::fromLatin1(kPartNames[firstWildcard]), QString::fromLatin1(kPartNames[i]),
                                 suggestion),
                        QStringLiteral("invalid"));
        }
        auto n = parsePart(p, text, kPartNames[i]);
        if (!n)
            return fail(n.error());
        v[i] = *n;
    }
    return VersionPattern{v[0], v[1], v[2]};
}

bool VersionPattern::matches(const SemVer &v) const
{
    return (!major || *major == v.major) && (!minor || *minor == v.minor) && (!patch || *patch == v.patch);
}

QString VersionPattern::toString() const
{
    auto part = [](const std::optional<int> &p) { return p ? QString::number(*p) : QStringLiteral("x"); };
    return part(major) + u'.' + part(minor) + u'.' + part(patch);
}

} // namespace Kiln::Core
