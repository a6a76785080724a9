// Image import: every supported disk format made with the real qemu-img, files that are not
// disks, identical re-imports, direct-kernel-boot files, in-place registration, checksums,
// progress, cancel, and downloads from a local HTTP server (complete, corrupt, cut short).
#include "testutil.h"

#include "core/catalog/imageimporter.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

#include <sys/stat.h>

using namespace Kiln::Core;

namespace {

// An independent implementation to check Kiln's hashes against.
QString sha256Of(const QString &path)
{
    QByteArray out;
    if (KilnTest::run(QStringLiteral("sha256sum"), {path}, &out) != 0)
        return {};
    return QString::fromLatin1(out.left(64));
}

QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

// A tiny HTTP/1.1 server for the URL imports: serves one file, or misbehaves on request.
class HttpServer : public QObject
{
public:
    enum class Mode { Ok, Truncated, NotFound };
    QByteArray body;
    Mode mode = Mode::Ok;
    int requests = 0;

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(m_server.serverPort()).arg(path));
    }
    HttpServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                auto *buffer = new QByteArray;
                connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                    *buffer += s->readAll();
                    if (!buffer->contains("\r\n\r\n"))
                        return;
                    ++requests;
                    if (mode == Mode::NotFound) {
                        s->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    } else {
                        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n"
                                 "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n");
                        s->write(mode == Mode::Truncated ? body.left(body.size() / 2) : body);
                    }
                    s->disconnectFromHost();
                    delete buffer;
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

private:
    QTcpServer m_server;
};

} // namespace

class TestImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void formats_data();
    void formats();
    void rawStaysSparse();
    void notImages_data();
    void notImages();
    void identicalImportReturnsExisting();
    void directKernelBoot();
    void inPlace();
    void expectedChecksumForFile();
    void progressAndFinished();
    void cancel();
    void url_data();
    void url();
    void urlRules();

private:
    Result<Stored<ImageRow>> import(const ImportRequest &r) { return ImageImporter::importBlocking(*m_c.catalog, r); }
    ImportRequest request(const QString &file, const QString &name = QStringLiteral("base"))
    {
        ImportRequest r;
        r.file = file;
        r.name = name;
        r.version = {1, 0, 0};
        return r;
    }
    KilnTest::TempCatalog m_c;
    std::unique_ptr<QTemporaryDir> m_files;
};

void TestImport::init()
{
    m_c.reset();
    QVERIFY(m_c.open());
    m_files = std::make_unique<QTemporaryDir>();
}

void TestImport::cleanup()
{
    m_c.reset();
    m_files.reset();
}

void TestImport::formats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("fileName"); // the extension is never trusted
    QTest::newRow("qcow2") << "qcow2" << "disk.qcow2";
    QTest::newRow("raw") << "raw" << "disk.img";
    QTest::newRow("vmdk") << "vmdk" << "disk.vmdk";
    QTest::newRow("vhdx") << "vhdx" << "disk.vhdx";
    QTest::newRow("qcow2 named .raw") << "qcow2" << "misleading.raw";
    QTest::newRow("vmdk without extension") << "vmdk" << "disk";
}

void TestImport::formats()
{
    QFETCH(QString, format);
    QFETCH(QString, fileName);
    const QString file = m_files->filePath(fileName);
    QVERIFY(KilnTest::qemuImgCreate(format, file, QStringLiteral("16M")));
    if (format == QLatin1String("raw")) { // a raw disk with an MBR-like first sector
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(510);
        f.write("\x55\xaa", 2);
    }
    const QString sha = sha256Of(file);
    auto r = import(request(file));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    QVERIFY(r->isNew);
    const ImageRow &i = r->row;
    QCOMPARE(i.format, format);
    QCOMPARE(i.status, ImageStatus::Available);
    QCOMPARE(i.virtualSize, qint64(16 * 1024 * 1024));
    QCOMPARE(i.sha256, sha);
    QVERIFY(i.ownsDisk);
    QVERIFY2(i.diskPath.startsWith(m_c.path() + QStringLiteral("/disks/")), qPrintable(i.diskPath));
    QVERIFY(i.diskPath.endsWith(u'.' + format));
    QCOMPARE(sha256Of(i.diskPath), sha); // the copy is the same bytes
    QVERIFY(QFile::exists(file));         // the original is left alone
    QCOMPARE(filesUnder(m_c.path() + QStringLiteral("/disks")).size(), 1);
}

void TestImport::rawStaysSparse()
{
    const QString file = m_files->filePath(QStringLiteral("big.raw"));
    QVERIFY(KilnTest::qemuImgCreate(QStringLiteral("raw"), file, QStringLiteral("1G")));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.write(QByteArray(4096, 'k') + QByteArray(4096, '\0'));
    }
    auto r = import(request(file));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(r->row.diskPath).constData(), &st), 0);
    QCOMPARE(qint64(st.st_size), qint64(1) << 30);
    QVERIFY2(qint64(st.st_blocks) * 512 < 16 * 1024 * 1024, "the 1 GiB sparse disk stays sparse when copied");
    QCOMPARE(r->row.sha256, sha256Of(file));
}

void TestImport::notImages_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("text file") << "text" << "not-a-disk" << "looks like a text file";
    QTest::newRow("text, odd size") << "text-odd" << "not-a-disk" << "not a whole number of 512-byte sectors";
    QTest::newRow("empty file") << "empty" << "not-a-disk" << "empty";
    QTest::newRow("gzip-compressed disk") << "gzip" << "not-a-disk" << "gzip-compressed";
    QTest::newRow("program") << "elf" << "not-a-disk" << "ELF";
    QTest::newRow("qcow2 overlay") << "overlay" << "has-backing-file" << "backing file";
    QTest::newRow("vpc disk") << "vpc" << "unsupported-format" << "Kiln imports qcow2, raw, vmdk and vhdx";
    QTest::newRow("missing file") << "missing" << "not-found" << "does not exist";
    QTest::newRow("directory") << "directory" << "not-a-disk" << "not a regular file";
    QTest::newRow("damaged qcow2") << "damaged" << "not-a-disk" << "qemu-img says";
}

void TestImport::notImages()
{
    QFETCH(QString, kind);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QString file = m_files->filePath(QStringLiteral("input.img"));
    auto write = [&](const QByteArray &data) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    };
    if (kind == QLatin1String("text"))
        write(QByteArray("This is a README, not a disk image.\n").repeated(2048).left(65536));
    else if (kind == QLatin1String("text-odd"))
        write("hello\n");
    else if (kind == QLatin1String("empty"))
        write({});
    else if (kind == QLatin1String("gzip")) {
        const QString disk = m_files->filePath(QStringLiteral("d.qcow2"));
        QVERIFY(KilnTest::qemuImgCreate(QStringLiteral("qcow2"), disk));
        QByteArray gz;
        QCOMPARE(KilnTest::run(QStringLiteral("gzip"), {QStringLiteral("-c"), disk}, &gz), 0);
        file = m_files->filePath(QStringLiteral("d.qcow2.gz"));
        write(gz);
    } else if (kind == QLatin1String("elf")) {
        QVERIFY(QFile::copy(QStringLiteral("/bin/true"), file + QStringLiteral(".bin")));
        file += QStringLiteral(".bin");
    } else if (kind == QLatin1String("overlay")) {
        const QString base = m_files->filePath(QStringLiteral("base.qcow2"));
        QVERIFY(KilnTest::qemuImgCreate(QStringLiteral("qcow2"), base));
        file = m_files->filePath(QStringLiteral("overlay.qcow2"));
        QCOMPARE(KilnTest::run(QStringLiteral("qemu-img"), {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                                                            QStringLiteral("qcow2"), QStringLiteral("-F"), QStringLiteral("qcow2"),
                                                            QStringLiteral("-b"), base, file}),
                 0);
    } else if (kind == QLatin1String("vpc")) {
        QVERIFY(KilnTest::qemuImgCreate(QStringLiteral("vpc"), file));
    } else if (kind == QLatin1String("missing")) {
        file = m_files->filePath(QStringLiteral("nope.qcow2"));
    } else if (kind == QLatin1String("directory")) {
        file = m_files->path();
    } else if (kind == QLatin1String("damaged")) {
        QVERIFY(KilnTest::qemuImgCreate(QStringLiteral("qcow2"), file));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(8); // qcow2 version field
        f.write(QByteArray("\x00\x00\x00\x09", 4));
    }
    auto r = import(request(file));
    QVERIFY(!r);
    QCOMPARE(r.error().code, code);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(file), "the message names the file");
    QVERIFY(m_c->images().list()->isEmpty());
    QCOMPARE(filesUnder(m_c.path() + QStringLiteral("/disks")), QStringList{}); // nothing left behind
}

void TestImport::identicalImportReturnsExisting()
{
    const QString file = m_files->filePath(QStringLiteral("a.qcow2"));
    QVERIFY(KilnTest::qemuImgCreate(QStringLiteral("qcow2"), file));
    auto a = import(request(file));
    QVERIFY(a && a->isNew);
    auto b = import(request(file));
    QVERIFY(b && !b->isNew);
    QCOMPARE(b->row.id, a->row.id);
    QCOMPARE(filesUnder(m_c.path() + QStringLiteral("/disks")).size(), 1); // the duplicate copy is gone
    // Different content under the same version: build 2.
    QVERIFY(KilnTest::qemuImgCreate(QStringLiteral("qcow2"), file, QStringLiteral("32M")));
    auto c = import(request(file));
    QVERIFY(c && c->isNew);
    QCOMPARE(c->row.build, 2);
    QCOMPARE(m_c->images().resolve(QStringLiteral("base"))->id, c->row.id);
}

void TestImport::directKernelBoot()
{
    const QString disk = m_files->filePath(QStringLiteral("root.qcow2"));
    QVERIFY(KilnTest::qemuImgCreate(QStringLiteral("qcow2"), disk));
    const QString kernel = m_files->filePath(QStringLiteral("vmlinuz"));
    const QString initrd = m_files->filePath(QStringLiteral("initrd.img"));
    {
        QByteArray k(8192, '\x01');
        k.replace(0x202, 4, "HdrS");
        QFile f(kernel);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(k);
        QFile i(initrd);
        QVERIFY(i.open(QIODevice::WriteOnly));
        i.write("070701 fake cpio");
    }
    ImportRequest r = request(disk, QStringLiteral("tinyos"));
    r.kernel = kernel;
    r.initrd = initrd;
    r.cmdline = QStringLiteral("console=ttyS0 root=/dev/vda");
    auto a = import(r);
    QVERIFY2(a, qPrintable(a ? QString() : a.error().message));
    QVERIFY(a->row.kernelPath.startsWith(m_c.path() + QStringLiteral("/disks/")));
    QVERIFY(a->row.initrdPath.startsWith(m_c.path() + QStringLiteral("/disks/")));
    QCOMPARE(sha256Of(a->row.kernelPath), sha256Of(kernel));
    QCOMPARE(a->row.kernelCmdline, r.cmdline);
    // Another command line is other content: build 2.
    r.cmdline = QStringLiteral("console=ttyS0 quiet");
    auto b = import(r);
    QVERIFY(b && b->isNew);
    QCOMPARE(b->row.build, 2);
    // Deleting removes the kernel and initrd copies too.
    QVERIFY(m_c->images().remove(a->row.id).result());
    QVERIFY(!QFile::exists(a->row.kernelPath));
    QVERIFY(!QFile::exists(a->row.diskPath));

    ImportRequest bad = request(disk, QStringLiteral("tinyos"));
    bad.kernel = initrd;
    bad.initrd = initrd;
    auto e = import(bad);
    QVERIFY(!e);
    QVERIFY2(e.error().message.contains(QStringLiteral("not a Linux kernel")), qPrintable(e.error().message));
    bad.kernel = kernel;
    bad.initrd.clear();
    e = import(bad);
    QVERIFY(!e);
    QVERIFY2(e.error().message.contains(QStringLiteral("both a kernel and an initrd")), qPrintable(e.error().message));
}

void TestImport::inPlace()
{
    const QString file = m_files->filePath(QStringLiteral("keep.qcow2"));
    QVERIFY(KilnTest::qemuImgCreate(QStringLiteral("qcow2"), file));
    ImportRequest r = request(file);
    r.inPlace = true;
    auto a = import(r);
    QVERIFY2(a, qPrintable(a ? QString() : a.error().message));
    QCOMPARE(a->row.diskPath, file);
    QVERIFY(!a->row.ownsDisk);
    QCOMPARE(filesUnder(m_c.path() + QStringLiteral("/disks")), QStringList{});
    QVERIFY(m_c->images().remove(a->row.id).result());
    QVERIFY(QFile::exists(file));
}

void TestImport::expectedChecksumForFile()
{
    const QString file = m_files->filePath(QStringLiteral("c.qcow2"));
    QVERIFY(KilnTest::qemuImgCreate(QStringLiteral("qcow2"), file));
    ImportRequest r = request(file);
    r.expectedSha256 = QString(64, u'0');
    auto a = import(r);
    QVERIFY(!a);
    QCOMPARE(a.error().code, QStringLiteral("checksum-mismatch"));
    QCOMPARE(filesUnder(m_c.path() + QStringLiteral("/disks")), QStringList{});
    r.expectedSha256 = sha256Of(file).toUpper();
    QVERIFY(import(r));
    r.expectedSha256 = QStringLiteral("abc");
    auto b = import(r);
    QVERIFY(!b);
    QVERIFY(b.error().message.contains(QStringLiteral("64 hexadecimal")));
}

void TestImport::progressAndFinished()
{
    const QString file = m_files->filePath(QStringLiteral("p.raw"));
    QVERIFY(KilnTest::qemuImgCreate(QStringLiteral("raw"), file, QStringLiteral("64M")));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.write(QByteArray(512, '\x01'));
    }
    ImageImporter importer(*m_c.catalog);
    QSignalSpy progress(&importer, &ImageImporter::progress);
    QList<Result<Stored<ImageRow>>> finished;
    connect(&importer, &ImageImporter::finished, this, [&](const Result<Stored<ImageRow>> &r) { finished.append(r); });
    importer.start(request(file));
    QVERIFY(importer.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(!importer.isRunning());
    QVERIFY(progress.size() >= 3);
    QList<ImageImporter::Stage> stages;
    for (const auto &args : progress)
        stages << args.at(0).value<ImageImporter::Stage>();
    QVERIFY(stages.contains(ImageImporter::Stage::Inspecting));
    QVERIFY(stages.contains(ImageImporter::Stage::Copying));
    QCOMPARE(stages.last(), ImageImporter::Stage::Registering);
    const auto &result = finished.first();
    QVERIFY(result);
    QCOMPARE(result->row.format, QStringLiteral("raw"));
}

void TestImport::cancel()
{
    const QString file = m_files->filePath(QStringLiteral("huge.raw"));
    QVERIFY(KilnTest::qemuImgCreate(QStringLiteral("raw"), file, QStringLiteral("64G")));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.write(QByteArray(512, '\x01'));
    }
    ImageImporter importer(*m_c.catalog);
    std::optional<Result<Stored<ImageRow>>> result;
    connect(&importer, &ImageImporter::finished, this, [&](const Result<Stored<ImageRow>> &r) { result.emplace(r); });
    connect(&importer, &ImageImporter::progress, this, [&](ImageImporter::Stage stage, qint64 done, qint64) {
        if (stage == ImageImporter::Stage::Copying && done > 0)
            importer.cancel();
    });
    importer.start(request(file));
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
    QVERIFY(!*result);
    QCOMPARE(result->error().code, QStringLiteral("cancelled"));
    QVERIFY(m_c->images().list()->isEmpty());
    QCOMPARE(filesUnder(m_c.path() + QStringLiteral("/disks")), QStringList{});
}

void TestImport::url_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("rightChecksum");
    QTest::addColumn<QString>("error"); // "" = success
    QTest::newRow("complete") << int(HttpServer::Mode::Ok) << true << "";
    QTest::newRow("wrong checksum") << int(HttpServer::Mode::Ok) << false << "not the expected";
    QTest::newRow("cut short") << int(HttpServer::Mode::Truncated) << true << "failed"; // Qt's error or our length check
    QTest::newRow("not found") << int(HttpServer::Mode::NotFound) << true << "failed";
}

void TestImport::url()
{
    QFETCH(int, mode);
    QFETCH(bool, rightChecksum);
    QFETCH(QString, error);
    const QString disk = m_files->filePath(QStringLiteral("served.qcow2"));
    QVERIFY(KilnTest::qemuImgCreate(QStringLiteral("qcow2"), disk, QStringLiteral("1G")));
    QCOMPARE(KilnTest::run(QStringLiteral("qemu-img"), {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                                                        QStringLiteral("qcow2"), disk, QStringLiteral("64M")}),
             0);
    HttpServer server;
    QFile f(disk);
    QVERIFY(f.open(QIODevice::ReadOnly));
    server.body = f.readAll() + QByteArray(3 * 1024 * 1024, '\0'); // make it take more than one read
    server.mode = HttpServer::Mode(mode);
    QVERIFY(server.listen());
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(server.body, QCryptographicHash::Sha256).toHex());
    ImportRequest r;
    r.url = server.url(QStringLiteral("images/served.qcow2"));
    r.expectedSha256 = rightChecksum ? sha : QString(64, u'e');
    r.name = QStringLiteral("downloaded");
    r.version = {2, 0, 0};
    auto result = import(r);
    QVERIFY(server.requests >= 1); // Qt retries once when a server drops the connection
    if (error.isEmpty()) {
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->row.sha256, sha);
        QCOMPARE(result->row.sourceUrl, r.url.toString());
        QCOMPARE(result->row.format, QStringLiteral("qcow2"));
        QCOMPARE(filesUnder(m_c.path() + QStringLiteral("/disks")).size(), 1);
    } else {
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(error), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(QStringLiteral("nothing was registered")), qPrintable(result.error().message));
        QVERIFY(m_c->images().list()->isEmpty());
        QCOMPARE(filesUnder(m_c.path() + QStringLiteral("/disks")), QStringList{}); // no .part left
    }
}

void TestImport::urlRules()
{
    ImportRequest r;
    r.name = QStringLiteral("x");
    r.version = {1, 0, 0};
    r.url = QUrl(QStringLiteral("http://example.com/disk.qcow2"));
    r.expectedSha256 = QString(64, u'a');
    auto a = import(r);
    QVERIFY(!a);
    QVERIFY2(a.error().message.contains(QStringLiteral("only https://")), qPrintable(a.error().message));
    r.url = QUrl(QStringLiteral("ftp://127.0.0.1/disk.qcow2"));
    QVERIFY(!import(r));
    r.url = QUrl(QStringLiteral("https://127.0.0.1:1/disk.qcow2"));
    r.expectedSha256.clear();
    auto b = import(r);
    QVERIFY(!b);
    QVERIFY2(b.error().message.contains(QStringLiteral("sha256")), qPrintable(b.error().message));
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
