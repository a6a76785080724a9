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
    QString sha256; // lower-case hex of the bytes transferred
};

class VolumeTransfer
{
public:
    // Writes the local file over vol from offset 0 (vol must be at least as large).
    static Result<TransferStats> upload(virConnectPtr conn, virStorageVolPtr vol, const QString &localPath,
                                        JobControl &control);
    // Reads the whole volume; writes it to localPath (atomically) unless localPath is empty (hash
    // only). expectedBytes only scales the progress.
    static Result<TransferStats> download(virConnectPtr conn, virStorageVolPtr vol, const QString &localPath,
                                          qint64 expectedBytes, JobControl &control);
    static Result<QString> sha256OfFile(const QString &path, JobControl &control);
};

} // namespace Kiln::Core
