#pragma once
// Internal: SQL building blocks shared by the repositories: WHERE clauses with bound values,
// version resolution over the versioned tables (components, recipes, images), JSON columns and
// sha256 helpers.

#include "core/catalog/db.h"
#include "core/catalog/reference.h"
#include "core/catalog/rows.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <functional>
#include <optional>

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
    // The name conditions of a versioned list: an exact name, a prefix, and (keyset pages) only
    // names after `after`. One range is built, with the tighter of the prefix and `after` as its
    // lower bound: given two lower bounds SQLite may seek to the looser one and step over every
    // row between them.
    void addNames(const QString &column, const QString &exact, const QString &prefix, const QString &after = {});
    void addSearch(const QString &column, const QString &text); // case-insensitive substring
    QString sql() const; // "" or " WHERE a AND b"
};

// LIMIT/OFFSET clause for a page (limit < 0: all).
QString pageSql(int offset, int limit);

// Keyset paging over the versioned tables, in the order
// name, major DESC, minor DESC, patch DESC, build DESC, id DESC (kVersionListOrder).
// A page after a cursor is at most two queries, each one index seek on (name, major, …):
//   1. the rest of the cursor's name:  name = ? AND (major, minor, patch, build, id) < (…)
//   2. if the page is not full, the names after it: name > ? (Where::addNames).
// One OR of both would not seek: SQLite would walk the name's rows before the cursor.
struct SeekPart {
    const VersionCursor *restOf = nullptr; // part 1: rows of restOf->name after it
    QString namesAfter;                    // part 2: rows of names after this one
};
// `table` is the column qualifier ("i." or "").
void addRestOfName(Where &w, const QString &table, const VersionCursor &cursor);
// Runs the parts of a page of `limit` rows (-1: all) after `cursor`, or the one plain query
// without a cursor: `runPart(part, limit)` appends one query's rows and returns how many.
Result<void> seekPages(const std::optional<VersionCursor> &cursor, int limit,
                       const std::function<Result<int>(const SeekPart &, int limit)> &runPart);

inline const QString kVersionOrder = QStringLiteral("major DESC, minor DESC, patch DESC, build DESC");
// The order of listed versions; the UNIQUE (name, major DESC, …, build DESC) index of each table
// gives it without sorting (id only breaks ties that the unique index rules out).
inline const QString kVersionListOrder = QStringLiteral("name, major DESC, minor DESC, patch DESC, build DESC, id DESC");

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
