#include "volumetransfer.h"

#include "core/virt/virterror.h"
#include "core/virt/virthandles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <libvirt/virterror.h>

namespace Kiln::Core {

namespace {

constexpr qint64 ChunkBytes = 1024 * 1024;

Error cancelled()
{
    return makeError(virtTr("The transfer was cancelled."), QStringLiteral("cancelled"));
}

void abortQuietly(virStreamPtr st)
{
    if (virStreamAbort(st) < 0)
        virResetLastError();
}

} // namespace

Result<QString> VolumeTransfer::sha256OfFile(const QString &path, JobControl &control)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Kiln::unexpected(makeError(virtTr("Cannot read %1: %2").arg(path, file.errorString()), QStringLiteral("io")));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const qint64 total = file.size();
    qint64 done = 0;
    QByteArray buf(ChunkBytes, Qt::Uninitialized);
    for (;;) {
        if (control.isCanceled())
            return Kiln::unexpected(cancelled());
        const qint64 n = file.read(buf.data(), buf.size());
        if (n < 0)
            return Kiln::unexpected(makeError(virtTr("Cannot read %1: %2").arg(path, file.errorString()), QStringLiteral("io")));
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buf.constData(), n));
        done += n;
        control.setProgress(done, total);
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<TransferStats> VolumeTransfer::upload(virConnectPtr conn, virStorageVolPtr vol, const QString &localPath,
                                             JobControl &control, bool hash)
{
    QFile file(localPath);
    if (!file.open(QIODevice::ReadOnly))
        return Kiln::unexpected(makeError(virtTr("Cannot read %1: %2").arg(localPath, file.errorString()), QStringLiteral("io")));
    const qint64 total = file.size();
    StreamHandle st(virStreamNew(conn, 0));
    if (!st)
        return Kiln::unexpected(lastVirtError(virtTr("Cannot open a libvirt stream")));
    if (virStorageVolUpload(vol, st.get(), 0, static_cast<unsigned long long>(total), 0) < 0)
        return Kiln::unexpected(lastVirtError(virtTr("Cannot start uploading %1").arg(localPath)));

    QCryptographicHash sha(QCryptographicHash::Sha256);
    QByteArray buf(ChunkBytes, Qt::Uninitialized);
    qint64 done = 0;
    while (done < total) {
        if (control.isCanceled()) {
            abortQuietly(st.get());
            return Kiln::unexpected(cancelled());
        }
        const qint64 n = file.read(buf.data(), qMin<qint64>(buf.size(), total - done));
        if (n <= 0) {
            abortQuietly(st.get());
            return Kiln::unexpected(makeError(virtTr("Cannot read %1: %2").arg(localPath, file.errorString()), QStringLiteral("io")));
        }
        if (hash)
            sha.addData(QByteArrayView(buf.constData(), n));
        for (qint64 off = 0; off < n;) {
            const int sent = virStreamSend(st.get(), buf.constData() + off, size_t(n - off));
            if (sent < 0) {
                Error e = lastVirtError(virtTr("Uploading %1 failed").arg(localPath));
                abortQuietly(st.get());
                return Kiln::unexpected(e);
            }
            off += sent;
        }
        done += n;
        control.setProgress(done, total);
    }
    if (virStreamFinish(st.get()) < 0)
        return Kiln::unexpected(lastVirtError(virtTr("Uploading %1 failed").arg(localPath)));
    return TransferStats{done, hash ? QString::fromLatin1(sha.result().toHex()) : QString()};
}

Result<TransferStats> VolumeTransfer::download(virConnectPtr conn, virStorageVolPtr vol, const QString &localPath,
                                               qint64 expectedBytes, JobControl &control)
{
    std::unique_ptr<QSaveFile> out;
    if (!localPath.isEmpty()) {
        out = std::make_unique<QSaveFile>(localPath);
        if (!out->open(QIODevice::WriteOnly))
            return Kiln::unexpected(makeError(virtTr("Cannot write %1: %2").arg(localPath, out->errorString()), QStringLiteral("io")));
    }
    StreamHandle st(virStreamNew(conn, 0));
    if (!st)
        return Kiln::unexpected(lastVirtError(virtTr("Cannot open a libvirt stream")));
    if (virStorageVolDownload(vol, st.get(), 0, 0, 0) < 0)
        return Kiln::unexpected(lastVirtError(virtTr("Cannot start downloading the volume")));

    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buf(ChunkBytes, Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        if (control.isCanceled()) {
            abortQuietly(st.get());
            return Kiln::unexpected(cancelled());
        }
        const int n = virStreamRecv(st.get(), buf.data(), size_t(buf.size()));
        if (n == 0)
            break;
        if (n < 0) {
            Error e = lastVirtError(virtTr("Downloading the volume failed"));
            abortQuietly(st.get());
            return Kiln::unexpected(e);
        }
        hash.addData(QByteArrayView(buf.constData(), n));
        if (out && out->write(buf.constData(), n) != n) {
            abortQuietly(st.get());
            return Kiln::unexpected(makeError(virtTr("Cannot write %1: %2").arg(localPath, out->errorString()), QStringLiteral("io")));
        }
        done += n;
        control.setProgress(done, qMax(expectedBytes, done));
    }
    if (virStreamFinish(st.get()) < 0)
        return Kiln::unexpected(lastVirtError(virtTr("Downloading the volume failed")));
    if (out && !out->commit())
        return Kiln::unexpected(makeError(virtTr("Cannot write %1: %2").arg(localPath, out->errorString()), QStringLiteral("io")));
    return TransferStats{done, QString::fromLatin1(hash.result().toHex())};
}

} // namespace Kiln::Core
