#pragma once
// Internal: SQL building blocks shared by the repositories: WHERE clauses with bound values,
// version resolution over the versioned tables (components, recipes, images), JSON columns and
// sha256 helpers.

#include "core/catalog/db.h"
#include "core/catalog/reference.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace Kiln::Core::Internal {

struct Where {
    QStringList clauses;
    QVariantList args;
    void add(const QString &clause, const QVariantList &values = {})
    {
        clauses << clause;
        args << values;
    }
    // name >= prefix AND name < prefix + U+FFFF: a range the (name, …) index answers.
    void addPrefix(const QString &column, const QString &prefix);
    void addSearch(const QString &column, const QString &text); // case-insensitive substring
    QString sql() const; // "" or " WHERE a AND b"
};

// LIMIT/OFFSET clause for a page (limit < 0: all).
QString pageSql(int offset, int limit);

inline const QString kVersionOrder = QStringLiteral("major DESC, minor DESC, patch DESC, build DESC");

// The id of the newest row of `table` matching `ref` (and `extra`, an SQL condition without
// user input), or 0.
Result<qint64> resolveId(Db &db, const QString &table, const Reference &ref, const QString &extra = {});

// A "not found" error for `ref` that lists the versions that do exist.
Error notFound(Db &db, const QString &table, const Reference &ref, const QString &qualifier = {});

// Next build number for name/version in `table` (1 for a new version).
Result<int> nextBuild(Db &db, const QString &table, const QString &name, const SemVer &version);

QString sha256Hex(const QByteArray &data);
QString toJsonText(const QJsonObject &o);
QJsonObject jsonObjectFrom(const QVariant &v);
QString parametersToJson(const QMap<QString, QString> &parameters);
QMap<QString, QString> parametersFrom(const QVariant &v);

// Names a list of referrers in an error message, at most `max`, then "and N more".
QString describeReferrers(const QStringList &items, int max = 10);

} // namespace Kiln::Core::Internal
