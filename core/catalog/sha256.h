#pragma once
// Sha256: streaming SHA-256 through OpenSSL's EVP interface, which uses the CPU's SHA extensions
// (about 10x faster than QCryptographicHash on multi-gigabyte disk images). Also used for
// distribution manifests (SHA256SUMS). Not thread-safe per object; objects are cheap.

#include "core/result.h"

#include <QByteArrayView>
#include <QString>

#include <atomic>
#include <functional>

struct evp_md_ctx_st;

namespace Kiln::Core {

class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    QString hexDigest(); // lower-case hex; finishes the hash

    static QString hex(QByteArrayView data);
    // Hashes a whole file in 1 MiB chunks; `cancel` (optional) stops it with code "cancelled";
    // `progress(done, total)` is called after every chunk. Blocking: use a worker thread.
    static Result<QString> ofFile(const QString &path, const std::atomic_bool *cancel = nullptr,
                                  const std::function<void(qint64, qint64)> &progress = {});

private:
    evp_md_ctx_st *m_ctx = nullptr;
};

} // namespace Kiln::Core
