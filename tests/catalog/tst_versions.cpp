// Semantic versions, version patterns and references: parsing, the errors users see, numeric
// ordering, and wildcard resolution against a real catalog.
#include "testutil.h"

#include "core/catalog/reference.h"
#include "core/catalog/semver.h"

using namespace Kiln::Core;

class TestVersions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void semver_data();
    void semver();
    void ordering();
    void pattern_data();
    void pattern();
    void reference_data();
    void reference();
    void names_data();
    void names();
    void resolve_data();
    void resolve();
    void resolveNotFoundListsVersions();

private:
    KilnTest::TempCatalog m_catalog;
};

void TestVersions::semver_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // normalized, or "!" + part of the error
    QTest::newRow("plain") << "1.2.3" << "1.2.3";
    QTest::newRow("zeros") << "0.0.0" << "0.0.0";
    QTest::newRow("big") << "10.200.3000" << "10.200.3000";
    QTest::newRow("two parts") << "1.2" << "!three parts";
    QTest::newRow("four parts") << "1.2.3.4" << "!three parts";
    QTest::newRow("empty") << "" << "!empty";
    QTest::newRow("leading zero") << "01.2.3" << "!leading zero";
    QTest::newRow("letters") << "1.a.3" << "!not a number";
    QTest::newRow("negative") << "1.-2.3" << "!not a number";
    QTest::newRow("wildcard") << "1.x.x" << "!wildcards";
    QTest::newRow("missing part") << "1..3" << "!missing";
    QTest::newRow("too large") << "1.2.12345678901" << "!larger than";
}

void TestVersions::semver()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    auto v = SemVer::parse(text);
    if (expected.startsWith(u'!')) {
        QVERIFY(!v);
        QVERIFY2(v.error().message.contains(expected.mid(1)), qPrintable(v.error().message));
    } else {
        QVERIFY2(v, qPrintable(v ? QString() : v.error().message));
        QCOMPARE(v->toString(), expected);
    }
}

void TestVersions::ordering()
{
    QStringList texts{QStringLiteral("1.10.0"), QStringLiteral("1.9.0"), QStringLiteral("1.9.10"), QStringLiteral("1.9.2"),
                      QStringLiteral("2.0.0"), QStringLiteral("0.99.99"), QStringLiteral("10.0.0")};
    QList<SemVer> versions;
    for (const QString &t : texts)
        versions << *SemVer::parse(t);
    std::sort(versions.begin(), versions.end());
    QStringList sorted;
    for (const SemVer &v : versions)
        sorted << v.toString();
    QCOMPARE(sorted, (QStringList{QStringLiteral("0.99.99"), QStringLiteral("1.9.0"), QStringLiteral("1.9.2"),
                                  QStringLiteral("1.9.10"), QStringLiteral("1.10.0"), QStringLiteral("2.0.0"),
                                  QStringLiteral("10.0.0")}));
}

void TestVersions::pattern_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("exact") << "1.2.3" << "1.2.3";
    QTest::newRow("patch wildcard") << "1.2.x" << "1.2.x";
    QTest::newRow("minor wildcard") << "1.x.x" << "1.x.x";
    QTest::newRow("any") << "x.x.x" << "x.x.x";
    QTest::newRow("x.2.x") << "x.2.x" << "!may only be followed by wildcards";
    QTest::newRow("1.x.3") << "1.x.3" << "!may only be followed by wildcards";
    QTest::newRow("x.x.3") << "x.x.3" << "!may only be followed by wildcards";
    QTest::newRow("x.2.x suggests") << "x.2.x" << "!x.x.x";
    QTest::newRow("1.x.3 suggests") << "1.x.3" << "!1.x.x";
    QTest::newRow("short") << "1.x" << "!three parts";
    QTest::newRow("star") << "1.*.*" << "!not a number";
}

void TestVersions::pattern()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    auto p = VersionPattern::parse(text);
    if (expected.startsWith(u'!')) {
        QVERIFY(!p);
        QVERIFY2(p.error().message.contains(expected.mid(1)), qPrintable(p.error().message));
    } else {
        QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
        QCOMPARE(p->toString(), expected);
    }
}

void TestVersions::reference_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical"); // or "!" + error part
    QTest::newRow("full") << "kiln:component/hello/1.0.0/2" << "kiln:component/hello/1.0.0/2";
    QTest::newRow("version") << "kiln:component/hello/1.0.0" << "kiln:component/hello/1.0.0";
    QTest::newRow("wildcard") << "kiln:component/hello/1.x.x" << "kiln:component/hello/1.x.x";
    QTest::newRow("name only") << "kiln:component/hello" << "kiln:component/hello";
    QTest::newRow("at") << "hello@1.x.x" << "kiln:component/hello/1.x.x";
    QTest::newRow("at exact build") << "hello@1.0.0/3" << "kiln:component/hello/1.0.0/3";
    QTest::newRow("bare") << "hello" << "kiln:component/hello";
    QTest::newRow("spaces trimmed") << "  hello@2.0.0 " << "kiln:component/hello/2.0.0";
    QTest::newRow("wrong type") << "kiln:image/tinyos/1.0.0" <<  "!has type 'image', but type 'component' is needed";
    QTest::newRow("unknown type") << "kiln:widget/x" << "!unknown resource type";
    QTest::newRow("bad wildcard") << "hello@x.2.x" << "!may only be followed by wildcards";
    QTest::newRow("build with wildcard") << "kiln:component/hello/1.x.x/2" << "!needs an exact version";
    QTest::newRow("bad build") << "hello@1.0.0/0" << "!build number";
    QTest::newRow("bad name") << "hel lo@1.0.0" << "!contains ' '";
    QTest::newRow("empty name") << "@1.0.0" << "!empty";
    QTest::newRow("too many parts") << "kiln:component/a/1.0.0/1/2" << "!not of the form";
}

void TestVersions::reference()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    auto r = Reference::parse(text, ResourceType::Component);
    if (canonical.startsWith(u'!')) {
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(canonical.mid(1)), qPrintable(r.error().message));
    } else {
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->toString(), canonical);
        // The canonical form parses back to the same reference.
        QCOMPARE(*Reference::parse(r->toString(), ResourceType::Component), *r);
        QCOMPARE(*Reference::parse(r->toShortString(), ResourceType::Component), *r);
    }
}

void TestVersions::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << "web" << true;
    QTest::newRow("dots dashes") << "web-server_1.2" << true;
    QTest::newRow("digit first") << "9lives" << true;
    QTest::newRow("128") << QString(128, u'a') << true;
    QTest::newRow("129") << QString(129, u'a') << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("dash first") << "-web" << false;
    QTest::newRow("dot first") << ".web" << false;
    QTest::newRow("slash") << "a/b" << false;
    QTest::newRow("quote") << "a'b" << false;
    QTest::newRow("sql") << "x'); DROP TABLE images;--" << false;
    QTest::newRow("unicode") << QStringLiteral("caf\u00e9") << false;
    QTest::newRow("space") << "a b" << false;
}

void TestVersions::names()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(bool(validateName(name, QStringLiteral("name"))), valid);
}

// A catalog holding hello at these versions/builds (a build differs by content).
static const QStringList kVersions{QStringLiteral("1.0.0"), QStringLiteral("1.0.0"), QStringLiteral("1.2.0"),
                                   QStringLiteral("1.9.0"), QStringLiteral("1.10.0"), QStringLiteral("1.10.1"),
                                   QStringLiteral("2.0.0"), QStringLiteral("2.0.0"), QStringLiteral("2.0.0"),
                                   QStringLiteral("0.1.0")};

void TestVersions::resolve_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("expected"); // "x.y.z/build" or "!" + error part
    QTest::newRow("bare name = newest") << "hello" << "2.0.0/3";
    QTest::newRow("x.x.x") << "hello@x.x.x" << "2.0.0/3";
    QTest::newRow("1.x.x numeric not lexical") << "hello@1.x.x" << "1.10.1/1";
    QTest::newRow("1.10.x") << "hello@1.10.x" << "1.10.1/1";
    QTest::newRow("1.9.x") << "hello@1.9.x" << "1.9.0/1";
    QTest::newRow("exact newest build") << "hello@1.0.0" << "1.0.0/2";
    QTest::newRow("exact build") << "hello@1.0.0/1" << "1.0.0/1";
    QTest::newRow("kiln full") << "kiln:component/hello/2.0.0/2" << "2.0.0/2";
    QTest::newRow("kiln version") << "kiln:component/hello/2.0.0" << "2.0.0/3";
    QTest::newRow("0.x.x") << "hello@0.x.x" << "0.1.0/1";
    QTest::newRow("no match") << "hello@3.x.x" << "!no component matches hello@3.x.x";
    QTest::newRow("missing build") << "hello@1.0.0/9" << "!no component matches";
    QTest::newRow("unknown name") << "nope" << "!no component named 'nope'";
    QTest::newRow("bad wildcard") << "hello@x.1.x" << "!may only be followed by wildcards";
}

void TestVersions::resolve()
{
    if (!m_catalog.catalog) {
        QVERIFY(m_catalog.open());
        int n = 0;
        for (const QString &v : kVersions) {
            auto r = KilnTest::addComponent(*m_catalog.catalog, QStringLiteral("hello"), v,
                                            KilnTest::componentDocument(QStringLiteral("hello"), {},
                                                                        QStringLiteral("build %1").arg(++n)));
            QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        }
    }
    QFETCH(QString, ref);
    QFETCH(QString, expected);
    auto c = m_catalog->components().resolve(ref);
    if (expected.startsWith(u'!')) {
        QVERIFY(!c);
        QVERIFY2(c.error().message.contains(expected.mid(1)), qPrintable(c.error().message));
    } else {
        QVERIFY2(c, qPrintable(c ? QString() : c.error().message));
        QCOMPARE(QStringLiteral("%1/%2").arg(c->version.toString()).arg(c->build), expected);
        QVERIFY(!c->document.isEmpty());
    }
}

void TestVersions::resolveNotFoundListsVersions()
{
    auto c = m_catalog->components().resolve(QStringLiteral("hello@5.x.x"));
    QVERIFY(!c);
    // The message tells the user what does exist, newest first.
    QVERIFY2(c.error().message.contains(QStringLiteral("2.0.0/3, 2.0.0/2")), qPrintable(c.error().message));
    QCOMPARE(c.error().code, QStringLiteral("not-found"));
}

QTEST_GUILESS_MAIN(TestVersions)
#include "tst_versions.moc"
