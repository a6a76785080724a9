#include "db.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QTimeZone>

namespace Kiln::Core::Internal {

Db::Db(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Result<std::unique_ptr<Db>> Db::open(const QString &path, const QString &connectionName, Mode mode)
{
    std::unique_ptr<Db> db(new Db(path, connectionName));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    if (!db->m_db.isValid())
        return fail(Tr::tr("Qt's SQLite driver (QSQLITE) is not available: install libqt6sql6-sqlite."), QStringLiteral("io"));
    db->m_db.setDatabaseName(path);
    // The busy timeout makes concurrent writers (two kilnctl processes, the GUI and a build
    // worker) wait for each other instead of failing at once.
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->m_db.open())
        return fail(db->error(db->m_db.lastError(), Tr::tr("open")));

    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON")};
    if (mode == Mode::Writer)
        pragmas << QStringLiteral("PRAGMA synchronous = NORMAL");
    if (mode == Mode::Reader)
        pragmas << QStringLiteral("PRAGMA query_only = ON");
    for (const QString &p : std::as_const(pragmas)) {
        if (auto r = db->run(p); !r)
            return fail(r.error());
    }
    return db;
}

Db::~Db()
{
    for (QSqlQuery *q : std::as_const(m_statements))
        delete q;
    m_statements.clear();
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Error Db::error(const QSqlError &e, const QString &what) const
{
    const int code = e.nativeErrorCode().toInt();
    const QString detail = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    switch (code & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return {Tr::tr("The catalog %1 is busy: another Kiln process kept it locked for more than 5 seconds. "
                       "Try again when it has finished.").arg(m_path),
                QStringLiteral("busy")};
    case 13: // SQLITE_FULL
        return {Tr::tr("The disk holding the catalog %1 is full (%2). Free some space and try again; "
                       "nothing was changed.").arg(m_path, detail),
                QStringLiteral("disk-full")};
    case 10: // SQLITE_IOERR
        return {Tr::tr("Could not write the catalog %1: input/output error (%2). Is the disk full or "
                       "failing? Nothing was changed.").arg(m_path, detail),
                QStringLiteral("io")};
    case 8: // SQLITE_READONLY
        return {Tr::tr("The catalog %1 is read-only (%2). Check the file's permissions.").arg(m_path, detail),
                QStringLiteral("io")};
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return {Tr::tr("The catalog %1 is damaged or not a Kiln catalog (%2). Restore a backup, or move "
                       "the file away to start a new catalog.").arg(m_path, detail),
                QStringLiteral("corrupt")};
    case 14: // SQLITE_CANTOPEN
        return {Tr::tr("Cannot open the catalog %1 (%2). Check that its folder exists and is writable.")
                    .arg(m_path, detail),
                QStringLiteral("io")};
    default:
        break;
    }
    return {Tr::tr("Catalog %1: %2 failed: %3").arg(m_path, what, detail), QStringLiteral("sql")};
}

Result<QSqlQuery *> Db::prepare(const QString &sql, const QVariantList &args)
{
    QSqlQuery *q = m_statements.value(sql);
    if (!q) {
        q = new QSqlQuery(m_db);
        q->setForwardOnly(true);
        if (!q->prepare(sql)) {
            const Error e = error(q->lastError(), Tr::tr("preparing a query"));
            delete q;
            return fail(e);
        }
        m_statements.insert(sql, q);
    }
    for (int i = 0; i < args.size(); ++i) {
        const QVariant &v = args.at(i);
        // Qt binds a null QString as SQL NULL; our text columns hold '' instead. SQL NULL is
        // spelled as an invalid QVariant (nullableTime/nullableInt) or a typed null number.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q->bindValue(i, QStringLiteral(""));
        else
            q->bindValue(i, v);
    }
    return q;
}

Result<void> Db::select(const QString &sql, const QVariantList &args,
                        const std::function<void(const QSqlQuery &)> &onRow)
{
    auto q = prepare(sql, args);
    if (!q)
        return fail(q.error());
    QSqlQuery &query = **q;
    if (!query.exec())
        return fail(error(query.lastError(), Tr::tr("a query")));
    while (query.next())
        onRow(query);
    const QSqlError e = query.lastError();
    query.finish();
    if (e.isValid())
        return fail(error(e, Tr::tr("a query")));
    return {};
}

Result<int> Db::exec(const QString &sql, const QVariantList &args)
{
    auto q = prepare(sql, args);
    if (!q)
        return fail(q.error());
    QSqlQuery &query = **q;
    if (!query.exec()) {
        const Error e = error(query.lastError(), Tr::tr("a change"));
        query.finish();
        return fail(e);
    }
    const int n = query.numRowsAffected();
    query.finish();
    return n;
}

Result<qint64> Db::insert(const QString &sql, const QVariantList &args)
{
    auto q = prepare(sql, args);
    if (!q)
        return fail(q.error());
    QSqlQuery &query = **q;
    if (!query.exec()) {
        const Error e = error(query.lastError(), Tr::tr("an insert"));
        query.finish();
        return fail(e);
    }
    const qint64 id = query.lastInsertId().toLongLong();
    query.finish();
    return id;
}

Result<QVariant> Db::scalar(const QString &sql, const QVariantList &args)
{
    QVariant value;
    bool first = true;
    auto r = select(sql, args, [&](const QSqlQuery &q) {
        if (first)
            value = q.value(0);
        first = false;
    });
    if (!r)
        return fail(r.error());
    return value;
}

Result<void> Db::run(const QString &sql)
{
    // Cached too: the writer runs SAVEPOINT/RELEASE around every job.
    auto q = prepare(sql, {});
    if (!q)
        return fail(q.error());
    QSqlQuery &query = **q;
    if (!query.exec()) {
        const Error e = error(query.lastError(), sql.section(u' ', 0, 1));
        query.finish();
        return fail(e);
    }
    query.finish();
    return {};
}

QString timeText(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString nowText() { return timeText(QDateTime::currentDateTimeUtc()); }

QDateTime timeFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (t.isValid())
        t.setTimeZone(QTimeZone::utc());
    return t;
}

QVariant nullableTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(timeText(t)) : QVariant();
}

} // namespace Kiln::Core::Internal
