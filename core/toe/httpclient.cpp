#include "httpclient.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Kiln::Toe {

std::string Url::hostHeader() const
{
    const bool v6 = host.find(':') != std::string::npos;
    std::string h = v6 ? "[" + host + "]" : host;
    const bool defaultPort = (scheme == "http" && port == "80") || (scheme == "https" && port == "443");
    return defaultPort ? h : h + ":" + port;
}

std::string Url::toString() const
{
    return scheme + "://" + hostHeader() + target;
}

Expected<Url, std::string> parseUrl(const std::string &text)
{
    Url u;
    const size_t sep = text.find("://");
    if (sep == std::string::npos)
        return unexpected(std::string("'" + text + "' is not a URL (expected http://… or https://…)"));
    u.scheme = text.substr(0, sep);
    std::transform(u.scheme.begin(), u.scheme.end(), u.scheme.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (u.scheme != "http" && u.scheme != "https")
        return unexpected(std::string("'" + text + "': only http and https URLs are supported"));
    std::string rest = text.substr(sep + 3);
    const size_t hash = rest.find('#');
    if (hash != std::string::npos)
        rest.erase(hash);
    const size_t slash = rest.find_first_of("/?");
    std::string authority = rest.substr(0, slash);
    u.target = slash == std::string::npos ? "/" : rest.substr(slash);
    if (u.target.front() == '?')
        u.target = "/" + u.target;
    const size_t at = authority.rfind('@');
    if (at != std::string::npos)
        authority.erase(0, at + 1); // credentials in URLs are not supported; ignore them
    if (!authority.empty() && authority.front() == '[') {
        const size_t close = authority.find(']');
        if (close == std::string::npos)
            return unexpected(std::string("'" + text + "': unterminated IPv6 address"));
        u.host = authority.substr(1, close - 1);
        if (close + 1 < authority.size() && authority[close + 1] == ':')
            u.port = authority.substr(close + 2);
    } else {
        const size_t colon = authority.rfind(':');
        u.host = authority.substr(0, colon);
        if (colon != std::string::npos)
            u.port = authority.substr(colon + 1);
    }
    if (u.host.empty())
        return unexpected(std::string("'" + text + "' has no host name"));
    if (u.port.empty())
        u.port = u.scheme == "https" ? "443" : "80";
    if (!std::all_of(u.port.begin(), u.port.end(), [](unsigned char c) { return std::isdigit(c); }))
        return unexpected(std::string("'" + text + "' has an invalid port"));
    for (char &c : u.target)
        if (c == ' ')
            c = '+'; // keep the request line well-formed; real URLs are percent-encoded already
    return u;
}

std::string resolveUrl(const Url &base, const std::string &location)
{
    if (location.find("://") != std::string::npos)
        return location;
    if (location.rfind("//", 0) == 0)
        return base.scheme + ":" + location;
    const std::string origin = base.scheme + "://" + base.hostHeader();
    if (!location.empty() && location.front() == '/')
        return origin + location;
    std::string dir = base.target.substr(0, base.target.find('?'));
    dir = dir.substr(0, dir.rfind('/') + 1);
    return origin + dir + location;
}

namespace {

using Clock = SteadyClock;

struct SslCtxDeleter { void operator()(SSL_CTX *c) const { SSL_CTX_free(c); } };
struct SslDeleter { void operator()(SSL *s) const { SSL_free(s); } };

HttpError netError(std::string message, bool retryable = true)
{
    HttpError e;
    e.message = std::move(message);
    e.retryable = retryable;
    return e;
}

std::string sslErrorText()
{
    const unsigned long code = ERR_get_error();
    if (!code)
        return "TLS error";
    char buf[256];
    ERR_error_string_n(code, buf, sizeof buf);
    ERR_clear_error();
    return buf;
}

// A connected socket (optionally TLS) with a read buffer. Every wait polls the cancel token too.
class Connection
{
public:
    Connection(const HttpOptions &options) : m_options(options) {}
    ~Connection()
    {
        if (m_ssl)
            SSL_shutdown(m_ssl.get());
        m_ssl.reset();
        if (m_fd >= 0)
            ::close(m_fd);
    }

    Expected<bool, HttpError> open(const Url &url)
    {
        addrinfo hints{};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        addrinfo *list = nullptr;
        const int rc = ::getaddrinfo(url.host.c_str(), url.port.c_str(), &hints, &list);
        if (rc != 0)
            return unexpected(netError("cannot resolve host '" + url.host + "': " + gai_strerror(rc)));
        std::unique_ptr<addrinfo, void (*)(addrinfo *)> guard(list, freeaddrinfo);
        std::string lastError = "no address";
        for (addrinfo *ai = list; ai; ai = ai->ai_next) {
            const int fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, ai->ai_protocol);
            if (fd < 0) {
                lastError = std::strerror(errno);
                continue;
            }
            if (::connect(fd, ai->ai_addr, ai->ai_addrlen) != 0 && errno != EINPROGRESS) {
                lastError = std::strerror(errno);
                ::close(fd);
                continue;
            }
            m_fd = fd;
            auto ready = wait(POLLOUT, m_options.connectTimeout);
            if (!ready) {
                ::close(fd);
                m_fd = -1;
                if (ready.error().cancelled || ready.error().timedOut)
                    return unexpected(ready.error());
                lastError = ready.error().message;
                continue;
            }
            int soError = 0;
            socklen_t len = sizeof soError;
            ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &len);
            if (soError != 0) {
                lastError = std::strerror(soError);
                ::close(fd);
                m_fd = -1;
                continue;
            }
            const int one = 1;
            ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            break;
        }
        if (m_fd < 0)
            return unexpected(netError("cannot connect to " + url.host + ":" + url.port + ": " + lastError));
        if (url.scheme == "https")
            return startTls(url.host);
        return true;
    }

    Expected<bool, HttpError> writeAll(std::string_view data)
    {
        size_t done = 0;
        while (done < data.size()) {
            ssize_t n;
            if (m_ssl) {
                ERR_clear_error();
                n = SSL_write(m_ssl.get(), data.data() + done, static_cast<int>(data.size() - done));
                if (n <= 0) {
                    const int err = SSL_get_error(m_ssl.get(), static_cast<int>(n));
                    if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE) {
                        auto w = wait(err == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT, m_options.idleTimeout);
                        if (!w)
                            return unexpected(w.error());
                        continue;
                    }
                    return unexpected(netError("sending the request failed: " + sslErrorText()));
                }
            } else {
                n = ::send(m_fd, data.data() + done, data.size() - done, MSG_NOSIGNAL);
                if (n < 0) {
                    if (errno == EAGAIN || errno == EINTR) {
                        auto w = wait(POLLOUT, m_options.idleTimeout);
                        if (!w)
                            return unexpected(w.error());
                        continue;
                    }
                    return unexpected(netError(std::string("sending the request failed: ") + std::strerror(errno)));
                }
            }
            done += static_cast<size_t>(n);
        }
        return true;
    }

    // Reads more bytes into the buffer. Returns false at EOF.
    Expected<bool, HttpError> fill()
    {
        char buf[65536];
        while (true) {
            ssize_t n;
            if (m_ssl) {
                ERR_clear_error();
                n = SSL_read(m_ssl.get(), buf, sizeof buf);
                if (n <= 0) {
                    const int err = SSL_get_error(m_ssl.get(), static_cast<int>(n));
                    if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE) {
                        auto w = wait(err == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT, m_options.idleTimeout);
                        if (!w)
                            return unexpected(w.error());
                        continue;
                    }
                    if (err == SSL_ERROR_ZERO_RETURN || (err == SSL_ERROR_SYSCALL && ERR_peek_error() == 0))
                        return false; // close_notify, or a server that just closed the socket
                    return unexpected(netError("reading the response failed: " + sslErrorText()));
                }
            } else {
                n = ::recv(m_fd, buf, sizeof buf, 0);
                if (n < 0) {
                    if (errno == EAGAIN || errno == EINTR) {
                        auto w = wait(POLLIN, m_options.idleTimeout);
                        if (!w)
                            return unexpected(w.error());
                        continue;
                    }
                    return unexpected(netError(std::string("reading the response failed: ") + std::strerror(errno)));
                }
                if (n == 0)
                    return false;
            }
            m_buffer.append(buf, static_cast<size_t>(n));
            return true;
        }
    }

    std::string &buffer() { return m_buffer; }

    // One CRLF-terminated line (without the CRLF). EOF before a line: error.
    Expected<std::string, HttpError> readLine(size_t limit = 64 * 1024)
    {
        while (true) {
            const size_t nl = m_buffer.find('\n');
            if (nl != std::string::npos) {
                std::string line = m_buffer.substr(0, nl);
                m_buffer.erase(0, nl + 1);
                if (!line.empty() && line.back() == '\r')
                    line.pop_back();
                return line;
            }
            if (m_buffer.size() > limit)
                return unexpected(netError("the server sent a header line longer than 64 KiB", false));
            auto more = fill();
            if (!more)
                return unexpected(more.error());
            if (!*more)
                return unexpected(netError("the server closed the connection in the middle of the response"));
        }
    }

private:
    Expected<bool, HttpError> wait(short events, std::chrono::seconds timeout)
    {
        const auto until = std::min(m_options.deadline, Clock::now() + timeout);
        while (true) {
            pollfd fds[2] = {{m_fd, events, 0}, {-1, POLLIN, 0}};
            nfds_t n = 1;
            if (m_options.cancel && m_options.cancel->pollFd() >= 0) {
                fds[1].fd = m_options.cancel->pollFd();
                n = 2;
            }
            if (m_options.cancel && m_options.cancel->isCancelled()) {
                HttpError e = netError("cancelled", false);
                e.cancelled = true;
                return unexpected(e);
            }
            const auto now = Clock::now();
            if (now >= until) {
                HttpError e = netError(until == m_options.deadline ? "the step timed out during the download"
                                                                   : "the server did not answer in time",
                                       until != m_options.deadline);
                e.timedOut = until == m_options.deadline;
                return unexpected(e);
            }
            const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(until - now).count() + 1;
            const int rc = ::poll(fds, n, static_cast<int>(std::min<long long>(ms, 1000)));
            if (rc < 0 && errno != EINTR)
                return unexpected(netError(std::string("poll failed: ") + std::strerror(errno)));
            if (rc > 0 && fds[0].revents)
                return true;
        }
    }

    Expected<bool, HttpError> startTls(const std::string &host)
    {
        m_ctx.reset(SSL_CTX_new(TLS_client_method()));
        if (!m_ctx)
            return unexpected(netError("cannot initialise TLS: " + sslErrorText(), false));
        SSL_CTX_set_min_proto_version(m_ctx.get(), TLS1_2_VERSION);
        if (m_options.verifyCertificates) {
            SSL_CTX_set_verify(m_ctx.get(), SSL_VERIFY_PEER, nullptr);
            SSL_CTX_set_default_verify_paths(m_ctx.get());
            // The static agent's OpenSSL looks where Debian keeps certificates; other guests keep
            // their bundle elsewhere.
            for (const char *bundle : {"/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt",
                                       "/etc/ssl/ca-bundle.pem", "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
                                       "/etc/ssl/cert.pem"}) {
                if (::access(bundle, R_OK) == 0)
                    SSL_CTX_load_verify_locations(m_ctx.get(), bundle, nullptr);
            }
            ERR_clear_error();
        } else {
            SSL_CTX_set_verify(m_ctx.get(), SSL_VERIFY_NONE, nullptr);
        }
        m_ssl.reset(SSL_new(m_ctx.get()));
        SSL_set_fd(m_ssl.get(), m_fd);
        in6_addr addr6{};
        in_addr addr4{};
        const bool isIp = inet_pton(AF_INET, host.c_str(), &addr4) == 1 || inet_pton(AF_INET6, host.c_str(), &addr6) == 1;
        if (!isIp)
            SSL_set_tlsext_host_name(m_ssl.get(), host.c_str());
        if (m_options.verifyCertificates) {
            X509_VERIFY_PARAM *param = SSL_get0_param(m_ssl.get());
            if (isIp)
                X509_VERIFY_PARAM_set1_ip_asc(param, host.c_str());
            else
                SSL_set1_host(m_ssl.get(), host.c_str());
        }
        while (true) {
            ERR_clear_error();
            const int rc = SSL_connect(m_ssl.get());
            if (rc == 1)
                return true;
            const int err = SSL_get_error(m_ssl.get(), rc);
            if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE) {
                auto w = wait(err == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT, m_options.connectTimeout);
                if (!w)
                    return unexpected(w.error());
                continue;
            }
            const long verify = SSL_get_verify_result(m_ssl.get());
            if (verify != X509_V_OK)
                return unexpected(netError("the certificate of '" + host + "' is not trusted ("
                                               + X509_verify_cert_error_string(verify)
                                               + "); set ignoreCertificateErrors: true to download anyway",
                                           false));
            return unexpected(netError("TLS handshake with '" + host + "' failed: " + sslErrorText()));
        }
    }

    const HttpOptions &m_options;
    int m_fd = -1;
    std::unique_ptr<SSL_CTX, SslCtxDeleter> m_ctx;
    std::unique_ptr<SSL, SslDeleter> m_ssl;
    std::string m_buffer;
};

std::string lowerCase(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

struct ResponseHead {
    int status = 0;
    std::string reason;
    std::string location;
    std::string transferEncoding;
    long long contentLength = -1;
};

Expected<ResponseHead, HttpError> readHead(Connection &conn)
{
    ResponseHead head;
    while (true) {
        auto statusLine = conn.readLine();
        if (!statusLine)
            return unexpected(statusLine.error());
        if (statusLine->rfind("HTTP/", 0) != 0 || statusLine->size() < 12)
            return unexpected(netError("the server did not answer with HTTP ('" + statusLine->substr(0, 40) + "')", false));
        head.status = std::atoi(statusLine->substr(9, 3).c_str());
        head.reason = statusLine->size() > 13 ? statusLine->substr(13) : std::string();
        size_t headerBytes = 0;
        while (true) {
            auto line = conn.readLine();
            if (!line)
                return unexpected(line.error());
            if (line->empty())
                break;
            headerBytes += line->size();
            if (headerBytes > 256 * 1024)
                return unexpected(netError("the response headers are too large", false));
            const size_t colon = line->find(':');
            if (colon == std::string::npos)
                continue;
            const std::string name = lowerCase(line->substr(0, colon));
            std::string value = line->substr(colon + 1);
            value.erase(0, value.find_first_not_of(" \t"));
            while (!value.empty() && (value.back() == ' ' || value.back() == '\t'))
                value.pop_back();
            if (name == "location")
                head.location = value;
            else if (name == "transfer-encoding")
                head.transferEncoding = lowerCase(value);
            else if (name == "content-length")
                head.contentLength = std::atoll(value.c_str());
        }
        if (head.status >= 100 && head.status < 200)
            continue; // 1xx informational responses precede the real one
        return head;
    }
}

Expected<uint64_t, HttpError> readBody(Connection &conn, const ResponseHead &head,
                                       const std::function<bool(std::string_view)> &sink)
{
    uint64_t total = 0;
    auto deliver = [&](std::string_view data) -> Expected<bool, HttpError> {
        total += data.size();
        if (!sink(data))
            return unexpected(netError("writing the downloaded data failed", false));
        return true;
    };
    std::string &buf = conn.buffer();
    if (head.transferEncoding.find("chunked") != std::string::npos) {
        while (true) {
            auto sizeLine = conn.readLine();
            if (!sizeLine)
                return unexpected(sizeLine.error());
            const unsigned long long size = std::strtoull(sizeLine->c_str(), nullptr, 16);
            if (size == 0) {
                while (true) { // trailers
                    auto trailer = conn.readLine();
                    if (!trailer || trailer->empty())
                        break;
                }
                return total;
            }
            unsigned long long left = size;
            while (left > 0) {
                if (buf.empty()) {
                    auto more = conn.fill();
                    if (!more)
                        return unexpected(more.error());
                    if (!*more)
                        return unexpected(netError("the download ended early (in a chunk)"));
                }
                const size_t take = static_cast<size_t>(std::min<unsigned long long>(left, buf.size()));
                auto ok = deliver(std::string_view(buf.data(), take));
                if (!ok)
                    return unexpected(ok.error());
                buf.erase(0, take);
                left -= take;
            }
            auto crlf = conn.readLine();
            if (!crlf)
                return unexpected(crlf.error());
        }
    }
    while (true) {
        if (!buf.empty()) {
            size_t take = buf.size();
            if (head.contentLength >= 0)
                take = static_cast<size_t>(std::min<unsigned long long>(take, static_cast<unsigned long long>(head.contentLength) - total));
            auto ok = deliver(std::string_view(buf.data(), take));
            if (!ok)
                return unexpected(ok.error());
            buf.clear();
        }
        if (head.contentLength >= 0 && total >= static_cast<uint64_t>(head.contentLength))
            return total;
        auto more = conn.fill();
        if (!more)
            return unexpected(more.error());
        if (!*more) {
            if (head.contentLength >= 0)
                return unexpected(netError("the download ended early: " + std::to_string(total) + " of "
                                           + std::to_string(head.contentLength) + " bytes"));
            return total;
        }
    }
}

} // namespace

Expected<HttpResponse, HttpError> httpGet(const std::string &urlText, const HttpOptions &options,
                                          const std::function<bool(std::string_view)> &sink)
{
    std::string current = urlText;
    for (int redirects = 0;; ++redirects) {
        auto url = parseUrl(current);
        if (!url)
            return unexpected(netError(url.error(), false));
        Connection conn(options);
        auto opened = conn.open(*url);
        if (!opened)
            return unexpected(opened.error());
        const std::string request = "GET " + url->target + " HTTP/1.1\r\nHost: " + url->hostHeader()
                                    + "\r\nUser-Agent: kiln-toe/1.0\r\nAccept: */*\r\nAccept-Encoding: identity\r\n"
                                      "Connection: close\r\n\r\n";
        auto sent = conn.writeAll(request);
        if (!sent)
            return unexpected(sent.error());
        auto head = readHead(conn);
        if (!head)
            return unexpected(head.error());
        const int status = head->status;
        if ((status == 301 || status == 302 || status == 303 || status == 307 || status == 308) && !head->location.empty()) {
            if (redirects >= options.maxRedirects)
                return unexpected(netError("too many redirects (more than " + std::to_string(options.maxRedirects) + ")", false));
            current = resolveUrl(*url, head->location);
            continue;
        }
        if (status != 200) {
            HttpError e = netError("the server answered HTTP " + std::to_string(status)
                                       + (head->reason.empty() ? std::string() : " " + head->reason) + " for " + current,
                                   status >= 500 || status == 408 || status == 429);
            e.status = status;
            return unexpected(e);
        }
        auto bytes = readBody(conn, *head, sink);
        if (!bytes)
            return unexpected(bytes.error());
        HttpResponse r;
        r.status = status;
        r.finalUrl = current;
        r.bytes = *bytes;
        return r;
    }
}

} // namespace Kiln::Toe
