#include "distributestage.h"

#include "core/build/buildtr.h"
#include "core/build/toolprocess.h"
#include "core/catalog/catalog.h"
#include "core/version.h"
#include "core/virt/virtconnection.h"
#include "core/virt/virtstorage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStorageInfo>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Kiln::Core {

namespace {

const QString kStage = u"DISTRIBUTING"_s;

QString extensionOf(const QString &format)
{
    return format == u"raw" ? u"raw"_s : format;
}

QStringList convertOptions(const QString &format)
{
    if (format == u"qcow2")
        return {u"-o"_s, u"compat=1.1"_s};
    if (format == u"vmdk")
        return {u"-o"_s, u"subformat=streamOptimized"_s}; // what VMware and VirtualBox import
    if (format == u"vhdx")
        return {u"-o"_s, u"subformat=dynamic"_s};
    return {};
}

// True when a failed write in `dir` ran out of space: the tool said so, or the file system is
// (nearly) full. Asked before the partial files are removed, which frees the space again.
bool diskFull(const QString &message, const QString &dir)
{
    if (message.contains(u"No space left"_s) || message.contains(u"ENOSPC"_s) || message.contains(u"Disk quota exceeded"_s))
        return true;
    const QStorageInfo storage(dir);
    return storage.isValid() && storage.bytesAvailable() < (1 << 20);
}

QString megabytes(qint64 bytes)
{
    return u"%1 MB"_s.arg(double(bytes) / 1e6, 0, 'f', 1);
}

} // namespace

Error DistributeStage::explainDiskFull(const Error &error, const QString &dir, const QString &file) const
{
    if (!diskFull(error.message, dir))
        return error;
    const QString distribution = m_ctx.plan.distribution ? m_ctx.plan.distribution->name : QString();
    return Error{BuildTr::tr("No space left on the disk of %1 while writing %2 (%3 free there): %4\n"
                             "Free space in %1, or choose another target directory in distribution configuration %5, "
                             "then start the pipeline again.")
                     .arg(dir, file, megabytes(QStorageInfo(dir).bytesAvailable()), error.message, distribution),
                 u"disk-full"_s};
}

QString DistributeStage::baseName(const BuildPlan &plan, int imageBuild)
{
    return u"%1-%2-%3"_s.arg(plan.imageName, plan.imageVersion.toString()).arg(imageBuild);
}

StageResult DistributeStage::run()
{
    if (!m_ctx.plan.distribution || m_ctx.plan.distribution->targets.isEmpty())
        return StageResult::ok();
    m_deadline = BuildContext::deadline(m_ctx.plan.infrastructure.timeouts.distribute);
    auto ref = Reference::parse(m_ctx.plan.image, ResourceType::Image);
    m_baseName = baseName(m_ctx.plan, ref ? ref->build : 0);
    auto source = localSource();
    auto stageFailure = [this](const Error &e) {
        if (m_ctx.cancel.isCancelled())
            return StageResult::cancelled();
        return StageResult::failed(kStage, e.message);
    };
    if (!source)
        return stageFailure(source.error());
    for (const DistributionTarget &target : m_ctx.plan.distribution->targets) {
        QElapsedTimer clock;
        clock.start();
        auto done = target.kind == DistributionTarget::Kind::Directory ? exportToDirectory(*source, target)
                                                                       : exportToPool(*source, target);
        if (!done)
            return stageFailure(done.error());
        m_ctx.journal.timed(BuildTr::tr("distributed to %1 (%2)")
                                .arg(target.kind == DistributionTarget::Kind::Directory ? target.directory : u"pool "_s + target.pool,
                                     target.formats.join(u", "_s)),
                            clock);
    }
    return StageResult::ok();
}

Result<QString> DistributeStage::localSource()
{
    const VolumeInfo &vol = m_ctx.captured.volume;
    const bool local = QUrl(m_ctx.plan.infrastructure.uri).host().isEmpty();
    if (local && QFileInfo(vol.path).isReadable() && (vol.backingPath.isEmpty() || QFileInfo(vol.backingPath).isReadable()))
        return vol.path;
    // A remote hypervisor: fetch the overlay and its base, then point the overlay at the copy.
    const QString dir = m_ctx.scratch.filePath(u"chain"_s);
    QDir().mkpath(dir);
    const QString overlay = dir + u"/image.qcow2"_s;
    const QString base = dir + u"/base"_s;
    auto o = m_ctx.storage->downloadVolume(vol.name, overlay);
    if (m_ctx.waiter().wait(o, m_deadline) != Waiter::Outcome::Done || !o.result())
        return fail(BuildTr::tr("Cannot download the image volume %1: %2")
                        .arg(vol.name, o.isFinished() && o.resultCount() ? o.result().error().message : BuildTr::tr("cancelled")));
    if (!m_ctx.baseVolume.isEmpty() && !vol.backingPath.isEmpty()) {
        auto b = m_ctx.storage->downloadVolume(m_ctx.baseVolume, base);
        if (m_ctx.waiter().wait(b, m_deadline) != Waiter::Outcome::Done || !b.result())
            return fail(BuildTr::tr("Cannot download the base volume %1: %2")
                            .arg(m_ctx.baseVolume, b.isFinished() && b.resultCount() ? b.result().error().message : BuildTr::tr("cancelled")));
        auto rebased = ToolProcess::run(u"qemu-img"_s, {u"rebase"_s, u"-u"_s, u"-b"_s, base, u"-F"_s, m_ctx.baseFormat, overlay},
                                        m_ctx.waiter(), m_deadline);
        if (!rebased)
            return fail(rebased.error());
    }
    return overlay;
}

Result<QString> DistributeStage::sha256Of(const QString &path)
{
    QFuture<Result<QString>> f = QtConcurrent::run([path]() -> Result<QString> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(BuildTr::tr("Cannot read %1: %2").arg(path, file.errorString()), u"io"_s);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!hash.addData(&file))
            return fail(BuildTr::tr("Cannot read %1: %2").arg(path, file.errorString()), u"io"_s);
        return QString::fromLatin1(hash.result().toHex());
    });
    if (m_ctx.waiter().wait(f, m_deadline) != Waiter::Outcome::Done) {
        f.waitForFinished(); // reading a file ends on its own; wait rather than leave it running
        return fail(BuildTr::tr("cancelled"), u"cancelled"_s);
    }
    return f.result();
}

Result<ExportedFile> DistributeStage::convert(const QString &source, const QString &format, const QString &outDir)
{
    ExportedFile file;
    file.format = format;
    file.name = m_baseName + u'.' + extensionOf(format);
    file.path = outDir + u'/' + file.name;
    const QString part = file.path + u".part"_s;
    QFile::remove(part);
    QStringList args{u"convert"_s, u"-O"_s, format};
    args << convertOptions(format) << source << part;
    auto converted = ToolProcess::run(u"qemu-img"_s, args, m_ctx.waiter(), m_deadline);
    if (!converted) {
        const Error e = explainDiskFull(converted.error(), outDir, file.name);
        QFile::remove(part);
        return fail(e);
    }
    QFile::remove(file.path);
    if (!QFile::rename(part, file.path)) {
        QFile::remove(part);
        return fail(BuildTr::tr("Cannot rename %1 to %2").arg(part, file.path), u"io"_s);
    }
    return file;
}

Result<void> DistributeStage::compress(ExportedFile &file, const QString &compression)
{
    if (compression.isEmpty() || compression == u"none") {
        file.compression = u"none"_s;
        return {};
    }
    const QString ext = compression == u"gzip" ? u".gz"_s : compression == u"xz" ? u".xz"_s : u".zst"_s;
    QStringList args{u"-f"_s};
    if (compression == u"zstd")
        args << u"-q"_s << u"--rm"_s << u"-T0"_s;
    else if (compression == u"xz")
        args << u"-T0"_s;
    else
        args << u"-n"_s;
    args << file.path;
    auto r = ToolProcess::run(compression, args, m_ctx.waiter(), m_deadline);
    if (!r) {
        const Error e = explainDiskFull(r.error(), QFileInfo(file.path).absolutePath(), file.name + ext);
        QFile::remove(file.path + ext);
        return fail(e);
    }
    file.path += ext;
    file.name += ext;
    file.compression = compression;
    return {};
}

Result<void> DistributeStage::exportToDirectory(const QString &source, const DistributionTarget &target)
{
    const QString dir = QDir(target.directory).filePath(m_baseName);
    if (!QDir().mkpath(dir))
        return fail(BuildTr::tr("Cannot create %1").arg(dir), u"io"_s);
    QList<ExportedFile> files;
    // A failed export leaves nothing that looks like a usable image: the files this build wrote
    // (a format already converted, a compressed copy) go with it, and the folder when it is empty.
    const auto discard = [&](const Error &e) {
        for (const ExportedFile &f : std::as_const(files))
            QFile::remove(f.path);
        for (const QString &name : {u"SHA256SUMS"_s, u"metadata.json"_s})
            QFile::remove(dir + u'/' + name);
        QDir().rmdir(dir);
        return fail(e);
    };
    for (const QString &format : target.formats) {
        auto file = convert(source, format, dir);
        if (!file)
            return discard(file.error());
        files.append(*file); // removed on a later failure
        if (auto c = compress(*file, target.compression); !c)
            return discard(c.error());
        files.last() = *file;
        auto sha = sha256Of(file->path);
        if (!sha)
            return discard(sha.error());
        file->sha256 = *sha;
        file->size = QFileInfo(file->path).size();
        files.last() = *file;
        m_ctx.journal.info(BuildTr::tr("wrote %1 (%2, %3 bytes, sha256 %4)").arg(file->path, format).arg(file->size).arg(*sha));
    }
    if (auto written = writeManifest(dir, files, target.checksums); !written)
        return discard(written.error());
    m_files << files;
    return {};
}

Result<void> DistributeStage::exportToPool(const QString &source, const DistributionTarget &target)
{
    const QString uri = target.uri.isEmpty() ? m_ctx.plan.infrastructure.uri : target.uri;
    std::shared_ptr<VirtConnection> conn = uri == m_ctx.plan.infrastructure.uri ? m_ctx.connection
                                                                                  : std::make_shared<VirtConnection>(uri);
    VirtStorage storage(conn.get(), storagePoolConfig(uri, target.pool));
    auto ensured = storage.ensurePool();
    if (m_ctx.waiter().wait(ensured, m_deadline) != Waiter::Outcome::Done || !ensured.result())
        return fail(BuildTr::tr("Cannot use pool %1 on %2: %3")
                        .arg(target.pool, uri, ensured.isFinished() ? ensured.result().error().message : BuildTr::tr("cancelled")));
    const QString dir = QDir(m_ctx.home.exportsDir()).filePath(m_baseName);
    QDir().mkpath(dir);
    QList<ExportedFile> files;
    for (const QString &format : target.formats) {
        auto file = convert(source, format, m_ctx.scratch.path());
        if (!file)
            return fail(file.error());
        auto sha = sha256Of(file->path);
        if (!sha)
            return fail(sha.error());
        auto up = storage.uploadVolume(file->path, file->name);
        const Waiter::Outcome o = m_ctx.waiter().wait(up, m_deadline);
        QFile::remove(file->path);
        if (o != Waiter::Outcome::Done || !up.result()) {
            up.cancel();
            return fail(BuildTr::tr("Cannot upload %1 to pool %2 on %3: %4")
                            .arg(file->name, target.pool, uri, up.isFinished() && up.resultCount() ? up.result().error().message : BuildTr::tr("cancelled")));
        }
        file->sha256 = *sha;
        file->size = qint64(up.result()->physical ? up.result()->physical : up.result()->allocation);
        file->compression = u"none"_s;
        file->path = u"pool:%1/%2/%3"_s.arg(uri, target.pool, file->name);
        files.append(*file);
        m_ctx.journal.info(BuildTr::tr("uploaded %1 to pool %2 on %3 (sha256 %4)").arg(file->name, target.pool, uri, *sha));
    }
    m_files << files;
    return writeManifest(dir, files, target.checksums);
}

Result<void> DistributeStage::writeManifest(const QString &dir, const QList<ExportedFile> &files, bool checksums)
{
    if (checksums) {
        QByteArray sums;
        for (const ExportedFile &f : files)
            sums += f.sha256.toLatin1() + "  " + f.name.toUtf8() + '\n';
        QSaveFile out(dir + u"/SHA256SUMS"_s);
        if (!out.open(QIODevice::WriteOnly) || out.write(sums) != sums.size() || !out.commit())
            return fail(explainDiskFull(Error{BuildTr::tr("Cannot write %1/SHA256SUMS: %2").arg(dir, out.errorString()), u"io"_s},
                                        dir, u"SHA256SUMS"_s));
    }
    QSaveFile meta(dir + u"/metadata.json"_s);
    const QByteArray json = QJsonDocument(metadata(files)).toJson(QJsonDocument::Indented);
    if (!meta.open(QIODevice::WriteOnly) || meta.write(json) != json.size() || !meta.commit())
        return fail(explainDiskFull(Error{BuildTr::tr("Cannot write %1/metadata.json: %2").arg(dir, meta.errorString()), u"io"_s},
                                    dir, u"metadata.json"_s));
    return {};
}

QJsonObject DistributeStage::metadata(const QList<ExportedFile> &files) const
{
    const BuildPlan &p = m_ctx.plan;
    QJsonArray components;
    for (const PlanComponent &c : p.components) {
        QJsonObject params;
        for (auto it = c.parameters.cbegin(); it != c.parameters.cend(); ++it)
            params.insert(it.key(), it.value());
        components.append(QJsonObject{{u"reference"_s, c.reference}, {u"type"_s, componentTypeName(c.type)},
                                      {u"sha256"_s, c.sha256}, {u"parameters"_s, params}});
    }
    QJsonArray packages;
    for (const PackageRow &pkg : m_ctx.packages)
        packages.append(QJsonObject{{u"name"_s, pkg.name}, {u"version"_s, pkg.version}, {u"architecture"_s, pkg.architecture}});
    QJsonArray fileList;
    for (const ExportedFile &f : files)
        fileList.append(QJsonObject{{u"name"_s, f.name}, {u"location"_s, f.path}, {u"format"_s, f.format},
                                    {u"compression"_s, f.compression}, {u"size"_s, f.size}, {u"sha256"_s, f.sha256}});
    return QJsonObject{{u"image"_s, p.image},
                       {u"name"_s, p.imageName},
                       {u"version"_s, p.imageVersion.toString()},
                       {u"buildId"_s, p.buildId},
                       {u"pipeline"_s, p.pipeline},
                       {u"created"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                       {u"lineage"_s, QJsonObject{{u"baseImage"_s, p.base.reference}, {u"recipe"_s, p.recipe},
                                                  {u"components"_s, components}}},
                       {u"virtualSize"_s, qint64(m_ctx.captured.volume.capacity)},
                       {u"os"_s, m_ctx.osInfo},
                       {u"packageManager"_s, m_ctx.packageManager.isEmpty() ? u"none"_s : m_ctx.packageManager},
                       {u"packages"_s, packages},
                       {u"files"_s, fileList},
                       {u"kiln"_s, QString::fromUtf8(version())}};
}

} // namespace Kiln::Core
