#pragma once
// RAII owners for libvirt handles (STYLE.md item 9): every vir*Ptr Kiln obtains is held by one of
// these, so an early return can't leak a reference. A stream's owner only frees it; finishing
// or aborting a stream is an explicit step (PATTERNS.md d-1, rule 5).

#include <libvirt/libvirt.h>

#include <memory>

namespace Kiln::Core {

template <class T, int (*Release)(T *)>
struct VirReleaser {
    void operator()(T *p) const
    {
        if (p)
            Release(p);
    }
};

using ConnectHandle = std::unique_ptr<virConnect, VirReleaser<virConnect, virConnectClose>>;
using DomainHandle = std::unique_ptr<virDomain, VirReleaser<virDomain, virDomainFree>>;
using PoolHandle = std::unique_ptr<virStoragePool, VirReleaser<virStoragePool, virStoragePoolFree>>;
using VolumeHandle = std::unique_ptr<virStorageVol, VirReleaser<virStorageVol, virStorageVolFree>>;
using StreamHandle = std::unique_ptr<virStream, VirReleaser<virStream, virStreamFree>>;

// libvirt strings the caller must free().
struct VirStringReleaser {
    void operator()(char *p) const;
};
using VirString = std::unique_ptr<char, VirStringReleaser>;

} // namespace Kiln::Core
