#pragma once
// Internal: one SQLite connection of the catalog (Qt SQL, QSQLITE) with a cache of prepared
// statements and helpers that keep every query parameterised and every failure a Result with a
// message a user can act on. A Db belongs to the thread that opened it.

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

namespace Kiln::Core::Internal {

// Translation context for catalog messages built outside QObject classes.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KilnCatalog)
};

class Db
{
public:
    enum class Mode { Writer, Reader, Setup };

    // Opens `path` as connection `connectionName` in the calling thread: busy_timeout 5000,
    // foreign_keys=ON, synchronous=NORMAL; readers are query_only.
    static Result<std::unique_ptr<Db>> open(const QString &path, const QString &connectionName, Mode mode);
    ~Db(); // closes and removes the connection

    Db(const Db &) = delete;
    Db &operator=(const Db &) = delete;

    const QString &path() const { return m_path; }
    QSqlDatabase &database() { return m_db; }

    // Runs a statement; rows are passed to onRow while iterating; the statement is reset before
    // returning, so no read snapshot stays open.
    Result<void> select(const QString &sql, const QVariantList &args,
                        const std::function<void(const QSqlQuery &)> &onRow);
    // INSERT/UPDATE/DELETE/DDL: returns the number of rows changed.
    Result<int> exec(const QString &sql, const QVariantList &args = {});
    // INSERT: returns the new rowid.
    Result<qint64> insert(const QString &sql, const QVariantList &args = {});
    // First column of the first row, or a null QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &args = {});
    // A statement without bindings and without caching (PRAGMA, BEGIN, SAVEPOINT …).
    Result<void> run(const QString &sql);

    // A user-facing error for a failed SQL call, naming the catalog file.
    Error error(const QSqlError &e, const QString &what) const;

private:
    Db(QString path, QString connectionName);
    Result<QSqlQuery *> prepare(const QString &sql, const QVariantList &args);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery *> m_statements;
};

// Times are stored as UTC ISO 8601 text with milliseconds.
QString timeText(const QDateTime &t);
QString nowText();
QDateTime timeFrom(const QVariant &v);
QVariant nullableTime(const QDateTime &t);

// Nullable integer columns.
inline QVariant nullableInt(const std::optional<int> &v) { return v ? QVariant(*v) : QVariant(); }

} // namespace Kiln::Core::Internal
