#pragma once
// HostCache: small facts a build worker would otherwise recompute in every build, kept in
// <home>/cache/ as JSON:
//  - the sha256 of a local file (kernel, initrd), keyed by path, size and modification time, so a
//    66 MB vmlinux is hashed once, not per build;
//  - the answer of the KVM probe for "accelerator: auto" per libvirt URI, valid until the host
//    reboots (its boot id changes) — the probe boots a guest and costs seconds.
// Each build worker is a new process, so the in-process caches of core/virt do not carry over.
// Concurrent workers may race on the files: the worst case is a recomputation.

#include "core/catalog/home.h"
#include "core/virt/acceleratorprobe.h"

#include <optional>

namespace Kiln::Core {

class HostCache
{
public:
    explicit HostCache(const Home &home);

    // The file's sha256 (hex), computed and remembered when not known for its size and mtime.
    Result<QString> fileSha256(const QString &path);

    std::optional<AcceleratorChoice> accelerator(const QString &uri) const;
    void rememberAccelerator(const QString &uri, const AcceleratorChoice &choice);

private:
    QString path(const QString &name) const;
    static QString bootId();

    QString m_dir;
};

} // namespace Kiln::Core
