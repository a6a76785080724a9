#include "reference.h"

#include "db.h"

namespace Kiln::Core {

using Internal::Tr;

QString resourceTypeName(ResourceType type)
{
    switch (type) {
    case ResourceType::Component: return QStringLiteral("component");
    case ResourceType::Image: return QStringLiteral("image");
    case ResourceType::Recipe: return QStringLiteral("recipe");
    }
    return {};
}

static std::optional<ResourceType> parseResourceType(QStringView text)
{
    for (ResourceType t : {ResourceType::Component, ResourceType::Image, ResourceType::Recipe})
        if (text == resourceTypeName(t))
            return t;
    return std::nullopt;
}

Result<void> validateName(QStringView name, const QString &what)
{
    if (name.isEmpty())
        return fail(Tr::tr("the %1 is empty").arg(what), QStringLiteral("invalid"));
    if (name.size() > 128)
        return fail(Tr::tr("the %1 '%2…' is %3 characters long; at most 128 are allowed")
                        .arg(what, name.left(32))
                        .arg(name.size()),
                    QStringLiteral("invalid"));
    auto alnum = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'); };
    if (!alnum(name.front()))
        return fail(Tr::tr("the %1 '%2' must start with a letter or a digit").arg(what, name), QStringLiteral("invalid"));
    for (QChar c : name) {
        if (!alnum(c) && c != u'.' && c != u'_' && c != u'-')
            return fail(Tr::tr("the %1 '%2' contains '%3'; use only letters, digits, '.', '_' and '-'")
                            .arg(what, name, QString(c)),
                        QStringLiteral("invalid"));
    }
    return {};
}

static Result<int> parseBuild(QStringView text, QStringView whole)
{
    bool ok = false;
    const int b = text.toInt(&ok);
    if (!ok || b < 1 || text.startsWith(u'+') || text.startsWith(u'0'))
        return fail(Tr::tr("reference '%1': the build number '%2' must be a whole number from 1").arg(whole, text),
                    QStringLiteral("invalid"));
    return b;
}

Result<Reference> Reference::parse(QStringView input, ResourceType expected)
{
    const QStringView text = input.trimmed();
    Reference ref;
    ref.type = expected;
    QStringView name;
    QStringView version;
    QStringView build;
    bool hasVersion = false;
    bool hasBuild = false;

    if (text.startsWith(u"kiln:")) {
        const QList<QStringView> parts = text.mid(5).split(u'/');
        if (parts.size() < 2 || parts.size() > 4)
            return fail(Tr::tr("reference '%1' is not of the form kiln:<type>/<name>[/<x.y.z>[/<build>]]").arg(text),
                        QStringLiteral("invalid"));
        const auto type = parseResourceType(parts.at(0));
        if (!type)
            return fail(Tr::tr("reference '%1': unknown resource type '%2' (component, image or recipe)")
                            .arg(text, parts.at(0)),
                        QStringLiteral("invalid"));
        if (*type != expected)
            return fail(Tr::tr("reference '%1' has type '%2', but type '%3' is needed here")
                            .arg(text, resourceTypeName(*type), resourceTypeName(expected)),
                        QStringLiteral("invalid"));
        name = parts.at(1);
        if (parts.size() >= 3) {
            version = parts.at(2);
            hasVersion = true;
        }
        if (parts.size() == 4) {
            build = parts.at(3);
            hasBuild = true;
        }
    } else {
        const qsizetype at = text.indexOf(u'@');
        if (at < 0) {
            name = text;
        } else {
            name = text.left(at);
            version = text.mid(at + 1);
            hasVersion = true;
            const qsizetype slash = version.indexOf(u'/');
            if (slash >= 0) {
                build = version.mid(slash + 1);
                version = version.left(slash);
                hasBuild = true;
            }
        }
    }

    if (auto r = validateName(name, Tr::tr("%1 name in reference '%2'").arg(resourceTypeName(expected), text)); !r)
        return fail(r.error());
    ref.name = name.toString();
    if (hasVersion) {
        auto v = VersionPattern::parse(version);
        if (!v)
            return fail(Tr::tr("reference '%1': %2").arg(text, v.error().message), QStringLiteral("invalid"));
        ref.version = *v;
    }
    if (hasBuild) {
        if (!ref.version.isExact())
            return fail(Tr::tr("reference '%1': a build number needs an exact version (like 1.0.0/2), not %3")
                            .arg(text, ref.version.toString()),
                        QStringLiteral("invalid"));
        auto b = parseBuild(build, text);
        if (!b)
            return fail(b.error());
        ref.build = *b;
    }
    return ref;
}

Reference Reference::exact(ResourceType type, const QString &name, const SemVer &version, int build)
{
    return Reference{type, name, VersionPattern::exactly(version), build};
}

QString Reference::toString() const
{
    QString s = QStringLiteral("kiln:") + resourceTypeName(type) + u'/' + name;
    if (!version.isAny() || build > 0)
        s += u'/' + version.toString();
    if (build > 0)
        s += u'/' + QString::number(build);
    return s;
}

QString Reference::toShortString() const
{
    if (version.isAny() && build == 0)
        return name;
    QString s = name + u'@' + version.toString();
    if (build > 0)
        s += u'/' + QString::number(build);
    return s;
}

QString formatReference(ResourceType type, const QString &name, const SemVer &version, int build)
{
    return QStringLiteral("kiln:%1/%2/%3/%4").arg(resourceTypeName(type), name, version.toString()).arg(build);
}

} // namespace Kiln::Core
