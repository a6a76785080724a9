#pragma once
// VirtStorage: Kiln's storage pool on one libvirt URI and the volumes in it. Every disk goes
// through libvirt's storage-volume API, so a remote hypervisor works like a local one:
// - the pool ("kiln", dir type) is defined, built and started on first use;
// - base images are uploaded once per pool, keyed by sha256 (base-<sha prefix>.qcow2);
// - overlays are qcow2 volumes backed by another volume (O(1), nothing copied);
// - capture keeps an overlay as the image's volume (backing chain intact) and hashes its bytes,
//   so its cost grows with the blocks the build changed, not with the base size;
// - volumes named by ResourceName can be listed for leftover cleanup.
//
// A cheap value object (copy freely); the VirtConnection must outlive the futures. Bulk work
// (upload, download, capture, hashing) runs on the connection's transfer lane and reports
// QFuture progress (0..1000); QFuture::cancel() stops it and removes a half-written volume.

#include "core/result.h"
#include "core/virt/resourcename.h"

#include <QFuture>
#include <QList>

namespace Kiln::Core {

class VirtConnection;

struct StoragePoolConfig {
    QString name = QStringLiteral("kiln");
    QString path; // empty: defaultPath(uri)
    // qemu:///system → /var/lib/libvirt/images/kiln; session URIs →
    // $XDG_DATA_HOME/libvirt/images/kiln (libvirt's own session image folder); test:/// → a
    // fake path.
    static QString defaultPath(const QString &uri);
};

struct PoolInfo {
    QString name;
    QString path;
    quint64 capacity = 0;
    quint64 allocation = 0;
    quint64 available = 0;
};

struct VolumeInfo {
    QString name;
    QString key;
    QString path;          // on the hypervisor host
    QString format;        // "qcow2", "raw", … as libvirt reports it
    QString backingPath;   // the immediate backing file, empty when none
    QString backingFormat;
    quint64 capacity = 0;  // virtual size
    quint64 allocation = 0; // bytes used on disk
    quint64 physical = 0;   // size of the file itself (0 when the driver can't tell)
};

struct BaseVolume {
    VolumeInfo volume;
    QString sha256;
    bool uploaded = false; // false: it was already in the pool
};

struct CapturedVolume {
    VolumeInfo volume;
    QString sha256;      // of the volume's own bytes (the overlay, not the flattened image)
    qint64 bytes = 0;    // bytes read to hash it
};

struct DownloadedVolume {
    QString path;
    QString sha256;
    qint64 bytes = 0;
};

struct TaggedVolume {
    VolumeInfo volume;
    ResourceTag tag;
};

class VirtStorage
{
public:
    explicit VirtStorage(VirtConnection *connection, StoragePoolConfig pool = {});

    const StoragePoolConfig &pool() const { return m_pool; }

    // Defines, builds and starts the pool when needed (idempotent, safe against a concurrent
    // creator).
    QFuture<Result<PoolInfo>> ensurePool() const;

    // Makes sure the image is in the pool as base-<sha256 prefix>.<ext>: skipped when a complete
    // copy is there, uploaded otherwise. sha256Hex may be empty (then it is computed).
    QFuture<Result<BaseVolume>> ensureBaseImage(const QString &localPath, const QString &sha256Hex = {}) const;
    // Uploads a file as a new volume (an existing one of that name is replaced).
    QFuture<Result<VolumeInfo>> uploadVolume(const QString &localPath, const QString &volumeName) const;
    // A qcow2 volume backed by backingVolume; capacity 0 = the backing volume's capacity.
    // backingFormat empty = as libvirt reports it (right after an upload libvirt may still
    // report "raw" for a qcow2 file until its pool refresh ran: pass the format you know).
    QFuture<Result<VolumeInfo>> createOverlay(const QString &volumeName, const QString &backingVolume,
                                              quint64 capacityBytes = 0, const QString &backingFormat = {}) const;
    // Keeps the overlay as an image volume: checks it and its backing volume, hashes its bytes.
    QFuture<Result<CapturedVolume>> capture(const QString &volumeName) const;
    // The volume's bytes (as stored, e.g. a qcow2 overlay with its backing reference) to a file.
    QFuture<Result<DownloadedVolume>> downloadVolume(const QString &volumeName, const QString &localPath) const;

    QFuture<Result<VolumeInfo>> volumeInfo(const QString &volumeName) const;
    // true when deleted, false when there was no such volume.
    QFuture<Result<bool>> deleteVolume(const QString &volumeName) const;
    QFuture<Result<QList<VolumeInfo>>> listVolumes() const;
    // Volumes named kiln-build-<id>-<stage>-… (ResourceName), i.e. made for a build.
    QFuture<Result<QList<TaggedVolume>>> listTaggedVolumes() const;

private:
    VirtConnection *m_connection;
    StoragePoolConfig m_pool;
};

} // namespace Kiln::Core
