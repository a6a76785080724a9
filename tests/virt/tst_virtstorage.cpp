// VirtStorage against libvirt's test:/// driver (tests/data/virt/testdriver.xml): the pool is
// created on first use, overlays are backed by a volume, tagged volumes are found, and what the
// test driver can't do (streams) fails with a clear error and leaves nothing behind. Uploads,
// downloads and capture with real bytes are covered by tst_virt_e2e.

#include "core/virt/awaitresult.h"
#include "core/virt/virtconnection.h"
#include "core/virt/virtstorage.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Kiln::Core;
using namespace Qt::StringLiterals;

namespace {
QString testUri()
{
    return u"test://"_s + QStringLiteral(KILN_TEST_DATA_DIR) + u"/virt/testdriver.xml"_s;
}

QStringList names(const QList<VolumeInfo> &volumes)
{
    QStringList out;
    for (const VolumeInfo &v : volumes)
        out.append(v.name);
    return out;
}
} // namespace

class TestVirtStorage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultPaths_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("path");
        QTest::newRow("system") << u"qemu:///system"_s << u"/var/lib/libvirt/images/kiln"_s;
        QTest::newRow("remote system") << u"qemu+ssh://host/system"_s << u"/var/lib/libvirt/images/kiln"_s;
        QTest::newRow("session") << u"qemu:///session"_s << u"/xdg-data/libvirt/images/kiln"_s;
        QTest::newRow("test") << u"test:///default"_s << u"/kiln-test-pool"_s;
    }
    void defaultPaths()
    {
        QFETCH(QString, uri);
        QFETCH(QString, path);
        qputenv("XDG_DATA_HOME", "/xdg-data");
        QCOMPARE(StoragePoolConfig::defaultPath(uri), path);
    }

    void existingPool()
    {
        VirtConnection conn(testUri());
        VirtStorage storage(&conn);
        Result<PoolInfo> pool = awaitResult(storage.ensurePool());
        QVERIFY2(pool, qPrintable(pool ? QString() : pool.error().message));
        QCOMPARE(pool->name, u"kiln"_s);
        QCOMPARE(pool->path, u"/var/lib/libvirt/images/kiln"_s); // the existing pool is used as is
    }

    void poolCreatedOnFirstUse_data()
    {
        QTest::addColumn<QString>("configured");
        QTest::addColumn<QString>("expected");
        QTest::newRow("default path") << QString() << u"/kiln-test-pool"_s;
        QTest::newRow("configured path") << u"/srv/kiln-images"_s << u"/srv/kiln-images"_s;
    }
    void poolCreatedOnFirstUse()
    {
        QFETCH(QString, configured);
        QFETCH(QString, expected);
        VirtConnection conn(testUri());
        VirtStorage storage(&conn, StoragePoolConfig{u"kiln-other"_s, configured});
        Result<PoolInfo> pool = awaitResult(storage.ensurePool());
        QVERIFY2(pool, qPrintable(pool ? QString() : pool.error().message));
        QCOMPARE(pool->name, u"kiln-other"_s);
        QCOMPARE(pool->path, expected);
        QVERIFY(awaitResult(storage.ensurePool())); // idempotent
        Result<QList<VolumeInfo>> none = awaitResult(storage.listVolumes());
        QVERIFY(none && none->isEmpty());
    }

    void listsVolumesAndTags()
    {
        VirtConnection conn(testUri());
        VirtStorage storage(&conn);
        Result<QList<VolumeInfo>> all = awaitResult(storage.listVolumes());
        QVERIFY2(all, qPrintable(all ? QString() : all.error().message));
        QCOMPARE(names(*all), (QStringList{u"base-0123456789abcdef.qcow2"_s, u"kiln-build-7-build-abc123.qcow2"_s,
                                           u"notes.txt"_s}));
        QCOMPARE(all->first().format, u"qcow2"_s);
        QCOMPARE(all->first().capacity, 2ull << 30);
        QCOMPARE(all->first().path, u"/var/lib/libvirt/images/kiln/base-0123456789abcdef.qcow2"_s);

        Result<QList<TaggedVolume>> tagged = awaitResult(storage.listTaggedVolumes());
        QVERIFY(tagged);
        QCOMPARE(tagged->size(), 1);
        QCOMPARE(tagged->first().volume.name, u"kiln-build-7-build-abc123.qcow2"_s);
        QCOMPARE(tagged->first().tag.buildId, u"7"_s);
        QCOMPARE(tagged->first().tag.stage, u"build"_s);
    }

    void overlayIsBackedByTheBase()
    {
        VirtConnection conn(testUri());
        VirtStorage storage(&conn);
        const QString name = ResourceName::make(u"12"_s, u"build"_s, u".qcow2"_s);
        Result<VolumeInfo> overlay = awaitResult(storage.createOverlay(name, u"base-0123456789abcdef.qcow2"_s));
        QVERIFY2(overlay, qPrintable(overlay ? QString() : overlay.error().message));
        QCOMPARE(overlay->name, name);
        QCOMPARE(overlay->format, u"qcow2"_s);
        QCOMPARE(overlay->capacity, 2ull << 30); // the base's size
        QCOMPARE(overlay->backingPath, u"/var/lib/libvirt/images/kiln/base-0123456789abcdef.qcow2"_s);
        QCOMPARE(overlay->backingFormat, u"qcow2"_s);

        Result<VolumeInfo> bigger = awaitResult(storage.createOverlay(name + u"-big"_s, u"base-0123456789abcdef.qcow2"_s, 8ull << 30));
        QVERIFY(bigger);
        QCOMPARE(bigger->capacity, 8ull << 30);

        Result<bool> deleted = awaitResult(storage.deleteVolume(name));
        QVERIFY(deleted && *deleted);
        Result<bool> again = awaitResult(storage.deleteVolume(name));
        QVERIFY(again && !*again);
        Result<VolumeInfo> gone = awaitResult(storage.volumeInfo(name));
        QVERIFY(!gone);
        QVERIFY(isNotFoundError(gone.error()));
    }

    void overlayOfMissingBaseFails()
    {
        VirtConnection conn(testUri());
        VirtStorage storage(&conn);
        Result<VolumeInfo> overlay = awaitResult(storage.createOverlay(u"x.qcow2"_s, u"base-ffffffffffffffff.qcow2"_s));
        QVERIFY(!overlay);
        QVERIFY2(overlay.error().message.startsWith(u"Cannot find volume base-ffffffffffffffff.qcow2: "_s),
                 qPrintable(overlay.error().message));
    }

    void unsupportedUploadLeavesNothing()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"image.img"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'k'));
        f.close();

        VirtConnection conn(testUri());
        VirtStorage storage(&conn);
        Result<BaseVolume> base = awaitResult(storage.ensureBaseImage(file));
        QVERIFY(!base);
        QVERIFY2(base.error().message.startsWith(u"Cannot start uploading "_s + file), qPrintable(base.error().message));
        Result<QList<VolumeInfo>> all = awaitResult(storage.listVolumes());
        QVERIFY(all);
        QCOMPARE(all->size(), 3); // the half-made volume was removed

        Result<BaseVolume> missing = awaitResult(storage.ensureBaseImage(dir.filePath(u"nope.qcow2"_s)));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(u"no such file"_s));
    }
};

QTEST_GUILESS_MAIN(TestVirtStorage)
#include "tst_virtstorage.moc"
