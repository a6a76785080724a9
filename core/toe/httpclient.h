#pragma once
// A minimal HTTP/1.1 GET client for WebDownload: http and https (OpenSSL, linked statically into
// kiln-agent), redirects, chunked or sized bodies streamed to a sink, cancel and timeouts through
// poll(). No proxy support, no keep-alive (one connection per request).

#include "expected.h"
#include "process.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace Kiln::Toe {

struct HttpOptions {
    bool verifyCertificates = true;
    int maxRedirects = 10;
    std::chrono::seconds connectTimeout{30};
    std::chrono::seconds idleTimeout{120};  // no byte received for this long: error (retryable)
    SteadyClock::time_point deadline = SteadyClock::time_point::max();
    const CancelToken *cancel = nullptr;
};

struct HttpResponse {
    int status = 0;
    std::string finalUrl;    // after redirects
    uint64_t bytes = 0;      // body bytes given to the sink
};

struct HttpError {
    std::string message;
    bool retryable = false;  // network trouble, 5xx, 408, 429, truncated body
    int status = 0;          // HTTP status when there was one
    bool cancelled = false;
    bool timedOut = false;
};

struct Url {
    std::string scheme;      // "http" | "https"
    std::string host;        // without brackets for IPv6
    std::string port;        // always set ("80"/"443" by default)
    std::string target;      // path + query, at least "/"
    std::string hostHeader() const;
    std::string toString() const;
};

// Parses an http(s) URL; the error says what is wrong with it.
Expected<Url, std::string> parseUrl(const std::string &text);
// Resolves a Location header against the URL it came from.
std::string resolveUrl(const Url &base, const std::string &location);

// GETs url. Only a final 200 response's body reaches sink (return false from sink to abort with its
// own error). Any other final status is an error, as in AWSTOE's WebDownload.
Expected<HttpResponse, HttpError> httpGet(const std::string &url, const HttpOptions &options,
                                          const std::function<bool(std::string_view)> &sink);

} // namespace Kiln::Toe
