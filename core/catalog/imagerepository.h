#pragma once
// Images in the catalog: imported base images and images produced by builds, versioned
// name/x.y.z/build, with their status life cycle (statuses.h) and lineage. Obtain it from
// Catalog::images(). Importing a disk file or URL is ImageImporter's job; it ends in
// registerImport(). Threading rules: see componentrepository.h.

#include "core/catalog/rows.h"

#include <QFuture>

#include <memory>

namespace Kiln::Core {

namespace Internal { class CatalogContext; }

// What a reference is resolved for.
enum class ImagePurpose {
    Inspect, // any status; wildcards skip DELETED images
    Use,     // as a parent image: wildcards pick the newest AVAILABLE; an exact reference may also
             // name a DEPRECATED image; FAILED, DISABLED … are refused with the reason
};

class ImageRepository
{
public:
    explicit ImageRepository(std::shared_ptr<Internal::CatalogContext> context);

    Result<ImageRow> get(qint64 id) const; // with lineage components
    Result<ImageRow> resolve(const QString &reference, ImagePurpose purpose = ImagePurpose::Inspect) const;
    Result<ImageRow> resolve(const Reference &reference, ImagePurpose purpose = ImagePurpose::Inspect) const;
    Result<QList<ImageRow>> list(const ImageFilter &filter = {}) const; // one page; no lineage lists
    Result<int> count(const ImageFilter &filter = {}) const;           // rows the filter matches
    Result<QList<PackageRow>> packages(qint64 imageId, const QString &search = {}) const;
    Result<QList<Referrer>> referrers(qint64 id) const; // images built on it, by lineage

    QFuture<Result<ImageRow>> getAsync(qint64 id) const;
    QFuture<Result<QList<ImageRow>>> listAsync(const ImageFilter &filter = {}) const;
    QFuture<Result<int>> countAsync(const ImageFilter &filter = {}) const;
    QFuture<Result<QList<PackageRow>>> packagesAsync(qint64 imageId, const QString &search = {}) const;

    // Registers an imported disk as AVAILABLE. Identical content (disk sha256, kernel, initrd,
    // cmdline) under the same name and version returns the existing image with isNew = false.
    QFuture<Result<Stored<ImageRow>>> registerImport(const NewImportedImage &image) const;

    // --- for the build engine -------------------------------------------------------------
    // A new PENDING image, build number = newest build of that name/version + 1.
    QFuture<Result<ImageRow>> createForBuild(const NewBuiltImage &image) const;
    // Validated status change (checkTransition); sets finishedAt on AVAILABLE/FAILED/CANCELLED.
    QFuture<Result<ImageRow>> setStatus(qint64 id, ImageStatus to, const QString &reason = {}) const;
    // Disk location, format, sizes and sha256: only while the image is in progress.
    QFuture<Result<ImageRow>> setOutput(qint64 id, const ImageOutput &output) const;
    // OS information (/etc/os-release keys) and package inventory: only while in progress.
    QFuture<Result<void>> setInventory(qint64 id, const QJsonObject &osInfo, const QList<PackageRow> &packages) const;

    // --- life cycle actions ---------------------------------------------------------------
    QFuture<Result<ImageRow>> deprecate(qint64 id, const QString &reason = {}) const;
    QFuture<Result<ImageRow>> disable(qint64 id, const QString &reason = {}) const;
    QFuture<Result<ImageRow>> enable(qint64 id) const; // DEPRECATED/DISABLED → AVAILABLE
    // Marks the image DELETED (the row stays for lineage) and removes the disk, kernel and initrd
    // files the catalog owns. Refused while the image is in progress (cancel its build first).
    QFuture<Result<ImageRow>> remove(qint64 id) const;

private:
    std::shared_ptr<Internal::CatalogContext> m_context;
};

} // namespace Kiln::Core
