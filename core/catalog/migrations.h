#pragma once
// Internal: the catalog schema's numbered migrations (resources/sql/NNN_*.sql, compiled into
// kiln_core) and the checks that refuse foreign, damaged and newer files before anything is
// written to them.

#include "core/catalog/db.h"

#include <QList>
#include <QStringList>

namespace Kiln::Core::Internal {

inline constexpr quint32 kApplicationId = 0x4B494C4E; // 'KILN'

struct Migration {
    int version = 0;   // NNN of NNN_name.sql; user_version after it ran
    QString name;
    QString sql;
};

QList<Migration> migrations(); // sorted by version; versions are 1..N without gaps
int latestSchemaVersion();

// Splits an SQL script into statements (quotes, comments and CREATE TRIGGER … END respected).
QStringList splitSqlStatements(const QString &script);

// Looks at an existing file's header without opening it with SQLite: not an SQLite file, another
// application's database, or a catalog from a newer Kiln are refused here, untouched.
Result<void> checkCatalogFile(const QString &path);

// On an open Setup connection: refuses a foreign database that carries no application id, turns
// on WAL, and applies every missing migration, each in its own transaction. `upTo` (tests) stops
// at that version; -1 = latest. Returns the schema version reached.
Result<int> migrate(Db &db, int upTo = -1);

} // namespace Kiln::Core::Internal
