#pragma once
// Internal: what a file is, as an image import sees it. `qemu-img info --output json` names the
// format from the file's contents (never its extension); because qemu-img calls *any* file "raw",
// a raw file must also look like a disk: a non-empty whole number of 512-byte sectors, with NUL
// bytes in its first 64 KiB (text files have none), and not a compressed archive or a program.
// Blocking (runs qemu-img): call it on a worker thread.

#include "core/result.h"

#include <QString>

namespace Kiln::Core::Internal {

struct DiskInfo {
    QString format;        // qcow2 | raw | vmdk | vhdx
    qint64 virtualSize = 0;
    qint64 actualSize = 0; // bytes allocated on the host
    qint64 fileSize = 0;
};

Result<DiskInfo> inspectDisk(const QString &path);

// A kernel for direct kernel boot: an x86 bzImage ("HdrS" at 0x202) or an arm64 Image.
Result<void> checkKernel(const QString &path);

} // namespace Kiln::Core::Internal
