// WebDownload (SPEC §7.2): http/https with redirects, any status but 200 is an error, up to
// config.webDownloadAttempts internal attempts with exponential back-off (independent of the step's
// maxAttempts), optional checksum, destination folders ending in '/', missing folders created.
#include "digest.h"
#include "fileutil.h"
#include "httpclient.h"
#include "moduleinputs.h"
#include "modules.h"

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace Kiln::Toe {

namespace {

struct Download {
    std::string source;
    std::string destination;
    bool overwrite = true;
    bool verify = true;
    std::optional<DigestAlgorithm> algorithm;
    std::string checksum;
};

// Waits up to delay, returning early (false) when the run is cancelled.
bool sleepUnlessCancelled(const CancelToken &cancel, std::chrono::milliseconds delay, SteadyClock::time_point deadline)
{
    const auto until = std::min(deadline, SteadyClock::now() + delay);
    while (!cancel.isCancelled()) {
        const auto now = SteadyClock::now();
        if (now >= until)
            return true;
        pollfd pfd{cancel.pollFd(), POLLIN, 0};
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(until - now).count() + 1;
        ::poll(&pfd, pfd.fd >= 0 ? 1 : 0, static_cast<int>(ms));
    }
    return false;
}

std::string urlFileName(const std::string &url)
{
    auto parsed = parseUrl(url);
    if (!parsed)
        return {};
    std::string path = parsed->target.substr(0, parsed->target.find('?'));
    while (!path.empty() && path.back() == '/')
        path.pop_back();
    return path.substr(path.rfind('/') + 1);
}

Result<Download> readEntry(ModuleContext &ctx, const InputEntry &e)
{
    Download d;
    TRY_ASSIGN(source, e.required("source"));
    TRY_ASSIGN(destination, e.required("destination"));
    TRY_ASSIGN(overwrite, e.boolean("overwrite", true));
    TRY_ASSIGN(ignoreCerts, e.boolean("ignoreCertificateErrors", false));
    TRY_ASSIGN(checksum, e.text("checksum", ""));
    TRY_ASSIGN(algorithm, e.text("algorithm", ""));
    d.source = source;
    d.overwrite = overwrite;
    d.verify = !ignoreCerts;
    if (checksum.empty() != algorithm.empty())
        return unexpected(Error{"checksum and algorithm must be given together", {}});
    if (!algorithm.empty()) {
        d.algorithm = parseDigestAlgorithm(algorithm);
        if (!d.algorithm)
            return unexpected(Error{"algorithm '" + algorithm + "' is not one of MD5, SHA1, SHA256, SHA512", {}});
        d.checksum = checksum;
    }
    auto url = parseUrl(source);
    if (!url)
        return unexpected(Error{"source " + url.error(), {}});
    d.destination = absolutePath(destination, ctx.config());
    if (endsWithSeparator(destination)) {
        const std::string name = urlFileName(source);
        if (name.empty())
            return unexpected(Error{"destination is a folder but the URL '" + source
                                        + "' has no file name to keep; give a file path", {}});
        std::string folder = d.destination;
        while (folder.size() > 1 && folder.back() == '/')
            folder.pop_back();
        d.destination = folder + "/" + name;
    }
    return d;
}

// One attempt: download into a partial file, hash on the fly, rename when complete and matching.
Expected<std::string, HttpError> attempt(ModuleContext &ctx, const Download &d)
{
    const std::string part = d.destination + ".kiln-part";
    const int fd = ::open(part.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) {
        HttpError e;
        e.message = "cannot write '" + part + "': " + errnoText(errno);
        return unexpected(e);
    }
    std::optional<Digest> digest;
    if (d.algorithm)
        digest.emplace(*d.algorithm);
    HttpOptions options;
    options.verifyCertificates = d.verify;
    options.connectTimeout = ctx.config().webConnectTimeout;
    options.deadline = ctx.deadline();
    options.cancel = &ctx.cancelToken();
    auto result = httpGet(d.source, options, [&](std::string_view data) {
        if (digest)
            digest->update(data);
        size_t done = 0;
        while (done < data.size()) {
            const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return false;
            done += static_cast<size_t>(n);
        }
        return true;
    });
    const bool closed = ::close(fd) == 0;
    if (!result) {
        ::unlink(part.c_str());
        return unexpected(result.error());
    }
    if (!closed) {
        ::unlink(part.c_str());
        HttpError e;
        e.message = "cannot write '" + part + "': " + errnoText(errno);
        return unexpected(e);
    }
    if (digest) {
        const std::string actual = digest->hexFinal();
        if (!sameDigest(actual, d.checksum)) {
            ::unlink(part.c_str());
            HttpError e;
            e.message = std::string(digestAlgorithmName(*d.algorithm)) + " checksum mismatch for " + d.source
                        + ": expected " + d.checksum + ", got " + actual;
            e.retryable = true; // a truncated or corrupted transfer may succeed next time
            return unexpected(e);
        }
    }
    if (std::rename(part.c_str(), d.destination.c_str()) != 0) {
        HttpError e;
        e.message = "cannot move the download to '" + d.destination + "': " + errnoText(errno);
        ::unlink(part.c_str());
        return unexpected(e);
    }
    ctx.message("WebDownload: " + std::to_string(result->bytes) + " bytes from " + result->finalUrl + " to "
                + d.destination + (d.algorithm ? std::string(", ") + digestAlgorithmName(*d.algorithm) + " verified" : ""));
    return d.destination;
}

} // namespace

ModuleResult runWebDownload(ModuleContext &ctx, const Node &inputs)
{
    if (!inputs.isSequence() && !inputs.isMap())
        return ModuleResult::failure("inputs must be a list of {source, destination} entries");
    ModuleResult r;
    for (const InputEntry &e : inputEntries(inputs)) {
        auto d = readEntry(ctx, e);
        if (!d)
            return ModuleResult::failure(e.label() + ": " + d.error().message);
        const EntryKind existing = entryKind(d->destination);
        if (existing == EntryKind::Folder)
            return ModuleResult::failure(e.label() + ": destination '" + d->destination + "' is a folder");
        if (existing != EntryKind::Missing) {
            if (!d->overwrite)
                return ModuleResult::failure(e.label() + ": '" + d->destination + "' already exists and overwrite is false");
            if (d->algorithm) {
                auto current = fileDigest(d->destination, *d->algorithm);
                if (current && sameDigest(*current, d->checksum)) {
                    ctx.message("WebDownload: '" + d->destination + "' already matches the checksum; not downloading");
                    Json out = Json::object();
                    out["destination"] = d->destination;
                    r.outputs.push_back(std::move(out));
                    continue;
                }
            }
        }
        auto folders = makeParentFolders(d->destination);
        if (!folders)
            return ModuleResult::failure(e.label() + ": " + folders.error().message);
        ctx.message("WebDownload: " + d->source + " -> " + d->destination);
        const int attempts = std::max(1, ctx.config().webDownloadAttempts);
        auto delay = ctx.config().webDownloadBackoff;
        std::string lastError;
        bool done = false;
        for (int i = 1; i <= attempts && !done; ++i) {
            auto got = attempt(ctx, *d);
            if (got) {
                done = true;
                break;
            }
            const HttpError &err = got.error();
            if (err.cancelled || err.timedOut) {
                ModuleResult f = ModuleResult::failure(e.label() + ": " + err.message);
                f.cancelled = err.cancelled;
                f.timedOut = err.timedOut;
                return f;
            }
            lastError = err.message;
            if (!err.retryable || i == attempts)
                break;
            ctx.message("WebDownload: attempt " + std::to_string(i) + " of " + std::to_string(attempts) + " failed ("
                        + err.message + "); retrying in " + std::to_string(delay.count()) + " ms");
            if (!sleepUnlessCancelled(ctx.cancelToken(), delay, ctx.deadline())) {
                ModuleResult f = ModuleResult::failure("cancelled");
                f.cancelled = true;
                return f;
            }
            delay *= 2;
        }
        if (!done)
            return ModuleResult::failure(e.label() + ": " + lastError);
        Json out = Json::object();
        out["destination"] = d->destination;
        r.outputs.push_back(std::move(out));
    }
    return r;
}

} // namespace Kiln::Toe
