#include "digest.h"

#include <cctype>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <openssl/evp.h>
#include <unistd.h>

namespace Kiln::Toe {

struct Digest::Private {
    EVP_MD_CTX *ctx = nullptr;
};

std::optional<DigestAlgorithm> parseDigestAlgorithm(const std::string &name)
{
    std::string n;
    for (char c : name)
        if (c != '-' && c != '_')
            n += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (n == "MD5") return DigestAlgorithm::Md5;
    if (n == "SHA1") return DigestAlgorithm::Sha1;
    if (n == "SHA256") return DigestAlgorithm::Sha256;
    if (n == "SHA512") return DigestAlgorithm::Sha512;
    return std::nullopt;
}

const char *digestAlgorithmName(DigestAlgorithm a)
{
    switch (a) {
    case DigestAlgorithm::Md5: return "MD5";
    case DigestAlgorithm::Sha1: return "SHA1";
    case DigestAlgorithm::Sha256: return "SHA256";
    case DigestAlgorithm::Sha512: return "SHA512";
    }
    return "SHA256";
}

Digest::Digest(DigestAlgorithm algorithm) : d(new Private)
{
    const EVP_MD *md = nullptr;
    switch (algorithm) {
    case DigestAlgorithm::Md5: md = EVP_md5(); break;
    case DigestAlgorithm::Sha1: md = EVP_sha1(); break;
    case DigestAlgorithm::Sha256: md = EVP_sha256(); break;
    case DigestAlgorithm::Sha512: md = EVP_sha512(); break;
    }
    d->ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(d->ctx, md, nullptr);
}

Digest::~Digest()
{
    EVP_MD_CTX_free(d->ctx);
}

void Digest::update(std::string_view data)
{
    EVP_DigestUpdate(d->ctx, data.data(), data.size());
}

std::string Digest::hexFinal()
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_DigestFinal_ex(d->ctx, md, &len);
    static const char hex[] = "0123456789abcdef";
    std::string out;
    for (unsigned i = 0; i < len; ++i) {
        out += hex[md[i] >> 4];
        out += hex[md[i] & 0xF];
    }
    return out;
}

Result<std::string> fileDigest(const std::string &path, DigestAlgorithm algorithm)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return unexpected(Error{"cannot read '" + path + "': " + std::strerror(errno), {}});
    Digest digest(algorithm);
    char buf[1 << 16];
    while (true) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int err = errno;
            ::close(fd);
            return unexpected(Error{"cannot read '" + path + "': " + std::strerror(err), {}});
        }
        if (n == 0)
            break;
        digest.update(std::string_view(buf, static_cast<size_t>(n)));
    }
    ::close(fd);
    return digest.hexFinal();
}

std::string stringDigest(std::string_view data, DigestAlgorithm algorithm)
{
    Digest digest(algorithm);
    digest.update(data);
    return digest.hexFinal();
}

bool sameDigest(const std::string &a, const std::string &b)
{
    auto norm = [](const std::string &s) {
        std::string out;
        for (char c : s)
            if (!std::isspace(static_cast<unsigned char>(c)))
                out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return out;
    };
    return norm(a) == norm(b);
}

} // namespace Kiln::Toe
