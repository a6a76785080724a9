// Keyset ("seek") paging of the versioned lists: walking a prepared catalog page by page with
// VersionCursor returns every row exactly once, in the list's order, whatever the page size and
// wherever the page boundaries fall (inside a name, inside one version's builds, at a prefix's
// end); a row added before the cursor between two pages neither repeats nor hides a row.
#include "testutil.h"

#include <QSet>

#include <algorithm>

using namespace Kiln::Core;

class TestPaging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_c.reset(); }
    void imagePages_data();
    void imagePages();
    void newestFirstAndStatusPages_data();
    void newestFirstAndStatusPages();
    void componentNamePages();
    void componentVersionPages();
    void pageAfterAnInsertBeforeTheCursor();
    void offsetAndCursorTogetherIsAnError();
    void buildPagesBeforeAnId();

private:
    ImageRow addImage(const QString &name, const QString &version, int content);
    KilnTest::TempCatalog m_c;
    int m_images = 0; // not DELETED
};

static QString key(const ImageRow &r) { return r.reference(); }

// Name ascending, then newest first: what NameThenNewest promises, computed here independently.
static bool nameThenNewest(const ImageRow &a, const ImageRow &b)
{
    if (a.name != b.name)
        return a.name < b.name;
    if (a.version != b.version)
        return a.version > b.version;
    return a.build > b.build;
}

ImageRow TestPaging::addImage(const QString &name, const QString &version, int content)
{
    NewImportedImage i;
    i.name = name;
    i.version = *SemVer::parse(version);
    i.diskPath = m_c.path() + QStringLiteral("/%1-%2-%3.qcow2").arg(name, version).arg(content);
    i.ownsDisk = false;
    i.format = QStringLiteral("qcow2");
    i.virtualSize = 1 << 26;
    i.actualSize = 1 << 20;
    // Another content under the same name and version is that version's next build.
    i.sha256 = QString::fromLatin1(QByteArray::number(qHash(name) ^ content, 16)).rightJustified(64, u'0');
    auto r = m_c->images().registerImport(i).result();
    if (!r)
        qFatal("addImage: %s", qPrintable(r.error().message));
    return r->row;
}

void TestPaging::initTestCase()
{
    QVERIFY(m_c.open());
    // Names that are prefixes of each other, so prefix ranges and "names after" meet.
    int content = 0;
    const QStringList names{QStringLiteral("a"), QStringLiteral("ab"), QStringLiteral("abc"), QStringLiteral("b"),
                            QStringLiteral("b-1"), QStringLiteral("big")};
    QList<ImageRow> rows;
    for (const QString &name : names) {
        const int versions = name == QLatin1String("big") ? 23 : 3;
        for (int v = 0; v < versions; ++v) {
            // 1.9.0 and 1.10.0 (numeric order); ties in version: up to three builds each.
            const QString version = QStringLiteral("1.%1.%2").arg(v / 3 + 8).arg(v % 3);
            const int builds = 1 + (v % 3);
            for (int b = 0; b < builds; ++b)
                rows << addImage(name, version, ++content);
        }
    }
    QCOMPARE(std::max_element(rows.cbegin(), rows.cend(), [](const ImageRow &a, const ImageRow &b) { return a.build < b.build; })->build, 3);
    // Some other statuses, and a deleted row that lists skip unless asked for.
    for (int i = 0; i < rows.size(); i += 5)
        QVERIFY(m_c->images().deprecate(rows.at(i).id, QStringLiteral("old")).result());
    for (int i = 2; i < rows.size(); i += 7)
        QVERIFY(m_c->images().disable(rows.at(i).id, QStringLiteral("broken")).result());
    m_images = int(rows.size());
}

void TestPaging::imagePages_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("statusNames"); // empty: all but DELETED
    for (int size : {1, 2, 3, 7, 50, 1000}) {
        QTest::addRow("all, pages of %d", size) << size << QString() << QString() << QStringList{};
        QTest::addRow("prefix 'a', pages of %d", size) << size << QStringLiteral("a") << QString() << QStringList{};
        QTest::addRow("prefix 'b', available, pages of %d", size)
            << size << QStringLiteral("b") << QString() << QStringList{QStringLiteral("AVAILABLE")};
        QTest::addRow("name 'big', pages of %d", size) << size << QString() << QStringLiteral("big") << QStringList{};
        QTest::addRow("deprecated or disabled, pages of %d", size)
            << size << QString() << QString() << QStringList{QStringLiteral("DEPRECATED"), QStringLiteral("DISABLED")};
    }
}

void TestPaging::imagePages()
{
    QFETCH(int, pageSize);
    QFETCH(QString, prefix);
    QFETCH(QString, name);
    QFETCH(QStringList, statusNames);
    QList<ImageStatus> statuses;
    for (const QString &s : statusNames)
        statuses << *parseImageStatus(s);
    ImageFilter f;
    f.namePrefix = prefix;
    f.name = name;
    f.statuses = statuses;

    // The whole list in one query, checked against the promised order.
    auto all = m_c->images().list(f);
    QVERIFY2(all, qPrintable(all ? QString() : all.error().message));
    QVERIFY(!all->isEmpty());
    QList<ImageRow> sorted = *all;
    std::stable_sort(sorted.begin(), sorted.end(), nameThenNewest);
    QStringList expected;
    for (const ImageRow &r : sorted) {
        expected << key(r);
        QVERIFY(r.name.startsWith(prefix));
        QVERIFY(name.isEmpty() || r.name == name);
        QVERIFY(statuses.isEmpty() ? r.status != ImageStatus::Deleted : statuses.contains(r.status));
    }
    QStringList listed;
    for (const ImageRow &r : *all)
        listed << key(r);
    QCOMPARE(listed, expected);
    QCOMPARE(m_c->images().count(f).value_or(-1), int(expected.size()));

    // Page by page, each page after the last row of the one before.
    QStringList paged;
    QSet<qint64> ids;
    int pages = 0;
    f.limit = pageSize;
    for (;;) {
        auto page = m_c->images().list(f);
        QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
        QVERIFY(page->size() <= pageSize);
        for (const ImageRow &r : *page) {
            QVERIFY2(!ids.contains(r.id), qPrintable(QStringLiteral("%1 twice (page %2)").arg(key(r)).arg(pages)));
            ids.insert(r.id);
            paged << key(r);
        }
        ++pages;
        if (page->size() < pageSize)
            break;
        f.after = VersionCursor::after(page->constLast());
        QVERIFY(pages <= m_images + 1);
    }
    QCOMPARE(paged, expected); // complete, in order, none missing at a page boundary
    QCOMPARE(pages, int(expected.size()) / pageSize + 1);
}

void TestPaging::newestFirstAndStatusPages_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<int>("pageSize");
    for (int size : {1, 4, 9, 1000}) {
        QTest::addRow("newest first, pages of %d", size) << int(ImageFilter::Sort::NewestFirst) << size;
        QTest::addRow("by status, pages of %d", size) << int(ImageFilter::Sort::Status) << size;
    }
}

void TestPaging::newestFirstAndStatusPages()
{
    QFETCH(int, sort);
    QFETCH(int, pageSize);
    ImageFilter f;
    f.sort = ImageFilter::Sort(sort);
    auto all = m_c->images().list(f);
    QVERIFY(all);
    QCOMPARE(int(all->size()), m_images);
    for (qsizetype i = 1; i < all->size(); ++i) {
        const ImageRow &a = all->at(i - 1);
        const ImageRow &b = all->at(i);
        if (f.sort == ImageFilter::Sort::NewestFirst)
            QVERIFY(a.id > b.id);
        else
            QVERIFY(imageStatusName(a.status) < imageStatusName(b.status)
                    || (a.status == b.status && nameThenNewest(a, b)));
    }
    QList<qint64> paged;
    f.limit = pageSize;
    for (int guard = 0; guard <= m_images; ++guard) {
        auto page = m_c->images().list(f);
        QVERIFY(page);
        for (const ImageRow &r : *page)
            paged << r.id;
        if (page->size() < pageSize)
            break;
        f.after = VersionCursor::after(page->constLast());
    }
    QList<qint64> listed;
    for (const ImageRow &r : *all)
        listed << r.id;
    QCOMPARE(paged, listed);
}

void TestPaging::componentNamePages()
{
    // Names pages (newest per name), as the Components view loads its top level.
    QStringList names;
    for (int n = 0; n < 12; ++n) {
        const QString name = QStringLiteral("comp-%1").arg(n, 2, 10, QChar(u'0'));
        names << name;
        for (const char *v : {"1.0.0", "1.2.0", "1.10.0"})
            QVERIFY(KilnTest::addComponent(*m_c.catalog, name, QString::fromLatin1(v)));
    }
    for (int size : {1, 5, 12, 13}) {
        ComponentFilter f;
        f.newestOnly = true;
        f.limit = size;
        QStringList seen;
        for (int guard = 0; guard < 20; ++guard) {
            auto page = m_c->components().list(f);
            QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
            for (const ComponentRow &c : *page) {
                seen << c.name;
                QCOMPARE(c.version.toString(), QStringLiteral("1.10.0"));
            }
            if (page->size() < size)
                break;
            f.after = VersionCursor::namesAfter(page->constLast().name);
        }
        QCOMPARE(seen, names);
    }
}

void TestPaging::componentVersionPages()
{
    QStringList expected;
    for (int minor = 12; minor >= 0; --minor) {
        const QString v = QStringLiteral("2.%1.0").arg(minor);
        QVERIFY(KilnTest::addComponent(*m_c.catalog, QStringLiteral("paged"), v));
        expected << v; // newest first: 2.12.0 … 2.0.0
    }
    ComponentFilter f;
    f.name = QStringLiteral("paged");
    f.limit = 4;
    QStringList seen;
    for (int guard = 0; guard < 10; ++guard) {
        auto page = m_c->components().list(f);
        QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
        for (const ComponentRow &c : *page)
            seen << c.version.toString();
        if (page->size() < f.limit)
            break;
        f.after = VersionCursor::after(page->constLast());
    }
    QCOMPARE(seen, expected);
}

void TestPaging::pageAfterAnInsertBeforeTheCursor()
{
    ImageFilter f;
    f.name = QStringLiteral("big");
    f.limit = 10;
    auto first = m_c->images().list(f);
    QVERIFY(first && first->size() == 10);
    // A newer version arrives while the user looks at page one: it sorts before the cursor.
    addImage(QStringLiteral("big"), QStringLiteral("9.0.0"), 100000);
    ++m_images;
    f.after = VersionCursor::after(first->constLast());
    auto second = m_c->images().list(f);
    QVERIFY(second && !second->isEmpty());
    f.after.reset();
    f.limit = 21;
    auto fresh = m_c->images().list(f); // the new row first, then the 20 shown before
    QVERIFY(fresh);
    QCOMPARE(fresh->constFirst().version.toString(), QStringLiteral("9.0.0"));
    QCOMPARE(key(second->constFirst()), key(fresh->at(11))); // no repeat, nothing skipped
}

void TestPaging::offsetAndCursorTogetherIsAnError()
{
    ImageFilter f;
    f.offset = 3;
    f.after = VersionCursor::namesAfter(QStringLiteral("a"));
    auto r = m_c->images().list(f);
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("bad-filter"));
}

void TestPaging::buildPagesBeforeAnId()
{
    QList<qint64> created;
    for (int i = 0; i < 23; ++i) {
        NewBuild nb;
        nb.pipelineName = i % 2 ? QStringLiteral("odd") : QStringLiteral("even");
        auto b = m_c->builds().create(nb).result();
        QVERIFY(b);
        created.prepend(b->id); // newest first
    }
    for (int size : {1, 5, 23, 24}) {
        BuildFilter f;
        f.limit = size;
        QList<qint64> seen;
        for (int guard = 0; guard < 30; ++guard) {
            auto page = m_c->builds().list(f);
            QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
            for (const BuildRow &b : *page)
                seen << b.id;
            if (page->size() < size)
                break;
            f.beforeId = page->constLast().id;
        }
        QCOMPARE(seen, created);
    }
    // With a filter: the pages hold only its builds.
    BuildFilter odd;
    odd.pipelineName = QStringLiteral("odd");
    odd.limit = 4;
    odd.beforeId = created.at(2);
    auto page = m_c->builds().list(odd);
    QVERIFY(page);
    QCOMPARE(page->size(), 4);
    for (const BuildRow &b : *page) {
        QCOMPARE(b.pipelineName, QStringLiteral("odd"));
        QVERIFY(b.id < created.at(2));
    }
    // A refresh of the rows shown: that build and every newer one.
    BuildFilter from;
    from.fromId = created.at(5);
    auto shown = m_c->builds().list(from);
    QVERIFY(shown);
    QList<qint64> ids;
    for (const BuildRow &b : *shown)
        ids << b.id;
    QCOMPARE(ids, created.mid(0, 6));
}

QTEST_GUILESS_MAIN(TestPaging)
#include "tst_paging.moc"
