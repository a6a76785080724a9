#include "migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtEndian>

static void initCatalogResources() { Q_INIT_RESOURCE(kiln_catalog_sql); }

namespace Kiln::Core::Internal {

QList<Migration> migrations()
{
    initCatalogResources();
    static const QList<Migration> list = [] {
        QList<Migration> out;
        static const QRegularExpression re(QStringLiteral("^(\\d{3})_([A-Za-z0-9_]+)\\.sql$"));
        const QDir dir(QStringLiteral(":/kiln/sql"));
        const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString &f : files) {
            const auto m = re.match(f);
            if (!m.hasMatch())
                continue;
            QFile file(dir.filePath(f));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            out.append({m.captured(1).toInt(), m.captured(2), QString::fromUtf8(file.readAll())});
        }
        std::sort(out.begin(), out.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
        for (int i = 0; i < out.size(); ++i)
            Q_ASSERT_X(out.at(i).version == i + 1, "migrations", "migration numbers must be 1..N without gaps");
        return out;
    }();
    return list;
}

int latestSchemaVersion() { return int(migrations().size()); }

QStringList splitSqlStatements(const QString &script)
{
    QStringList out;
    QString current;
    int triggerDepth = 0; // inside CREATE TRIGGER … BEGIN … END
    const qsizetype n = script.size();
    auto flushWord = [&](QStringView word) {
        if (word.compare(u"BEGIN", Qt::CaseInsensitive) == 0) {
            if (current.simplified().startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive)
                || current.simplified().startsWith(QLatin1String("CREATE TEMP TRIGGER"), Qt::CaseInsensitive))
                ++triggerDepth;
        } else if (word.compare(u"END", Qt::CaseInsensitive) == 0 && triggerDepth > 0) {
            --triggerDepth;
        }
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') { // line comment
            while (i < n && script.at(i) != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'/' && i + 1 < n && script.at(i + 1) == u'*') { // block comment
            i += 2;
            while (i + 1 < n && !(script.at(i) == u'*' && script.at(i + 1) == u'/'))
                ++i;
            ++i;
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') { // quoted text or identifier
            const QChar close = c == u'[' ? QChar(u']') : c;
            current += c;
            ++i;
            while (i < n) {
                current += script.at(i);
                if (script.at(i) == close) {
                    if (close != u']' && i + 1 < n && script.at(i + 1) == close) { // doubled quote
                        current += script.at(++i);
                    } else {
                        break;
                    }
                }
                ++i;
            }
            continue;
        }
        if (c.isLetter() || c == u'_') {
            const qsizetype start = i;
            while (i < n && (script.at(i).isLetterOrNumber() || script.at(i) == u'_'))
                ++i;
            const QStringView word = QStringView(script).mid(start, i - start);
            flushWord(word);
            current += word;
            --i;
            continue;
        }
        if (c == u';' && triggerDepth == 0) {
            const QString statement = current.trimmed();
            if (!statement.isEmpty())
                out << statement;
            current.clear();
            continue;
        }
        current += c;
    }
    const QString rest = current.trimmed();
    if (!rest.isEmpty())
        out << rest;
    return out;
}

Result<void> checkCatalogFile(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {}; // a new catalog
    if (!file.open(QIODevice::ReadOnly))
        return fail(Tr::tr("Cannot read the catalog %1: %2").arg(path, file.errorString()), QStringLiteral("io"));
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return fail(Tr::tr("%1 is not a Kiln catalog: it is not an SQLite database. Kiln left it untouched; "
                           "move it away or choose another --home.").arg(path),
                    QStringLiteral("foreign"));
    const quint32 userVersion = qFromBigEndian<quint32>(header.constData() + 60);
    const quint32 applicationId = qFromBigEndian<quint32>(header.constData() + 68);
    if (applicationId != 0 && applicationId != kApplicationId)
        return fail(Tr::tr("%1 is not a Kiln catalog: it is another application's SQLite database "
                           "(application id 0x%2). Kiln left it untouched.")
                        .arg(path, QString::number(applicationId, 16)),
                    QStringLiteral("foreign"));
    if (applicationId == kApplicationId && int(userVersion) > latestSchemaVersion())
        return fail(Tr::tr("The catalog %1 was written by a newer Kiln (schema version %2; this Kiln knows "
                           "versions up to %3). Upgrade Kiln, or use another --home. The file was left untouched.")
                        .arg(path)
                        .arg(userVersion)
                        .arg(latestSchemaVersion()),
                    QStringLiteral("newer"));
    return {};
}

Result<int> migrate(Db &db, int upTo)
{
    const QList<Migration> all = migrations();
    if (upTo < 0 || upTo > all.size())
        upTo = int(all.size());

    auto version = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return fail(version.error());
    auto appId = db.scalar(QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return fail(appId.error());
    auto objects = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!objects)
        return fail(objects.error());
    int current = version->toInt();
    const quint32 app = quint32(appId->toLongLong());
    // The header check ran before opening; the WAL may hold newer values, so check again.
    if (app != kApplicationId && (app != 0 || current != 0 || objects->toInt() != 0))
        return fail(Tr::tr("%1 is not a Kiln catalog: it is an SQLite database of another program. "
                           "Kiln left it untouched; move it away or choose another --home.").arg(db.path()),
                    QStringLiteral("foreign"));
    if (current > int(all.size()))
        return fail(Tr::tr("The catalog %1 was written by a newer Kiln (schema version %2; this Kiln knows "
                           "versions up to %3). Upgrade Kiln, or use another --home. The file was left untouched.")
                        .arg(db.path())
                        .arg(current)
                        .arg(all.size()),
                    QStringLiteral("newer"));

    auto mode = db.scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return fail(mode.error());
    if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return fail(Tr::tr("The catalog %1 could not be switched to WAL journaling (it reports '%2'); is it on a "
                           "network file system?").arg(db.path(), mode->toString()),
                    QStringLiteral("io"));

    while (current < upTo) {
        // Another process may be creating or migrating the same catalog right now: the version
        // that counts is the one read under the write lock.
        if (auto r = db.run(QStringLiteral("BEGIN IMMEDIATE")); !r)
            return fail(r.error());
        auto locked = db.scalar(QStringLiteral("PRAGMA user_version"));
        if (!locked) {
            (void)db.run(QStringLiteral("ROLLBACK"));
            return fail(locked.error());
        }
        current = locked->toInt();
        if (current >= upTo) {
            (void)db.run(QStringLiteral("ROLLBACK"));
            break;
        }
        const Migration &m = all.at(current);
        auto rollback = [&](const Error &e) -> Result<int> {
            (void)db.run(QStringLiteral("ROLLBACK"));
            return fail(Error{Tr::tr("Migrating the catalog %1 to schema version %2 (%3) failed; it was left at "
                                     "version %4. %5").arg(db.path()).arg(m.version).arg(m.name).arg(current).arg(e.message),
                              e.code});
        };
        for (const QString &statement : splitSqlStatements(m.sql)) {
            if (auto r = db.run(statement); !r)
                return rollback(r.error());
        }
        if (auto r = db.run(QStringLiteral("PRAGMA user_version = %1").arg(m.version)); !r)
            return rollback(r.error());
        if (auto r = db.run(QStringLiteral("COMMIT")); !r)
            return rollback(r.error());
        current = m.version;
    }
    return current;
}

} // namespace Kiln::Core::Internal
