#pragma once
// DistributeStage (DISTRIBUTING): writes the new image out to every target of the pipeline's
// distribution configuration. Per target and format: `qemu-img convert` (asynchronous QProcess)
// of the captured volume — flattened, the backing chain resolved — to qcow2, raw, vmdk or vhdx;
// optionally compressed (directories: gzip, xz, zstd); then a SHA256SUMS manifest and a metadata
// JSON (lineage, component versions, OS, packages, files).
//   directory target: <directory>/<name>-<version>-<build>/{<name>-<version>-<build>.<ext>,
//                     SHA256SUMS, metadata.json}
//   pool target:      volume <name>-<version>-<build>.<ext> in that pool on its URI (uploaded via
//                     libvirt, so any URI works); manifest and metadata in
//                     <home>/exports/<name>-<version>-<build>/
// When the captured volume is not readable on this host (a remote URI), its chain is downloaded
// first. Written files go through ".part" names, so a failed export leaves nothing half-written;
// a directory target that fails (e.g. its disk is full: the message says where, how much is free
// and what to do) also removes the formats it had finished, so nothing there looks usable.

#include "core/build/buildcontext.h"

namespace Kiln::Core {

struct ExportedFile {
    QString path;         // a file, or "pool:<uri>/<pool>/<volume>"
    QString name;         // the file or volume name listed in SHA256SUMS
    QString format;
    QString compression;  // none | gzip | xz | zstd
    qint64 size = 0;
    QString sha256;
};

class DistributeStage
{
public:
    explicit DistributeStage(BuildContext &ctx) : m_ctx(ctx) {}
    StageResult run();

    const QList<ExportedFile> &files() const { return m_files; }
    // "<name>-<version>-<build>" of the image.
    static QString baseName(const BuildPlan &plan, int imageBuild);
    // The metadata JSON written next to the files.
    QJsonObject metadata(const QList<ExportedFile> &files) const;

private:
    Result<QString> localSource();
    Result<ExportedFile> convert(const QString &source, const QString &format, const QString &outDir);
    Result<void> compress(ExportedFile &file, const QString &compression);
    Result<void> exportToDirectory(const QString &source, const DistributionTarget &target);
    Result<void> exportToPool(const QString &source, const DistributionTarget &target);
    // `error` of a write in `dir` reworded when the disk is full: where, how much is free, what to do.
    Error explainDiskFull(const Error &error, const QString &dir, const QString &file) const;
    Result<void> writeManifest(const QString &dir, const QList<ExportedFile> &files, bool checksums);
    Result<QString> sha256Of(const QString &path);

    BuildContext &m_ctx;
    QString m_baseName;
    QList<ExportedFile> m_files;
    QDeadlineTimer m_deadline;
};

} // namespace Kiln::Core
