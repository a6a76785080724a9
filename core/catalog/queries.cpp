#include "queries.h"

#include "sha256.h"

#include <QJsonDocument>

namespace Kiln::Core::Internal {

void Where::addPrefix(const QString &column, const QString &prefix)
{
    if (prefix.isEmpty())
        return;
    add(column + QStringLiteral(" >= ? AND ") + column + QStringLiteral(" < ?"), {prefix, QString(prefix + QChar(0xFFFF))});
}

void Where::addSearch(const QString &column, const QString &text)
{
    if (text.isEmpty())
        return;
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    add(column + QStringLiteral(" LIKE ? ESCAPE '\\'"), {QString(u'%' + escaped + u'%')});
}

QString Where::sql() const
{
    if (clauses.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
}

QString pageSql(int offset, int limit)
{
    if (limit < 0 && offset <= 0)
        return {};
    return QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit < 0 ? -1 : limit).arg(qMax(0, offset));
}

static Where versionWhere(const Reference &ref)
{
    Where w;
    w.add(QStringLiteral("name = ?"), {ref.name});
    if (ref.version.major)
        w.add(QStringLiteral("major = ?"), {*ref.version.major});
    if (ref.version.minor)
        w.add(QStringLiteral("minor = ?"), {*ref.version.minor});
    if (ref.version.patch)
        w.add(QStringLiteral("patch = ?"), {*ref.version.patch});
    if (ref.build > 0)
        w.add(QStringLiteral("build = ?"), {ref.build});
    return w;
}

Result<qint64> resolveId(Db &db, const QString &table, const Reference &ref, const QString &extra)
{
    Where w = versionWhere(ref);
    if (!extra.isEmpty())
        w.add(extra);
    auto id = db.scalar(QStringLiteral("SELECT id FROM ") + table + w.sql() + QStringLiteral(" ORDER BY ") + kVersionOrder
                            + QStringLiteral(" LIMIT 1"),
                        w.args);
    if (!id)
        return fail(id.error());
    return id->isNull() ? 0 : id->toLongLong();
}

Error notFound(Db &db, const QString &table, const Reference &ref, const QString &qualifier)
{
    QStringList versions;
    int total = 0;
    (void)db.select(QStringLiteral("SELECT major, minor, patch, build, count(*) OVER () FROM ") + table
                        + QStringLiteral(" WHERE name = ? ORDER BY ") + kVersionOrder + QStringLiteral(" LIMIT 6"),
                    {ref.name}, [&](const QSqlQuery &q) {
                        versions << QStringLiteral("%1.%2.%3/%4").arg(q.value(0).toInt()).arg(q.value(1).toInt())
                                        .arg(q.value(2).toInt()).arg(q.value(3).toInt());
                        total = q.value(4).toInt();
                    });
    const QString what = resourceTypeName(ref.type);
    QString message;
    if (versions.isEmpty()) {
        message = Tr::tr("no %1 named '%2' in the catalog").arg(what, ref.name);
    } else {
        QString list = versions.mid(0, 5).join(QStringLiteral(", "));
        if (total > 5)
            list += Tr::tr(" and %1 older").arg(total - 5);
        message = Tr::tr("no %1 matches %2%3 (%4 has %5)")
                      .arg(what, ref.toShortString(), qualifier.isEmpty() ? QString() : u' ' + qualifier, ref.name, list);
    }
    return {message, QStringLiteral("not-found")};
}

Result<int> nextBuild(Db &db, const QString &table, const QString &name, const SemVer &version)
{
    auto max = db.scalar(QStringLiteral("SELECT max(build) FROM ") + table
                             + QStringLiteral(" WHERE name = ? AND major = ? AND minor = ? AND patch = ?"),
                         {name, version.major, version.minor, version.patch});
    if (!max)
        return fail(max.error());
    return max->isNull() ? 1 : max->toInt() + 1;
}

QString sha256Hex(const QByteArray &data) { return Sha256::hex(data); }

QString toJsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObjectFrom(const QVariant &v)
{
    const QString text = v.toString();
    if (text.size() <= 2) // "" or "{}": most rows; lists parse many of them
        return {};
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString parametersToJson(const QMap<QString, QString> &parameters)
{
    QJsonObject o;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        o.insert(it.key(), it.value());
    return toJsonText(o);
}

QMap<QString, QString> parametersFrom(const QVariant &v)
{
    QMap<QString, QString> out;
    const QJsonObject o = jsonObjectFrom(v);
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QString describeReferrers(const QStringList &items, int max)
{
    QString s = items.mid(0, max).join(QStringLiteral("; "));
    if (items.size() > max)
        s += Tr::tr("; and %1 more").arg(items.size() - max);
    return s;
}

} // namespace Kiln::Core::Internal
