// Faults: a writer process killed with SIGKILL in the middle of a transaction, several processes
// writing at once, a writer locked out beyond the busy timeout, and a full disk. The catalog must
// never end up half-written and the user gets a clear message.
#include "testutil.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <csignal>

using namespace Kiln::Core;

namespace {

QString integrity(const QString &path)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                result = q.value(0).toString();
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    return result;
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedInsideATransaction();
    void killedWhileCommittingManyWrites();
    void concurrentProcesses();
    void concurrentKilnctl();
    void lockedOutBeyondBusyTimeout();
    void diskFull();
    void otherProcessesWritesAreNoticed();
};

void TestFaults::killedInsideATransaction()
{
    QTemporaryDir home;
    QProcess child;
    child.start(QStringLiteral(CATALOG_CHILD_PATH), {home.path(), QStringLiteral("long-transaction")});
    QVERIFY(child.waitForStarted());
    // "inside" is printed from inside the write job, after 2000 uncommitted inserts.
    QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine() || child.state() == QProcess::NotRunning, 60000);
    const QByteArray line = child.readLine();
    QVERIFY2(line.startsWith("inside"), line.constData());
    ::kill(pid_t(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    auto catalog = Catalog::open(Home(home.path()));
    QVERIFY2(catalog, qPrintable(catalog ? QString() : catalog.error().message));
    auto builds = (*catalog)->builds().list();
    QVERIFY(builds);
    QCOMPARE(builds->size(), 1); // committed before the long transaction
    QCOMPARE((*catalog)->builds().steps(builds->first().id)->size(), 0); // none of the uncommitted rows
    QVERIFY(KilnTest::addComponent(**catalog, QStringLiteral("after"), QStringLiteral("1.0.0")));
    catalog->reset();
    QCOMPARE(integrity(home.filePath(QStringLiteral("catalog.db"))), QStringLiteral("ok"));
}

void TestFaults::killedWhileCommittingManyWrites()
{
    QTemporaryDir home;
    QProcess child;
    child.start(QStringLiteral(CATALOG_CHILD_PATH), {home.path(), QStringLiteral("components"), QStringLiteral("c"),
                                                     QStringLiteral("100000")});
    QVERIFY(child.waitForStarted());
    // Let it commit a few hundred components, then kill it wherever it is.
    const QString db = home.filePath(QStringLiteral("catalog.db"));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(db + QStringLiteral("-wal")).size() > 256 * 1024, 60000);
    ::kill(pid_t(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished());
    auto catalog = Catalog::open(Home(home.path()));
    QVERIFY2(catalog, qPrintable(catalog ? QString() : catalog.error().message));
    auto rows = (*catalog)->components().list();
    QVERIFY(rows && !rows->isEmpty());
    for (const ComponentRow &c : *rows) { // every stored component is whole
        auto full = (*catalog)->components().get(c.id);
        QVERIFY(full && !full->document.isEmpty() && full->sha256.size() == 64);
    }
    catalog->reset();
    QCOMPARE(integrity(db), QStringLiteral("ok"));
}

void TestFaults::concurrentProcesses()
{
    QTemporaryDir home;
    QVERIFY(Catalog::open(Home(home.path()))); // create it first
    QList<QProcess *> children;
    for (int i = 0; i < 3; ++i) {
        auto *p = new QProcess(this);
        p->start(QStringLiteral(CATALOG_CHILD_PATH), {home.path(), QStringLiteral("components"), QStringLiteral("p%1").arg(i),
                                                      QStringLiteral("150")});
        children << p;
    }
    for (QProcess *p : children) {
        QVERIFY(p->waitForFinished(120000));
        QCOMPARE(p->exitCode(), 0);
        QVERIFY2(p->readAllStandardOutput().startsWith("done 0"), p->readAllStandardError().constData());
    }
    auto catalog = Catalog::open(Home(home.path()));
    QCOMPARE((*catalog)->components().list()->size(), 450);
}

void TestFaults::concurrentKilnctl()
{
    QTemporaryDir home;
    QTemporaryDir files;
    const QString doc = files.filePath(QStringLiteral("c.yml"));
    {
        QFile f(doc);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(KilnTest::componentDocument(QStringLiteral("c")));
    }
    QList<QProcess *> running;
    for (int i = 0; i < 16; ++i) {
        auto *p = new QProcess(this);
        p->start(QStringLiteral(KILNCTL_PATH), {QStringLiteral("--home"), home.path(), QStringLiteral("component"),
                                                QStringLiteral("create"), QStringLiteral("--file"), doc, QStringLiteral("--name"),
                                                QStringLiteral("c%1").arg(i % 8), QStringLiteral("--version"), QStringLiteral("1.0.0")});
        running << p;
    }
    for (QProcess *p : running) {
        QVERIFY(p->waitForFinished(120000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    }
    // Each name was created once; the second writer of a name found identical content.
    auto catalog = Catalog::open(Home(home.path()));
    QVERIFY(catalog);
    QCOMPARE((*catalog)->components().list()->size(), 8);
}

void TestFaults::lockedOutBeyondBusyTimeout()
{
    QTemporaryDir home;
    QVERIFY(Catalog::open(Home(home.path())));
    const QString path = home.filePath(QStringLiteral("catalog.db"));
    QTemporaryDir files;
    const QString doc = files.filePath(QStringLiteral("c.yml"));
    {
        QFile f(doc);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(KilnTest::componentDocument(QStringLiteral("c")));
    }
    QByteArray out, err;
    int rc = 0;
    {
        // Another program holds the write lock for longer than Kiln's 5 s busy timeout.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QElapsedTimer t;
        t.start();
        rc = KilnTest::run(QStringLiteral(KILNCTL_PATH), {QStringLiteral("--home"), home.path(), QStringLiteral("component"),
                                                          QStringLiteral("create"), QStringLiteral("--file"), doc,
                                                          QStringLiteral("--name"), QStringLiteral("c"), QStringLiteral("--version"),
                                                          QStringLiteral("1.0.0")},
                           &out, &err);
        QVERIFY2(t.elapsed() >= 4500, "kilnctl waited for the busy timeout");
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    QCOMPARE(rc, 1);
    QVERIFY2(err.contains("is busy: another Kiln process kept it locked"), err.constData());
    QVERIFY(out.isEmpty());
}

void TestFaults::diskFull()
{
    QTemporaryDir home;
    QVERIFY(Catalog::open(Home(home.path())));
    QTemporaryDir files;
    const QString doc = files.filePath(QStringLiteral("big.yml"));
    {
        // A valid component whose document is 4 MiB: its write cannot fit.
        QFile f(doc);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(KilnTest::componentDocument(QStringLiteral("big"), {}, QString(4 * 1024 * 1024, u'x')));
    }
    // File size limit of 2 MiB for kilnctl (SIGXFSZ ignored, so writes fail with EFBIG like on a
    // full disk).
    QByteArray out, err;
    const QString script = QStringLiteral("trap '' XFSZ; ulimit -f 2048; exec \"$0\" \"$@\"");
    const int rc = KilnTest::run(QStringLiteral("bash"),
                                 {QStringLiteral("-c"), script, QStringLiteral(KILNCTL_PATH), QStringLiteral("--home"), home.path(),
                                  QStringLiteral("component"), QStringLiteral("create"), QStringLiteral("--file"), doc,
                                  QStringLiteral("--name"), QStringLiteral("big"), QStringLiteral("--version"), QStringLiteral("1.0.0")},
                                 &out, &err);
    QCOMPARE(rc, 1);
    QVERIFY2(err.contains("disk") && err.contains("Nothing was changed"), err.constData());
    auto catalog = Catalog::open(Home(home.path()));
    QVERIFY2(catalog, qPrintable(catalog ? QString() : catalog.error().message));
    QCOMPARE((*catalog)->components().list()->size(), 0);
    QVERIFY(KilnTest::addComponent(**catalog, QStringLiteral("small"), QStringLiteral("1.0.0")));
    catalog->reset();
    QCOMPARE(integrity(home.filePath(QStringLiteral("catalog.db"))), QStringLiteral("ok"));
}

void TestFaults::otherProcessesWritesAreNoticed()
{
    // The GUI sees what kilnctl and build workers (other processes) write.
    QTemporaryDir home;
    auto catalog = Catalog::open(Home(home.path()));
    QVERIFY(catalog);
    int external = 0;
    connect(catalog->get(), &Catalog::externallyChanged, this, [&] { ++external; });
    (*catalog)->setExternalChangePolling(20);
    // This process's own commits are announced by changed(), never as external changes.
    QVERIFY(KilnTest::addComponent(**catalog, QStringLiteral("mine"), QStringLiteral("1.0.0")));
    QVERIFY(KilnTest::addComponent(**catalog, QStringLiteral("mine"), QStringLiteral("2.0.0")));
    QTest::qWait(200); // ten polls: proving an absence needs some time to pass
    QCOMPARE(external, 0);
    QProcess child;
    child.start(QStringLiteral(CATALOG_CHILD_PATH), {home.path(), QStringLiteral("components"), QStringLiteral("theirs"),
                                                     QStringLiteral("1")});
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitCode(), 0);
    QTRY_VERIFY(external >= 1);
    QCOMPARE((*catalog)->components().list()->size(), 3);
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
