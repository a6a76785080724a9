// kiln-monitor-seed: puts recorded real builds (tests/data/monitor, recorded from tinyos builds
// with record.sh) into a screenshot catalog, as the build monitor's screenshots need them:
//   kiln-monitor-seed --home DIR --data DIR
//       the pipeline "web"'s past builds (tests/data/monitor/history/*) and a failed build of
//       "broken" (tests/data/monitor/failed), replayed through the catalog API and the log folder,
//       then moved back in time to when they ran (one a day up to yesterday), so the history chart
//       and the estimate have real durations;
//   kiln-monitor-seed --home DIR --data DIR --live --after FILE
//       waits for FILE (the screenshot before the live one), then plays a build of "web" like its
//       worker would — stages, catalog step rows and log files growing — and holds it in the
//       middle of BUILDING until it is killed, so the monitor is caught mid-build.
// The time shift is the one thing done outside the catalog API (a plain SQL UPDATE of the
// timestamps): the API stamps rows with the current time, and a chart of builds that all ran in
// the last second would show nothing. Screenshots only; never in the product.
#include "../widgets/monitorreplay.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <cstdio>

using namespace Kiln::Core;
using KilnTest::Recording;
using KilnTest::Replay;

namespace {

QString shifted(const QString &iso, qint64 shiftMs)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? t.addMSecs(shiftMs).toUTC().toString(Qt::ISODateWithMs) : QString();
}

bool exec(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        std::fprintf(stderr, "seed: %s: %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

// Moves build `id` (a replay of `rec`) to when it ran, shifted to end at `end`.
bool moveInTime(QSqlDatabase &db, qint64 id, const Recording &rec, const QDateTime &end)
{
    const QJsonObject b = rec.build;
    const QDateTime recordedEnd = QDateTime::fromString(b.value(QLatin1String("finishedAt")).toString(), Qt::ISODateWithMs);
    const qint64 shift = recordedEnd.msecsTo(end);
    auto t = [&](const QJsonObject &o, const char *key) {
        const QString v = shifted(o.value(QLatin1String(key)).toString(), shift);
        return v.isEmpty() ? QVariant() : QVariant(v);
    };
    bool ok = exec(db, QStringLiteral("UPDATE builds SET created_at = ?, started_at = ?, finished_at = ?, updated_at = ? WHERE id = ?"),
                   {t(b, "createdAt"), t(b, "startedAt"), t(b, "finishedAt"), t(b, "finishedAt"), id});
    for (const QJsonValue &v : b.value(QLatin1String("stages")).toArray()) {
        const QJsonObject s = v.toObject();
        ok = ok && exec(db, QStringLiteral("UPDATE build_stages SET started_at = ?, finished_at = ? WHERE build_id = ? AND stage = ?"),
                        {t(s, "startedAt"), t(s, "finishedAt"), id, s.value(QLatin1String("stage")).toString()});
    }
    ok = ok && exec(db, QStringLiteral("UPDATE build_steps SET started_at = strftime('%Y-%m-%dT%H:%M:%fZ', started_at, ?), "
                                       "finished_at = strftime('%Y-%m-%dT%H:%M:%fZ', finished_at, ?) WHERE build_id = ?"),
                    {QStringLiteral("%1 seconds").arg(shift / 1000.0, 0, 'f', 3), QStringLiteral("%1 seconds").arg(shift / 1000.0, 0, 'f', 3), id});
    return ok;
}

int seedHistory(const Home &home, const QString &data)
{
    struct Seeded {
        qint64 id;
        Recording rec;
        QDateTime end;
    };
    QList<Seeded> seeded;
    {
        auto catalog = Catalog::open(home);
        if (!catalog) {
            std::fprintf(stderr, "seed: %s\n", qPrintable(catalog.error().message));
            return 1;
        }
        const QDir history(QDir(data).filePath(QStringLiteral("history")));
        const QStringList cases = history.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < cases.size(); ++i) {
            Recording rec = Recording::load(history.filePath(cases.at(i)));
            Replay replay(**catalog, rec, {});
            replay.runAll();
            // One build a day, the newest yesterday afternoon.
            seeded.append({replay.buildId(), rec, now.addDays(i - cases.size()).addSecs(-3600 * (i % 3))});
        }
        Recording failed = Recording::load(QDir(data).filePath(QStringLiteral("failed")));
        Replay replay(**catalog, failed, {});
        replay.runAll();
        seeded.append({replay.buildId(), failed, now.addSecs(-40 * 60)});
    }
    // The catalog is closed: its writer is done. Now the timestamps.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed"));
        db.setDatabaseName(home.catalogPath());
        if (!db.open()) {
            std::fprintf(stderr, "seed: %s\n", qPrintable(db.lastError().text()));
            return 1;
        }
        db.transaction();
        for (const Seeded &s : std::as_const(seeded))
            if (!moveInTime(db, s.id, s.rec, s.end))
                return 1;
        db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("seed"));
    std::printf("seed: %lld recorded builds\n", qint64(seeded.size()));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto value = [&](const QString &name) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
    };
    const QString homeDir = value(QStringLiteral("--home"));
    const QString data = value(QStringLiteral("--data"));
    if (homeDir.isEmpty() || data.isEmpty()) {
        std::fprintf(stderr, "usage: kiln-monitor-seed --home DIR --data DIR [--live --after FILE]\n");
        return 2;
    }
    const Home home(homeDir);
    if (!args.contains(QStringLiteral("--live")))
        return seedHistory(home, data);

    // Live: wait for the marker, then play the build like its worker, holding mid-BUILDING.
    const QString after = value(QStringLiteral("--after"));
    auto catalog = Catalog::open(home);
    if (!catalog) {
        std::fprintf(stderr, "seed: %s\n", qPrintable(catalog.error().message));
        return 1;
    }
    std::unique_ptr<Replay> replay;
    QTimer wait;
    wait.setInterval(100);
    QObject::connect(&wait, &QTimer::timeout, [&] {
        if (!after.isEmpty() && !QFileInfo::exists(after))
            return;
        wait.stop();
        Replay::Options o;
        o.tickMs = 120;
        o.chunkBytes = 160;
        o.holdBuildingAt = 0.62;
        replay = std::make_unique<Replay>(**catalog, Recording::load(QDir(data).filePath(QStringLiteral("success"))), o);
        replay->start();
        std::printf("seed: live build %lld started\n", replay->buildId());
        std::fflush(stdout);
    });
    wait.start();
    QTimer::singleShot(10 * 60 * 1000, &app, &QCoreApplication::quit); // never outlive a stuck screenshot run
    return app.exec();
}
