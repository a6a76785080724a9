#pragma once
// VolumeTransfer: moving bytes between a local file and a storage volume through libvirt
// streams (virStorageVolUpload / virStorageVolDownload), so it works the same on a remote URI.
// Blocking: call only from a job on VirtConnection's transfer lane. Reports progress, hashes
// what passes (sha256) and stops promptly when the job is cancelled.

#include "core/result.h"
#include "core/virt/jobcontrol.h"

#include <libvirt/libvirt.h>

namespace Kiln::Core {

struct TransferStats {
    qint64 bytes = 0;
    QString sha256; // lower-case hex of the bytes transferred (empty when not asked for)
};

class VolumeTransfer
{
public:
    // Writes the local file into vol from offset 0. hash = also compute the sha256 of what was
    // sent (SHA-256 in software costs more CPU than the transfer itself: only when needed).
    static Result<TransferStats> upload(virConnectPtr conn, virStorageVolPtr vol, const QString &localPath,
                                        JobControl &control, bool hash = false);
    // Reads the whole volume; writes it to localPath (atomically) unless localPath is empty (hash
    // only). expectedBytes only scales the progress.
    static Result<TransferStats> download(virConnectPtr conn, virStorageVolPtr vol, const QString &localPath,
                                          qint64 expectedBytes, JobControl &control);
    static Result<QString> sha256OfFile(const QString &path, JobControl &control);
};

} // namespace Kiln::Core
