// kilnctl's catalog commands, driving the real binary against a temporary --home: text and JSON
// output, exit codes, errors on stderr.
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

class TestKilnctl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void usage();
    void help_data();
    void help();
    void components();
    void invalidComponent();
    void images();
    void applyAndExport();
    void applyErrors();
    void homeFromEnvironment();
    void refusedCatalog();

private:
    struct Run {
        int rc = 0;
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };
    Run kilnctl(const QStringList &args, const QByteArray &input = {});
    QTemporaryDir m_home;
    QTemporaryDir m_files;
};

TestKilnctl::Run TestKilnctl::kilnctl(const QStringList &args, const QByteArray &input)
{
    Run r;
    r.rc = KilnTest::run(QStringLiteral(KILNCTL_PATH), QStringList{QStringLiteral("--home"), m_home.path()} + args, &r.out, &r.err,
                         input);
    return r;
}

void TestKilnctl::initTestCase()
{
    QVERIFY(m_home.isValid() && m_files.isValid());
    QFile f(m_files.filePath(QStringLiteral("hello.yml")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(KilnTest::componentDocument(QStringLiteral("hello")));
}

void TestKilnctl::usage()
{
    auto r = kilnctl({});
    QCOMPARE(r.rc, 2);
    r = kilnctl({QStringLiteral("component")});
    QCOMPARE(r.rc, 2);
    QVERIFY(r.err.contains("kilnctl component create --file F"));
    r = kilnctl({QStringLiteral("component"), QStringLiteral("frobnicate")});
    QCOMPARE(r.rc, 2);
    QVERIFY(r.err.contains("unknown command 'component frobnicate'"));
    r = kilnctl({QStringLiteral("component"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("x")});
    QCOMPARE(r.rc, 2);
    QVERIFY(r.err.contains("--file, --name and --version are required"));
    r = kilnctl({QStringLiteral("image"), QStringLiteral("list"), QStringLiteral("--colour"), QStringLiteral("red")});
    QCOMPARE(r.rc, 2);
    QVERIFY(r.err.contains("unknown option '--colour'"));
    // A count that is not one is refused with the option and value named, not read as 0.
    const QList<QStringList> badCounts{{QStringLiteral("build"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("abc")},
                                       {QStringLiteral("image"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("-3")},
                                       {QStringLiteral("image"), QStringLiteral("list"), QStringLiteral("--offset"), QStringLiteral("ten")}};
    for (const QStringList &args : badCounts) {
        r = kilnctl(args);
        QCOMPARE(r.rc, 2);
        const QByteArray expected = QStringLiteral("%1 takes a whole number of 0 or more, not '%2'").arg(args.at(2), args.at(3)).toUtf8();
        QVERIFY2(r.err.contains(expected), r.err.constData());
    }
}

// --help on any command prints its usage line on stdout and nothing on stderr, exit 0, and does
// nothing else (here: no export happens although the arguments would be valid).
void TestKilnctl::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("usage");
    QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("--help")} << QByteArray("Usage: kilnctl export");
    QTest::newRow("apply") << QStringList{QStringLiteral("apply"), QStringLiteral("-h")} << QByteArray("Usage: kilnctl apply -f FILE");
    QTest::newRow("test-component") << QStringList{QStringLiteral("test-component"), QStringLiteral("--help")}
                                    << QByteArray("Usage: kilnctl test-component (--component REF | --file FILE)");
    QTest::newRow("image list") << QStringList{QStringLiteral("image"), QStringLiteral("list"), QStringLiteral("--help")}
                                << QByteArray("Usage: kilnctl image list");
}

void TestKilnctl::help()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, usage);
    const Run r = kilnctl(args);
    QCOMPARE(r.rc, 0);
    QVERIFY2(r.out.startsWith(usage), r.out.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
}

void TestKilnctl::components()
{
    const QString doc = m_files.filePath(QStringLiteral("hello.yml"));
    auto r = kilnctl({QStringLiteral("component"), QStringLiteral("create"), QStringLiteral("--file"), doc, QStringLiteral("--name"),
                      QStringLiteral("hello"), QStringLiteral("--version"), QStringLiteral("1.0.0")});
    QVERIFY2(r.rc == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("Created kiln:component/hello/1.0.0/1\n"));
    QVERIFY(r.err.isEmpty());
    r = kilnctl({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("component"), QStringLiteral("create"),
                 QStringLiteral("--file"), doc, QStringLiteral("--name"), QStringLiteral("hello"), QStringLiteral("--version"),
                 QStringLiteral("1.0.0"), QStringLiteral("--type"), QStringLiteral("test")});
    QCOMPARE(r.rc, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("reference")).toString(), QStringLiteral("kiln:component/hello/1.0.0/2"));
    QCOMPARE(r.json().object().value(QStringLiteral("type")).toString(), QStringLiteral("test"));
    QCOMPARE(r.json().object().value(QStringLiteral("created")).toBool(), true);

    r = kilnctl({QStringLiteral("component"), QStringLiteral("list")});
    QCOMPARE(r.rc, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith("NAME"));
    QVERIFY(lines.at(1).startsWith("hello  1.0.0    2      test"));
    r = kilnctl({QStringLiteral("component"), QStringLiteral("list"), QStringLiteral("--output"), QStringLiteral("json")});
    QCOMPARE(r.json().array().size(), 2);

    r = kilnctl({QStringLiteral("component"), QStringLiteral("get"), QStringLiteral("hello@1.0.0/1"), QStringLiteral("--document")});
    QCOMPARE(r.rc, 0);
    QCOMPARE(r.out, KilnTest::componentDocument(QStringLiteral("hello")));
    r = kilnctl({QStringLiteral("component"), QStringLiteral("get"), QStringLiteral("hello")});
    QVERIFY(r.out.contains("Reference:   kiln:component/hello/1.0.0/2"));
    r = kilnctl({QStringLiteral("component"), QStringLiteral("get"), QStringLiteral("hello@x.1.x")});
    QCOMPARE(r.rc, 1);
    QVERIFY(r.err.contains("may only be followed by wildcards"));
    QVERIFY(r.out.isEmpty());
    r = kilnctl({QStringLiteral("component"), QStringLiteral("delete"), QStringLiteral("hello@1.0.0/2")});
    QCOMPARE(r.rc, 0);
    QCOMPARE(r.out, QByteArray("Deleted kiln:component/hello/1.0.0/2\n"));
    r = kilnctl({QStringLiteral("component"), QStringLiteral("delete"), QStringLiteral("hello@1.0.0/2")});
    QCOMPARE(r.rc, 1);
    QVERIFY(r.err.contains("no component matches hello@1.0.0/2"));
}

void TestKilnctl::invalidComponent()
{
    const QString doc = m_files.filePath(QStringLiteral("bad.yml"));
    QFile f(doc);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("name: bad\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: S\n        action: Nope\n");
    f.close();
    auto r = kilnctl({QStringLiteral("component"), QStringLiteral("create"), QStringLiteral("--file"), doc, QStringLiteral("--name"),
                      QStringLiteral("bad"), QStringLiteral("--version"), QStringLiteral("1.0.0")});
    QCOMPARE(r.rc, 1);
    QVERIFY2(r.err.contains(QString(doc + QStringLiteral(":7:")).toUtf8()), r.err.constData());
    QVERIFY(r.out.isEmpty());
    r = kilnctl({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("component"), QStringLiteral("create"),
                 QStringLiteral("--file"), doc, QStringLiteral("--name"), QStringLiteral("bad"), QStringLiteral("--version"),
                 QStringLiteral("1.0.0")});
    QCOMPARE(r.rc, 1);
    const QJsonObject e = QJsonDocument::fromJson(r.err).object();
    QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("invalid-document"));
    r = kilnctl({QStringLiteral("component"), QStringLiteral("create"), QStringLiteral("--file"), doc, QStringLiteral("--name"),
                 QStringLiteral("bad/name"), QStringLiteral("--version"), QStringLiteral("1.0")});
    QCOMPARE(r.rc, 1);
    QVERIFY(r.err.contains("contains '/'"));
}

void TestKilnctl::images()
{
    const QString disk = m_files.filePath(QStringLiteral("tinyos.qcow2"));
    QVERIFY(KilnTest::qemuImgCreate(QStringLiteral("qcow2"), disk, QStringLiteral("32M")));
    auto r = kilnctl({QStringLiteral("image"), QStringLiteral("import"), QStringLiteral("--file"), disk, QStringLiteral("--name"),
                      QStringLiteral("tinyos"), QStringLiteral("--version"), QStringLiteral("1.0.0")});
    QVERIFY2(r.rc == 0, r.err.constData());
    QVERIFY(r.out.startsWith("Imported kiln:image/tinyos/1.0.0/1 (qcow2, 32.0 MiB, sha256 "));
    r = kilnctl({QStringLiteral("image"), QStringLiteral("import"), QStringLiteral("--file"), m_files.filePath(QStringLiteral("hello.yml")),
                 QStringLiteral("--name"), QStringLiteral("nope"), QStringLiteral("--version"), QStringLiteral("1.0.0")});
    QCOMPARE(r.rc, 1);
    QVERIFY2(r.err.contains("is not a disk image"), r.err.constData());

    r = kilnctl({QStringLiteral("image"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("available")});
    QVERIFY(r.out.contains("tinyos  1.0.0    1      AVAILABLE  qcow2   32.0 MiB"));
    r = kilnctl({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("image"), QStringLiteral("get"),
                 QStringLiteral("kiln:image/tinyos/1.0.0/1")});
    QCOMPARE(r.rc, 0);
    const QJsonObject image = r.json().object();
    QCOMPARE(image.value(QStringLiteral("format")).toString(), QStringLiteral("qcow2"));
    const QString stored = image.value(QStringLiteral("diskPath")).toString();
    QVERIFY(QFile::exists(stored));

    r = kilnctl({QStringLiteral("image"), QStringLiteral("deprecate"), QStringLiteral("tinyos"), QStringLiteral("--reason"),
                 QStringLiteral("old")});
    QCOMPARE(r.out, QByteArray("kiln:image/tinyos/1.0.0/1 is now DEPRECATED\n"));
    r = kilnctl({QStringLiteral("image"), QStringLiteral("deprecate"), QStringLiteral("tinyos")});
    QCOMPARE(r.rc, 1);
    QVERIFY(r.err.contains("already is DEPRECATED"));
    r = kilnctl({QStringLiteral("image"), QStringLiteral("delete"), QStringLiteral("tinyos")});
    QCOMPARE(r.rc, 2);
    QVERIFY2(r.err.contains("needs --yes"), r.err.constData());
    QVERIFY(QFile::exists(stored));
    r = kilnctl({QStringLiteral("image"), QStringLiteral("delete"), QStringLiteral("tinyos"), QStringLiteral("--yes")});
    QCOMPARE(r.rc, 0);
    QVERIFY(!QFile::exists(stored));
    r = kilnctl({QStringLiteral("image"), QStringLiteral("list")});
    QVERIFY(!r.out.contains("tinyos"));
    r = kilnctl({QStringLiteral("image"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("DELETED")});
    QVERIFY(r.out.contains("DELETED"));
}

void TestKilnctl::applyAndExport()
{
    // What the complete example refers to.
    const QString disk = m_files.filePath(QStringLiteral("base.qcow2"));
    QVERIFY(KilnTest::qemuImgCreate(QStringLiteral("qcow2"), disk));
    QCOMPARE(kilnctl({QStringLiteral("image"), QStringLiteral("import"), QStringLiteral("--file"), disk, QStringLiteral("--name"),
                      QStringLiteral("tinyos"), QStringLiteral("--version"), QStringLiteral("1.1.0")})
                 .rc,
             0);
    QCOMPARE(kilnctl({QStringLiteral("component"), QStringLiteral("create"), QStringLiteral("--file"),
                      m_files.filePath(QStringLiteral("hello.yml")), QStringLiteral("--name"), QStringLiteral("hello"),
                      QStringLiteral("--version"), QStringLiteral("1.0.0")})
                 .rc,
             0);
    const QString input = QStringLiteral(KILN_TEST_DATA_DIR "/catalog/resources/complete/input.yaml");
    auto r = kilnctl({QStringLiteral("apply"), QStringLiteral("-f"), input});
    QVERIFY2(r.rc == 0, r.err.constData());
    QVERIFY2(r.out.contains("ImageRecipe kiln:recipe/web/1.0.0/1: created"), r.out.constData());
    QVERIFY(r.out.contains("ImagePipeline web-pipeline: created"));
    r = kilnctl({QStringLiteral("apply"), QStringLiteral("-f"), input});
    QVERIFY(r.out.contains("ImageRecipe kiln:recipe/web/1.0.0/1: unchanged"));

    r = kilnctl({QStringLiteral("export")});
    QCOMPARE(r.rc, 0);
    QFile expected(QStringLiteral(KILN_TEST_DATA_DIR "/catalog/resources/complete/expected.yaml"));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(r.out), QString::fromUtf8(expected.readAll()));
    // Export to a file and apply it from stdin.
    const QString out = m_files.filePath(QStringLiteral("export.yaml"));
    r = kilnctl({QStringLiteral("export"), QStringLiteral("--kind"), QStringLiteral("infra"), QStringLiteral("-o"), out});
    QCOMPARE(r.rc, 0);
    QFile exported(out);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray infra = exported.readAll();
    QVERIFY(infra.contains("kind: InfrastructureConfiguration") && !infra.contains("kind: ImageRecipe"));
    r = kilnctl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, infra);
    QCOMPARE(r.out, QByteArray("InfrastructureConfiguration big: unchanged\nInfrastructureConfiguration local: unchanged\n"));

    r = kilnctl({QStringLiteral("recipe"), QStringLiteral("get"), QStringLiteral("web")});
    QVERIFY(r.out.contains("Parent image: tinyos@1.x.x"));
    QVERIFY(r.out.contains("hello@1.x.x Greeting=hi"));
    r = kilnctl({QStringLiteral("infra"), QStringLiteral("get"), QStringLiteral("big")});
    QVERIFY2(r.out.startsWith("kind: InfrastructureConfiguration\nname: big\n"), r.out.constData());
    r = kilnctl({QStringLiteral("pipeline"), QStringLiteral("list")});
    QVERIFY(r.out.contains("nightly"));
    QVERIFY(r.out.contains("web-pipeline"));
    r = kilnctl({QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("distribution"), QStringLiteral("list")});
    QCOMPARE(r.json().array().first().toObject().value(QStringLiteral("targets")).toArray().size(), 2);
    r = kilnctl({QStringLiteral("infra"), QStringLiteral("delete"), QStringLiteral("big")});
    QCOMPARE(r.rc, 1);
    QVERIFY(r.err.contains("used by pipeline nightly"));
    r = kilnctl({QStringLiteral("component"), QStringLiteral("delete"), QStringLiteral("hello")});
    QCOMPARE(r.rc, 1);
    QVERIFY(r.err.contains("still used by recipe kiln:recipe/web/1.0.0/1"));
}

void TestKilnctl::applyErrors()
{
    const QString file = m_files.filePath(QStringLiteral("bad.yaml"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("kind: InfrastructureConfiguration\nname: x\nvcpu: 2\n");
    f.close();
    auto r = kilnctl({QStringLiteral("apply"), QStringLiteral("-f"), file});
    QCOMPARE(r.rc, 1);
    QVERIFY2(r.err.contains(QString(file + QStringLiteral(":3:1: error: InfrastructureConfiguration: unknown field 'vcpu'; did you "
                                                          "mean 'vcpus'?")).toUtf8()),
             r.err.constData());
    QVERIFY(r.err.contains("Nothing was applied"));
    r = kilnctl({QStringLiteral("apply")});
    QCOMPARE(r.rc, 2);
    r = kilnctl({QStringLiteral("apply"), QStringLiteral("-f"), m_files.filePath(QStringLiteral("missing.yaml"))});
    QCOMPARE(r.rc, 1);
    QVERIFY(r.err.contains("cannot read"));
}

void TestKilnctl::homeFromEnvironment()
{
    QTemporaryDir other;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KILN_HOME"), other.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KILNCTL_PATH), {QStringLiteral("component"), QStringLiteral("list")});
    QVERIFY(p.waitForFinished());
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(QFile::exists(other.filePath(QStringLiteral("catalog.db"))));
}

void TestKilnctl::refusedCatalog()
{
    QTemporaryDir other;
    QFile f(other.filePath(QStringLiteral("catalog.db")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("not a database\n").repeated(100));
    f.close();
    Run r;
    r.rc = KilnTest::run(QStringLiteral(KILNCTL_PATH), {QStringLiteral("--home"), other.path(), QStringLiteral("image"),
                                                        QStringLiteral("list")},
                         &r.out, &r.err);
    QCOMPARE(r.rc, 1);
    QVERIFY2(r.err.contains("is not a Kiln catalog"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestKilnctl)
#include "tst_kilnctl.moc"
