#pragma once
// Checksums for WebDownload and the file*Equals conditions: MD5, SHA1, SHA256, SHA512 through
// OpenSSL's EVP interface (linked statically into kiln-agent).

#include "diagnostic.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace Kiln::Toe {

enum class DigestAlgorithm { Md5, Sha1, Sha256, Sha512 };

// "MD5", "sha1", "SHA-256", "sha512" (any case, optional '-').
std::optional<DigestAlgorithm> parseDigestAlgorithm(const std::string &name);
const char *digestAlgorithmName(DigestAlgorithm a); // "MD5" | "SHA1" | "SHA256" | "SHA512"

class Digest
{
public:
    explicit Digest(DigestAlgorithm algorithm);
    ~Digest();
    Digest(const Digest &) = delete;
    Digest &operator=(const Digest &) = delete;

    void update(std::string_view data);
    std::string hexFinal(); // lower-case hex; the object is spent afterwards

private:
    struct Private;
    std::unique_ptr<Private> d;
};

Result<std::string> fileDigest(const std::string &path, DigestAlgorithm algorithm);
std::string stringDigest(std::string_view data, DigestAlgorithm algorithm);
// Case-insensitive comparison of two hex digests (surrounding whitespace ignored).
bool sameDigest(const std::string &a, const std::string &b);

} // namespace Kiln::Toe
