// Schema migrations: a new catalog, every earlier schema version (generated and from committed
// fixtures with data), and the files Kiln must refuse while leaving them untouched.
#include "testutil.h"

#include "core/catalog/catalogcontext.h"
#include "core/catalog/migrations.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Kiln::Core;

namespace {

QByteArray fileSha(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// Runs SQL on a plain connection (not Kiln's), to build fixture files.
bool execSql(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &s : statements) {
            if (!q.exec(s)) {
                qWarning("fixture SQL failed: %s: %s", qPrintable(s.left(80)), qPrintable(q.lastError().text()));
                ok = false;
                break;
            }
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
    return ok;
}

QVariant query(const QString &path, const QString &sql)
{
    QVariant v;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            v = q.value(0);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return v;
}

const QStringList kTables{QStringLiteral("components"), QStringLiteral("recipes"), QStringLiteral("recipe_components"),
                          QStringLiteral("infrastructure"), QStringLiteral("distributions"),
                          QStringLiteral("distribution_targets"), QStringLiteral("pipelines"), QStringLiteral("images"),
                          QStringLiteral("image_components"), QStringLiteral("image_packages"), QStringLiteral("builds"),
                          QStringLiteral("build_stages"), QStringLiteral("build_steps"), QStringLiteral("build_logs")};

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void splitter();
    void fromEmpty();
    void fromEarlierVersion_data();
    void fromEarlierVersion();
    void fixtures_data();
    void fixtures();
    void failedMigrationRollsBack();
    void refused_data();
    void refused();
    void reopenKeepsData();
};

void TestMigrations::splitter()
{
    const QString script = QStringLiteral(
        "-- a comment; with a semicolon\n"
        "CREATE TABLE a (x TEXT DEFAULT 'it''s; fine');\n"
        "/* block; comment */ CREATE TABLE b (y);\n"
        "CREATE TRIGGER t BEFORE UPDATE ON a BEGIN SELECT RAISE(ABORT, 'no; way'); SELECT 1; END;\n"
        "INSERT INTO a VALUES ('x')");
    const QStringList s = Internal::splitSqlStatements(script);
    QCOMPARE(s.size(), 4);
    QVERIFY(s.at(0).contains(QStringLiteral("'it''s; fine'")));
    QVERIFY(s.at(2).startsWith(QStringLiteral("CREATE TRIGGER")));
    QVERIFY(s.at(2).endsWith(QStringLiteral("END")));
    QCOMPARE(s.at(3), QStringLiteral("INSERT INTO a VALUES ('x')"));
}

void TestMigrations::fromEmpty()
{
    QTemporaryDir dir;
    auto catalog = Catalog::open(Home(dir.path()));
    QVERIFY2(catalog, qPrintable(catalog ? QString() : catalog.error().message));
    QCOMPARE((*catalog)->schemaVersion(), Catalog::latestSchemaVersion());
    QVERIFY(Catalog::latestSchemaVersion() >= 1);
    for (const QString &d : {QStringLiteral("disks"), QStringLiteral("logs"), QStringLiteral("exports")})
        QVERIFY(QDir(dir.filePath(d)).exists());
    catalog->reset();
    const QString db = dir.filePath(QStringLiteral("catalog.db"));
    QCOMPARE(query(db, QStringLiteral("PRAGMA user_version")).toInt(), Catalog::latestSchemaVersion());
    QCOMPARE(query(db, QStringLiteral("PRAGMA application_id")).toLongLong(), qint64(Internal::kApplicationId));
    QCOMPARE(query(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    for (const QString &t : kTables)
        QVERIFY2(query(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'").arg(t)).toInt() == 1,
                 qPrintable(t));
}

void TestMigrations::fromEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (int v = 0; v < Catalog::latestSchemaVersion(); ++v)
        QTest::addRow("from schema %d", v) << v;
}

// A catalog left at every earlier schema version (by this Kiln's own migrations) opens and ends
// at the latest version.
void TestMigrations::fromEarlierVersion()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.db"));
    if (from > 0) {
        auto partial = Internal::CatalogContext::open(path, from);
        QVERIFY2(partial, qPrintable(partial ? QString() : partial.error().message));
        QCOMPARE((*partial)->schemaVersion(), from);
    }
    auto catalog = Catalog::open(Home(dir.path()));
    QVERIFY2(catalog, qPrintable(catalog ? QString() : catalog.error().message));
    QCOMPARE((*catalog)->schemaVersion(), Catalog::latestSchemaVersion());
    auto c = KilnTest::addComponent(**catalog, QStringLiteral("after-migration"), QStringLiteral("1.0.0"));
    QVERIFY2(c, qPrintable(c ? QString() : c.error().message));
}

void TestMigrations::fixtures_data()
{
    // tests/data/catalog/schema-vN.sql: `sqlite3 catalog.db .dump` of a populated catalog written
    // by the Kiln that had schema N. Every schema version keeps its fixture.
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("version");
    QDirIterator it(QStringLiteral(KILN_TEST_DATA_DIR "/catalog"), {QStringLiteral("schema-v*.sql")});
    static const QRegularExpression re(QStringLiteral("schema-v(\\d+)\\.sql$"));
    QList<QPair<int, QString>> found;
    while (it.hasNext()) {
        const QString f = it.next();
        found.append({re.match(f).captured(1).toInt(), f});
    }
    std::sort(found.begin(), found.end());
    for (const auto &[v, f] : found)
        QTest::addRow("schema %d fixture", v) << f << v;
    QVERIFY2(found.size() == Catalog::latestSchemaVersion(), "every schema version needs a fixture: tests/data/catalog/schema-vN.sql");
}

void TestMigrations::fixtures()
{
    QFETCH(QString, file);
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.db"));
    QFile sql(file);
    QVERIFY(sql.open(QIODevice::ReadOnly));
    QVERIFY(execSql(path, Internal::splitSqlStatements(QString::fromUtf8(sql.readAll()))));
    QCOMPARE(query(path, QStringLiteral("PRAGMA user_version")).toInt(), version);

    auto catalog = Catalog::open(Home(dir.path()));
    QVERIFY2(catalog, qPrintable(catalog ? QString() : catalog.error().message));
    Catalog &c = **catalog;
    QCOMPARE(c.schemaVersion(), Catalog::latestSchemaVersion());
    // The fixture's content survives: a component with two builds, a recipe, an image with its
    // lineage, configurations and a pipeline, a build with steps.
    auto hello = c.components().resolve(QStringLiteral("hello@1.x.x"));
    QVERIFY2(hello, qPrintable(hello ? QString() : hello.error().message));
    QCOMPARE(hello->build, 2);
    auto recipe = c.recipes().resolve(QStringLiteral("web"));
    QVERIFY2(recipe, qPrintable(recipe ? QString() : recipe.error().message));
    QCOMPARE(recipe->components.size(), 1);
    QCOMPARE(recipe->components.first().parameters.value(QStringLiteral("Greeting")), QStringLiteral("hi"));
    auto base = c.images().resolve(QStringLiteral("tinyos"), ImagePurpose::Use);
    QVERIFY2(base, qPrintable(base ? QString() : base.error().message));
    auto built = c.images().resolve(QStringLiteral("web@1.0.0"));
    QVERIFY2(built, qPrintable(built ? QString() : built.error().message));
    QCOMPARE(built->baseImage, base->reference());
    QCOMPARE(built->components.size(), 1);
    QVERIFY(c.pipelines().get(QStringLiteral("web-pipeline")));
    QVERIFY(c.infrastructure().get(QStringLiteral("local")));
    QVERIFY(c.distributions().get(QStringLiteral("out")));
    auto builds = c.builds().list();
    QVERIFY(builds && builds->size() == 1);
    auto steps = c.builds().steps(builds->first().id);
    QVERIFY(steps && steps->size() == 2);
    // And the catalog is writable at the new version.
    QVERIFY(KilnTest::addComponent(c, QStringLiteral("new"), QStringLiteral("1.0.0")));
}

void TestMigrations::failedMigrationRollsBack()
{
    // A Kiln-marked file at version 0 that already has an `images` table: migration 1 fails
    // half-way and must leave nothing of itself behind.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.db"));
    QVERIFY(execSql(path, {QStringLiteral("PRAGMA application_id = %1").arg(Internal::kApplicationId),
                           QStringLiteral("CREATE TABLE images (x)")}));
    auto catalog = Catalog::open(Home(dir.path()));
    QVERIFY(!catalog);
    QVERIFY2(catalog.error().message.contains(QStringLiteral("left at version 0")), qPrintable(catalog.error().message));
    QCOMPARE(query(path, QStringLiteral("PRAGMA user_version")).toInt(), 0);
    QCOMPARE(query(path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'components'")).toInt(), 0);
}

void TestMigrations::refused_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("text file") << QByteArray("text") << "foreign" << "not an SQLite database";
    QTest::newRow("short file") << QByteArray("short") << "foreign" << "not an SQLite database";
    QTest::newRow("other program's database") << QByteArray("other-sqlite") << "foreign" << "another program";
    QTest::newRow("other application id") << QByteArray("other-appid") << "foreign" << "another application";
    QTest::newRow("newer kiln") << QByteArray("newer") << "newer" << "newer Kiln";
    QTest::newRow("corrupt") << QByteArray("corrupt") << "corrupt" << "damaged";
}

void TestMigrations::refused()
{
    QFETCH(QByteArray, kind);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.db"));
    if (kind == "text" || kind == "short") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kind == "text" ? QByteArray("these are my notes, not a database\n").repeated(40) : QByteArray("SQLite"));
    } else if (kind == "other-sqlite") {
        QVERIFY(execSql(path, {QStringLiteral("CREATE TABLE contacts (name TEXT)"),
                               QStringLiteral("INSERT INTO contacts VALUES ('Ada')")}));
    } else if (kind == "other-appid") {
        QVERIFY(execSql(path, {QStringLiteral("PRAGMA application_id = 1234")}));
    } else if (kind == "newer") {
        QVERIFY(execSql(path, {QStringLiteral("PRAGMA application_id = %1").arg(Internal::kApplicationId),
                               QStringLiteral("CREATE TABLE future (x)"),
                               QStringLiteral("PRAGMA user_version = %1").arg(Catalog::latestSchemaVersion() + 1)}));
    } else if (kind == "corrupt") {
        // A real catalog whose pages after the header are overwritten.
        {
            auto c = Catalog::open(Home(dir.path()));
            QVERIFY(c);
        }
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray data = f.readAll();
        for (qsizetype i = 100; i < data.size(); ++i)
            data[i] = char((i * 7919) & 0xff);
        f.seek(0);
        f.write(data);
    }
    const QByteArray before = fileSha(path);
    auto catalog = Catalog::open(Home(dir.path()));
    QVERIFY(!catalog);
    QCOMPARE(catalog.error().code, code);
    QVERIFY2(catalog.error().message.contains(message), qPrintable(catalog.error().message));
    QVERIFY2(catalog.error().message.contains(path), "the message names the file");
    QCOMPARE(fileSha(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || kind == "corrupt");
}

void TestMigrations::reopenKeepsData()
{
    QTemporaryDir dir;
    {
        auto catalog = Catalog::open(Home(dir.path()));
        QVERIFY(catalog);
        QVERIFY(KilnTest::addComponent(**catalog, QStringLiteral("kept"), QStringLiteral("1.2.3")));
    }
    auto catalog = Catalog::open(Home(dir.path()));
    QVERIFY(catalog);
    auto c = (*catalog)->components().resolve(QStringLiteral("kept@1.2.3"));
    QVERIFY(c);
    QCOMPARE(c->build, 1);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
