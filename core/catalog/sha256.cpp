#include "sha256.h"

#include "db.h"

#include <QFile>

#include <openssl/evp.h>

namespace Kiln::Core {

Sha256::Sha256() : m_ctx(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr);
}

Sha256::~Sha256() { EVP_MD_CTX_free(m_ctx); }

void Sha256::addData(QByteArrayView data)
{
    if (!data.isEmpty())
        EVP_DigestUpdate(m_ctx, data.data(), size_t(data.size()));
}

QString Sha256::hexDigest()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_ctx, digest, &length);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

QString Sha256::hex(QByteArrayView data)
{
    Sha256 h;
    h.addData(data);
    return h.hexDigest();
}

Result<QString> Sha256::ofFile(const QString &path, const std::atomic_bool *cancel,
                               const std::function<void(qint64, qint64)> &progress)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Internal::Tr::tr("cannot read %1: %2").arg(path, f.errorString()), QStringLiteral("io"));
    const qint64 total = f.size();
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    Sha256 h;
    qint64 done = 0;
    for (;;) {
        if (cancel && cancel->load())
            return fail(Internal::Tr::tr("cancelled"), QStringLiteral("cancelled"));
        const qint64 n = f.read(buffer.data(), buffer.size());
        if (n < 0)
            return fail(Internal::Tr::tr("reading %1 failed: %2").arg(path, f.errorString()), QStringLiteral("io"));
        if (n == 0)
            break;
        h.addData(QByteArrayView(buffer.constData(), n));
        done += n;
        if (progress)
            progress(done, total);
    }
    return h.hexDigest();
}

} // namespace Kiln::Core
