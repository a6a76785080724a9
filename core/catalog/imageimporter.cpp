#include "imageimporter.h"

#include "catalog.h"
#include "catalogcontext.h"
#include "diskinspector.h"
#include "queries.h"
#include "sha256.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QElapsedTimer>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>

#include <unistd.h>

namespace Kiln::Core {

using namespace Internal;

namespace {

constexpr qint64 kChunk = 1 << 20;

// Reports progress at most every 100 ms, on the importer's thread.
class Progress
{
public:
    explicit Progress(std::function<void(ImageImporter::Stage, qint64, qint64)> emitFn) : m_emit(std::move(emitFn))
    {
        m_timer.start();
    }
    void report(ImageImporter::Stage stage, qint64 done, qint64 total, bool force = false)
    {
        if (!force && m_timer.elapsed() < 100)
            return;
        m_timer.restart();
        m_emit(stage, done, total);
    }

private:
    std::function<void(ImageImporter::Stage, qint64, qint64)> m_emit;
    QElapsedTimer m_timer;
};

QString uniqueSuffix() { return QString::number(QRandomGenerator::global()->generate64() & 0xffffffffffffULL, 16); }

struct Copied {
    QString path;
    QString sha256;
};

// Copies src to dst while hashing it, in one pass; all-zero chunks become holes so that sparse
// raw disks stay sparse. dst is flushed to disk before returning.
Result<Copied> copyAndHash(const QString &src, const QString &dst, bool copy, const std::atomic_bool &cancel,
                           const std::function<void(qint64, qint64)> &progress)
{
    QFile in(src);
    if (!in.open(QIODevice::ReadOnly))
        return fail(Tr::tr("cannot read %1: %2").arg(src, in.errorString()), QStringLiteral("io"));
    QFile out(dst);
    if (copy && !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(Tr::tr("cannot create %1: %2").arg(dst, out.errorString()), QStringLiteral("io"));
    auto abandon = [&](const Error &e) -> Result<Copied> {
        if (copy) {
            out.close();
            QFile::remove(dst);
        }
        return fail(e);
    };
    const qint64 total = in.size();
    Sha256 hash;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    static const QByteArray zeros(kChunk, '\0');
    qint64 done = 0;
    while (done < total) {
        if (cancel.load())
            return abandon({Tr::tr("the import was cancelled"), QStringLiteral("cancelled")});
        const qint64 n = in.read(buffer.data(), kChunk);
        if (n < 0)
            return abandon({Tr::tr("reading %1 failed: %2").arg(src, in.errorString()), QStringLiteral("io")});
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        if (copy) {
            const bool zero = memcmp(buffer.constData(), zeros.constData(), size_t(n)) == 0;
            if (zero) {
                if (!out.seek(done + n))
                    return abandon({Tr::tr("writing %1 failed: %2").arg(dst, out.errorString()), QStringLiteral("io")});
            } else if (out.write(buffer.constData(), n) != n) {
                return abandon({Tr::tr("writing %1 failed: %2. Is the disk full? Free space, or import with --in-place to "
                                       "register the file where it is.").arg(dst, out.errorString()),
                                QStringLiteral("io")});
            }
        }
        done += n;
        progress(done, total);
    }
    if (copy) {
        if (!out.resize(total) || !out.flush() || ::fsync(out.handle()) != 0)
            return abandon({Tr::tr("writing %1 failed: %2. Is the disk full?").arg(dst, out.errorString()), QStringLiteral("io")});
        out.close();
    }
    return Copied{copy ? dst : src, hash.hexDigest()};
}

bool urlAllowed(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https"))
        return true;
    // Plain http only for a test server on this machine: a disk image is code you will run.
    const QString host = url.host();
    return url.scheme() == QLatin1String("http")
           && (host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") || host == QLatin1String("::1"));
}

// Downloads url to `part` (hashing as it goes) with a local event loop; runs on the import thread.
Result<QString> download(const QUrl &url, const QString &part, const std::atomic_bool &cancel,
                         const std::function<void(qint64, qint64)> &progress)
{
    QFile file(part);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(Tr::tr("cannot create %1: %2").arg(part, file.errorString()), QStringLiteral("io"));
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(60000); // no data for a minute: give up
    QNetworkReply *reply = manager.get(request);
    Sha256 hash;
    QString writeError;
    qint64 received = 0;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        const QByteArray data = reply->readAll();
        received += data.size();
        hash.addData(data);
        if (file.write(data) != data.size() && writeError.isEmpty()) {
            writeError = file.errorString();
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64 total) {
        progress(received, total);
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (cancel.load())
            reply->abort();
    });
    cancelPoll.start(100);
    loop.exec();
    const QByteArray rest = reply->readAll();
    received += rest.size();
    hash.addData(rest);
    file.write(rest);
    const bool flushed = file.flush() && ::fsync(file.handle()) == 0;
    file.close();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    const qint64 expectedLength = length.isValid() ? length.toLongLong() : -1;
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString();
    reply->deleteLater();
    auto discard = [&](Error e) -> Result<QString> {
        QFile::remove(part);
        return fail(std::move(e));
    };
    if (cancel.load())
        return discard({Tr::tr("the download was cancelled; nothing was registered"), QStringLiteral("cancelled")});
    if (!writeError.isEmpty() || !flushed)
        return discard({Tr::tr("writing the download to %1 failed: %2. Is the disk full?").arg(part, writeError), QStringLiteral("io")});
    if (error != QNetworkReply::NoError)
        return discard({Tr::tr("downloading %1 failed: %2; nothing was registered").arg(url.toDisplayString(), errorText),
                        QStringLiteral("network")});
    if (status != 0 && (status < 200 || status >= 300))
        return discard({Tr::tr("downloading %1 failed: HTTP status %2").arg(url.toDisplayString()).arg(status), QStringLiteral("network")});
    // A connection closed early is not always reported as an error: compare with the announced size.
    if (expectedLength >= 0 && received != expectedLength)
        return discard({Tr::tr("downloading %1 failed: the server sent %2 of %3 bytes; nothing was registered")
                            .arg(url.toDisplayString())
                            .arg(received)
                            .arg(expectedLength),
                        QStringLiteral("network")});
    return hash.hexDigest();
}

} // namespace

// The import itself, on the "kiln-import" thread.
static Result<Stored<ImageRow>> runImport(const ImportRequest &request, const Home &home,
                                          const std::shared_ptr<CatalogContext> &context,
                                          const std::atomic_bool &cancel, Progress &progress)
{
    if (auto r = validateName(request.name, Tr::tr("image name")); !r)
        return fail(r.error());
    const bool fromUrl = !request.url.isEmpty();
    if (fromUrl == !request.file.isEmpty())
        return fail(Tr::tr("give either a disk file or a URL to import"), QStringLiteral("invalid"));
    const QString expected = request.expectedSha256.trimmed().toLower();
    if (!expected.isEmpty()) {
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (!hex.match(expected).hasMatch())
            return fail(Tr::tr("--sha256 must be 64 hexadecimal digits, not '%1'").arg(request.expectedSha256),
                        QStringLiteral("invalid"));
    }
    if (fromUrl) {
        if (!request.url.isValid() || !urlAllowed(request.url))
            return fail(Tr::tr("%1: only https:// URLs can be imported (http:// only from this machine, for tests), because "
                               "a disk image is code you will run").arg(request.url.toDisplayString()),
                        QStringLiteral("invalid"));
        if (expected.isEmpty())
            return fail(Tr::tr("importing from a URL needs the image's sha256 (--sha256) to check the download"),
                        QStringLiteral("invalid"));
        if (request.inPlace)
            return fail(Tr::tr("--in-place applies to local files, not URLs"), QStringLiteral("invalid"));
    }
    if (request.kernel.isEmpty() != request.initrd.isEmpty())
        return fail(Tr::tr("direct kernel boot needs both a kernel and an initrd"), QStringLiteral("invalid"));
    if (!request.cmdline.isEmpty() && request.kernel.isEmpty())
        return fail(Tr::tr("a kernel command line needs a kernel and an initrd"), QStringLiteral("invalid"));
    if (!request.kernel.isEmpty()) {
        if (auto r = checkKernel(request.kernel); !r)
            return fail(r.error());
        if (!QFileInfo(request.initrd).isFile())
            return fail(Tr::tr("initrd %1 does not exist").arg(request.initrd), QStringLiteral("not-found"));
    }
    if (auto r = home.ensure(); !r)
        return fail(r.error());

    QStringList ours; // files this import created; removed unless registered
    auto cleanup = [&ours] {
        for (const QString &f : std::as_const(ours))
            QFile::remove(f);
    };
    const QString base = request.name + u'-' + request.version.toString() + u'-' + uniqueSuffix();

    // 1. Download (URL) — verified before anything else looks at it.
    QString source = QFileInfo(request.file).absoluteFilePath();
    QString sha;
    if (fromUrl) {
        const QString part = home.incomingDir() + u'/' + base + QStringLiteral(".part");
        auto got = download(request.url, part, cancel, [&](qint64 d, qint64 t) {
            progress.report(ImageImporter::Stage::Downloading, d, t);
        });
        if (!got)
            return fail(got.error());
        ours << part;
        if (*got != expected) {
            cleanup();
            return fail(Tr::tr("the download of %1 has sha256 %2, not the expected %3; it was discarded and nothing was "
                               "registered").arg(request.url.toDisplayString(), *got, expected),
                        QStringLiteral("checksum-mismatch"));
        }
        source = part;
        sha = *got;
    }

    // 2. Inspect.
    progress.report(ImageImporter::Stage::Inspecting, 0, 1, true);
    auto disk = inspectDisk(source);
    if (!disk) {
        cleanup();
        if (fromUrl)
            return fail(Tr::tr("the download of %1 is not usable: %2").arg(request.url.toDisplayString(), disk.error().message),
                        disk.error().code);
        return fail(disk.error());
    }

    // 3. Copy into <home>/disks while hashing (or hash in place / rename a verified download).
    QString diskPath = home.disksDir() + u'/' + base + u'.' + disk->format;
    if (fromUrl) {
        if (!QFile::rename(source, diskPath)) {
            cleanup();
            return fail(Tr::tr("cannot move the download into %1").arg(diskPath), QStringLiteral("io"));
        }
        ours.clear();
        ours << diskPath;
    } else {
        const QString partial = request.inPlace ? source : home.incomingDir() + u'/' + base + QStringLiteral(".partial");
        auto copied = copyAndHash(source, partial, !request.inPlace, cancel, [&](qint64 d, qint64 t) {
            progress.report(ImageImporter::Stage::Copying, d, t);
        });
        if (!copied)
            return fail(copied.error());
        sha = copied->sha256;
        if (request.inPlace) {
            diskPath = source;
        } else {
            if (!QFile::rename(partial, diskPath)) {
                QFile::remove(partial);
                return fail(Tr::tr("cannot move the copy into %1").arg(diskPath), QStringLiteral("io"));
            }
            ours << diskPath;
        }
        if (!expected.isEmpty() && sha != expected) {
            cleanup();
            return fail(Tr::tr("%1 has sha256 %2, not the expected %3; nothing was registered").arg(source, sha, expected),
                        QStringLiteral("checksum-mismatch"));
        }
    }
    progress.report(ImageImporter::Stage::Copying, disk->fileSize, disk->fileSize, true);

    NewImportedImage image;
    image.name = request.name;
    image.version = request.version;
    image.description = request.description;
    image.diskPath = diskPath;
    image.ownsDisk = !request.inPlace;
    image.format = disk->format;
    image.virtualSize = disk->virtualSize;
    image.actualSize = request.inPlace || fromUrl ? disk->actualSize : QFileInfo(diskPath).size();
    image.sha256 = sha;
    image.kernelCmdline = request.cmdline;
    image.sourceUrl = fromUrl ? request.url.toString() : QString();
    for (auto [src, target, hashOut, suffix] :
         {std::tuple{request.kernel, &image.kernelPath, &image.kernelSha256, QStringLiteral(".vmlinuz")},
          std::tuple{request.initrd, &image.initrdPath, &image.initrdSha256, QStringLiteral(".initrd")}}) {
        if (src.isEmpty())
            continue;
        const QString dst = request.inPlace ? QFileInfo(src).absoluteFilePath() : home.disksDir() + u'/' + base + suffix;
        auto copied = copyAndHash(src, dst, !request.inPlace, cancel, [](qint64, qint64) {});
        if (!copied) {
            cleanup();
            return fail(copied.error());
        }
        if (!request.inPlace)
            ours << dst;
        *target = dst;
        *hashOut = copied->sha256;
    }

    // 4. Register.
    progress.report(ImageImporter::Stage::Registering, 0, 1, true);
    auto stored = ImageRepository(context).registerImport(image).result();
    if (!stored || !stored->isNew)
        cleanup(); // an identical image exists: our copies are duplicates
    return stored;
}

ImageImporter::ImageImporter(Catalog &catalog, QObject *parent) : QObject(parent), m_catalog(catalog) {}

ImageImporter::~ImageImporter()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

void ImageImporter::start(const ImportRequest &request)
{
    if (m_running || m_thread) {
        Q_EMIT finished(Result<Stored<ImageRow>>(
            fail(tr("this importer already ran; use a new ImageImporter per import"), QStringLiteral("invalid"))));
        return;
    }
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<ImageImporter> self(this);
    const Home home = m_catalog.home();
    const std::shared_ptr<CatalogContext> context = m_catalog.context();
    auto cancel = m_cancel;
    m_thread = QThread::create([=] {
        Progress progress([self](Stage stage, qint64 done, qint64 total) {
            QMetaObject::invokeMethod(self, [self, stage, done, total] {
                if (self)
                    Q_EMIT self->progress(stage, done, total);
            }, Qt::QueuedConnection);
        });
        Result<Stored<ImageRow>> result = runImport(request, home, context, *cancel, progress);
        QMetaObject::invokeMethod(self, [self, result] {
            if (self)
                self->deliver(result);
        }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("kiln-import"));
    m_thread->start();
}

void ImageImporter::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImageImporter::deliver(Result<Stored<ImageRow>> result)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_running = false;
    Q_EMIT finished(result);
}

Result<Stored<ImageRow>> ImageImporter::importBlocking(Catalog &catalog, const ImportRequest &request,
                                                       const std::function<void(Stage, qint64, qint64)> &onProgress)
{
    ImageImporter importer(catalog);
    std::optional<Result<Stored<ImageRow>>> out;
    QEventLoop loop;
    connect(&importer, &ImageImporter::progress, &loop, [&](Stage s, qint64 d, qint64 t) {
        if (onProgress)
            onProgress(s, d, t);
    });
    connect(&importer, &ImageImporter::finished, &loop, [&](const Result<Stored<ImageRow>> &r) {
        out.emplace(r);
        loop.quit();
    });
    importer.start(request);
    if (!out)
        loop.exec();
    return *out;
}

} // namespace Kiln::Core
