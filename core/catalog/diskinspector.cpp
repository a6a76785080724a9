#include "diskinspector.h"

#include "db.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace Kiln::Core::Internal {

namespace {

// A known non-disk file type from its first bytes, or "".
QString knownNonDisk(const QByteArray &head)
{
    struct Magic { QByteArray bytes; int offset; const char *what; };
    const Magic magics[] = {
        {QByteArray("\x1f\x8b", 2), 0, QT_TRANSLATE_NOOP("KilnCatalog", "a gzip-compressed file; decompress it first (gunzip)")},
        {QByteArray("\xfd" "7zXZ\x00", 6), 0, QT_TRANSLATE_NOOP("KilnCatalog", "an xz-compressed file; decompress it first (unxz)")},
        {QByteArray("\x28\xb5\x2f\xfd", 4), 0, QT_TRANSLATE_NOOP("KilnCatalog", "a zstd-compressed file; decompress it first (unzstd)")},
        {QByteArray("BZh", 3), 0, QT_TRANSLATE_NOOP("KilnCatalog", "a bzip2-compressed file; decompress it first (bunzip2)")},
        {QByteArray("PK\x03\x04", 4), 0, QT_TRANSLATE_NOOP("KilnCatalog", "a zip archive; extract the disk image from it first")},
        {QByteArray("7z\xbc\xaf\x27\x1c", 6), 0, QT_TRANSLATE_NOOP("KilnCatalog", "a 7-Zip archive; extract the disk image from it first")},
        {QByteArray("ustar", 5), 257, QT_TRANSLATE_NOOP("KilnCatalog", "a tar archive; extract the disk image from it first")},
        {QByteArray("\x7f" "ELF", 4), 0, QT_TRANSLATE_NOOP("KilnCatalog", "a program (ELF executable), not a disk")},
    };
    for (const Magic &m : magics)
        if (head.size() >= m.offset + m.bytes.size() && head.mid(m.offset, m.bytes.size()) == m.bytes)
            return Tr::tr(m.what);
    return {};
}

Result<void> checkRawLooksLikeDisk(const QString &path, qint64 size)
{
    const QString rule = Tr::tr("qemu-img sees only unstructured ('raw') data, and Kiln accepts raw data as a disk only when "
                                "it is a non-empty whole number of 512-byte sectors that is not text, an archive or a program");
    if (size == 0)
        return fail(Tr::tr("%1 is not a disk image: the file is empty.").arg(path), QStringLiteral("not-a-disk"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Tr::tr("cannot read %1: %2").arg(path, f.errorString()), QStringLiteral("io"));
    const QByteArray head = f.read(64 * 1024);
    if (const QString what = knownNonDisk(head); !what.isEmpty())
        return fail(Tr::tr("%1 is not a disk image: it is %2.").arg(path, what), QStringLiteral("not-a-disk"));
    if (size % 512 != 0)
        return fail(Tr::tr("%1 is not a disk image: %2. Its %3 bytes are not a whole number of 512-byte sectors.")
                        .arg(path, rule)
                        .arg(size),
                    QStringLiteral("not-a-disk"));
    if (!head.contains('\0'))
        return fail(Tr::tr("%1 is not a disk image: %2. It looks like a text file (no zero bytes in its first %3 KiB).")
                        .arg(path, rule)
                        .arg(head.size() / 1024),
                    QStringLiteral("not-a-disk"));
    return {};
}

} // namespace

Result<DiskInfo> inspectDisk(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return fail(Tr::tr("%1 does not exist").arg(path), QStringLiteral("not-found"));
    if (!fi.isFile())
        return fail(Tr::tr("%1 is not a regular file").arg(path), QStringLiteral("not-a-disk"));
    if (!fi.isReadable())
        return fail(Tr::tr("%1 is not readable").arg(path), QStringLiteral("io"));

    QProcess qemuImg;
    qemuImg.setProgram(QStringLiteral("qemu-img"));
    // --force-share: inspecting must work while a VM has the disk open.
    qemuImg.setArguments({QStringLiteral("info"), QStringLiteral("--output"), QStringLiteral("json"),
                          QStringLiteral("--force-share"), fi.absoluteFilePath()});
    qemuImg.start();
    if (!qemuImg.waitForStarted(10000))
        return fail(Tr::tr("cannot run qemu-img (%1); install qemu-utils").arg(qemuImg.errorString()), QStringLiteral("missing-tool"));
    if (!qemuImg.waitForFinished(120000)) {
        qemuImg.kill();
        qemuImg.waitForFinished(5000);
        return fail(Tr::tr("qemu-img info %1 did not finish within 2 minutes").arg(path), QStringLiteral("timeout"));
    }
    if (qemuImg.exitStatus() != QProcess::NormalExit || qemuImg.exitCode() != 0) {
        const QString err = QString::fromUtf8(qemuImg.readAllStandardError()).trimmed();
        return fail(Tr::tr("%1 is not a usable disk image: qemu-img says: %2").arg(path, err), QStringLiteral("not-a-disk"));
    }
    const QJsonObject info = QJsonDocument::fromJson(qemuImg.readAllStandardOutput()).object();
    DiskInfo disk;
    disk.format = info.value(QStringLiteral("format")).toString();
    disk.virtualSize = info.value(QStringLiteral("virtual-size")).toInteger();
    disk.actualSize = info.value(QStringLiteral("actual-size")).toInteger();
    disk.fileSize = fi.size();

    static const QStringList supported{QStringLiteral("qcow2"), QStringLiteral("raw"), QStringLiteral("vmdk"), QStringLiteral("vhdx")};
    if (!supported.contains(disk.format))
        return fail(Tr::tr("%1 is a '%2' disk image; Kiln imports qcow2, raw, vmdk and vhdx. Convert it first, e.g. "
                           "qemu-img convert -O qcow2 %1 disk.qcow2").arg(path, disk.format),
                    QStringLiteral("unsupported-format"));
    if (info.contains(QStringLiteral("backing-filename")))
        return fail(Tr::tr("%1 is a %2 overlay on the backing file %3; import a standalone disk instead (flatten it with "
                           "qemu-img convert -O %2 %1 flat.%2)")
                        .arg(path, disk.format, info.value(QStringLiteral("backing-filename")).toString()),
                    QStringLiteral("has-backing-file"));
    if (disk.format == QLatin1String("vmdk")) {
        // A descriptor-style vmdk refers to extent files next to it; importing only the
        // descriptor would lose the data.
        const QJsonArray extents = info.value(QStringLiteral("format-specific")).toObject()
                                       .value(QStringLiteral("data")).toObject()
                                       .value(QStringLiteral("extents")).toArray();
        for (const QJsonValue &e : extents) {
            const QString file = e.toObject().value(QStringLiteral("filename")).toString();
            if (!file.isEmpty() && QFileInfo(file).canonicalFilePath() != fi.canonicalFilePath())
                return fail(Tr::tr("%1 is a multi-file vmdk (its data is in %2); convert it to one file first: qemu-img "
                                   "convert -O qcow2 %1 disk.qcow2").arg(path, file),
                            QStringLiteral("unsupported-format"));
        }
    }
    if (disk.format == QLatin1String("raw")) {
        if (auto r = checkRawLooksLikeDisk(path, disk.fileSize); !r)
            return fail(r.error());
    }
    if (disk.virtualSize <= 0)
        return fail(Tr::tr("%1: qemu-img reports no virtual size; the image is damaged").arg(path), QStringLiteral("not-a-disk"));
    return disk;
}

Result<void> checkKernel(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return fail(Tr::tr("kernel %1 does not exist").arg(path), QStringLiteral("not-found"));
    if (!f.open(QIODevice::ReadOnly))
        return fail(Tr::tr("cannot read kernel %1: %2").arg(path, f.errorString()), QStringLiteral("io"));
    const QByteArray head = f.read(0x400);
    const bool bzImage = head.size() >= 0x206 && head.mid(0x202, 4) == QByteArray("HdrS");
    const bool arm64 = head.size() >= 0x3c && head.mid(0x38, 4) == QByteArray("ARM\x64", 4);
    // An uncompressed vmlinux (ELF with a PVH entry) boots directly and ~3 s faster under TCG.
    const bool elf = head.startsWith(QByteArray("\x7f" "ELF", 4));
    if (!bzImage && !arm64 && !elf)
        return fail(Tr::tr("%1 is not a Linux kernel image (no bzImage, arm64 Image or ELF vmlinux header)").arg(path),
                    QStringLiteral("not-a-kernel"));
    return {};
}

} // namespace Kiln::Core::Internal
