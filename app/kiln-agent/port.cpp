// The I/O thread of the agent port: ordered, whole-line writes; host → guest lines; reconnects.
#include "port.h"

#include "core/toe/timeutil.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace Kiln::Agent {

using namespace std::chrono_literals;

namespace {

constexpr size_t MaxInputLine = 64 * 1024; // host → guest lines are tiny; longer ones are skipped

std::string trimmed(std::string s)
{
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' '))
        s.pop_back();
    return s;
}

std::string lastSegment(const std::string &path)
{
    const size_t slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

} // namespace

std::string findVirtioPortByName(const std::string &name, const std::string &sysfs)
{
    DIR *dir = ::opendir(sysfs.c_str());
    if (!dir)
        return {};
    std::string found;
    while (dirent *e = ::readdir(dir)) {
        if (e->d_name[0] == '.')
            continue;
        const std::string entry = e->d_name;
        std::FILE *f = std::fopen((sysfs + "/" + entry + "/name").c_str(), "re");
        if (!f)
            continue;
        char buf[256] = {};
        const size_t n = std::fread(buf, 1, sizeof buf - 1, f);
        std::fclose(f);
        if (trimmed(std::string(buf, n)) == name) {
            found = "/dev/" + entry;
            break;
        }
    }
    ::closedir(dir);
    return found;
}

Port::Port(std::string path, bool lookUpByName, size_t maxQueuedBytes)
    : m_path(std::move(path)), m_lookUpByName(lookUpByName), m_maxQueued(maxQueuedBytes)
{
    m_wakeFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
}

Port::~Port()
{
    stop();
    if (m_wakeFd >= 0)
        ::close(m_wakeFd);
}

void Port::start()
{
    if (m_thread.joinable())
        return;
    m_waitingSince = std::chrono::steady_clock::now();
    m_thread = std::thread([this] { ioLoop(); });
}

void Port::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_space.notify_all();
    m_drained.notify_all();
    m_retry.notify_all();
    wake();
    if (m_thread.joinable())
        m_thread.join();
    closePort();
}

void Port::wake()
{
    const uint64_t one = 1;
    if (m_wakeFd >= 0)
        (void)!::write(m_wakeFd, &one, sizeof one);
}

long long Port::send(std::string_view type, const Toe::Json &fields)
{
    // Serialize outside the lock (a 64 KiB output chunk costs more than everything else here);
    // seq is spliced in under the lock so that seq order is queue order.
    const std::string time = Toe::rfc3339(Toe::WallClock::now());
    std::string rest;
    if (fields.isObject() && fields.size() > 0) {
        rest = fields.dump();
        rest.front() = ','; // "{…}" → ",…}"
    } else {
        rest = "}";
    }
    std::string head = "{\"event\":";
    Toe::jsonQuote(head, type);
    head += ",\"seq\":";

    std::unique_lock lock(m_mutex);
    m_space.wait(lock, [&] { return m_pendingBytes < m_maxQueued || m_stop; });
    const long long seq = m_nextSeq++;
    std::string line;
    line.reserve(head.size() + 48 + rest.size());
    line += head;
    line += std::to_string(seq);
    line += ",\"t\":\"";
    line += time;
    line += '"';
    line += rest;
    line += '\n';
    if (m_stop)
        return seq; // shutting down: nothing more is written
    const bool wasEmpty = m_pendingLines == 0;
    m_pendingBytes += line.size();
    ++m_pendingLines;
    m_queue.push_back(std::move(line));
    lock.unlock();
    if (wasEmpty)
        wake();
    return seq;
}

long long Port::nextSeq() const
{
    std::lock_guard lock(m_mutex);
    return m_nextSeq;
}

void Port::setNextSeq(long long seq)
{
    std::lock_guard lock(m_mutex);
    m_nextSeq = seq;
}

bool Port::flush(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    return m_drained.wait_for(lock, timeout, [&] { return m_pendingLines == 0 || m_stop; }) && m_pendingLines == 0;
}

void Port::setCancelHandler(std::function<void()> handler)
{
    std::lock_guard lock(m_mutex);
    m_onCancel = std::move(handler);
}

bool Port::everConnected() const
{
    std::lock_guard lock(m_mutex);
    return m_stats.connects > 0;
}

std::string Port::openedPath() const
{
    std::lock_guard lock(m_mutex);
    return m_opened;
}

Port::Stats Port::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

bool Port::openPort()
{
    std::string path = m_path;
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 && m_lookUpByName) {
        const std::string byName = findVirtioPortByName(lastSegment(m_path));
        if (!byName.empty() && ::stat(byName.c_str(), &st) == 0)
            path = byName;
    }
    int fd = -1;
    Kind kind = Kind::None;
    int error = 0;
    if (::stat(path.c_str(), &st) != 0) {
        error = errno;
    } else if (S_ISSOCK(st.st_mode)) {
        fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_un addr {};
        addr.sun_family = AF_UNIX;
        if (path.size() >= sizeof addr.sun_path) {
            error = ENAMETOOLONG;
        } else {
            std::memcpy(addr.sun_path, path.c_str(), path.size() + 1);
            if (fd >= 0 && ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0)
                error = errno;
        }
        if (error && fd >= 0) {
            ::close(fd);
            fd = -1;
        }
        kind = Kind::Socket;
    } else if (S_ISFIFO(st.st_mode)) {
        // Write only: reading our own FIFO would read back our own lines. ENXIO until a reader opens it.
        fd = ::open(path.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
        kind = Kind::Fifo;
    } else if (S_ISCHR(st.st_mode)) {
        // virtio-serial allows one opener per port: the single descriptor reads and writes.
        fd = ::open(path.c_str(), O_RDWR | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
        kind = Kind::CharDevice;
    } else {
        fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
        kind = Kind::File;
    }
    if (fd < 0 && !error)
        error = errno;
    if (fd < 0) {
        const auto waited = std::chrono::steady_clock::now() - m_waitingSince;
        if (!m_warnedMissing && waited > 10s) {
            m_warnedMissing = true;
            std::fprintf(stderr, "kiln-agent: still waiting for the agent port %s (%s); events are kept until it "
                                 "opens. Does the VM have the virtio-serial channel org.kiln.agent.0 and the "
                                 "virtio_console module?\n",
                         path.c_str(), std::strerror(error));
        }
        return false;
    }
    if (kind == Kind::Socket)
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    m_fd = fd;
    m_kind = kind;
    m_readable = kind == Kind::CharDevice || kind == Kind::Socket;
    m_input.clear();
    m_skippingLongLine = false;
    bool first = false;
    {
        std::lock_guard lock(m_mutex);
        first = m_stats.connects == 0;
        ++m_stats.connects;
        m_opened = path;
    }
    if (first || m_warnedMissing)
        std::fprintf(stderr, "kiln-agent: agent port %s open\n", path.c_str());
    m_warnedMissing = false;
    return true;
}

void Port::closePort()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_kind = Kind::None;
    m_waitingSince = std::chrono::steady_clock::now();
}

bool Port::writeSome(std::string &prefix, const std::string &line, size_t &offset)
{
    while (true) {
        const std::string &buf = prefix.empty() ? line : prefix;
        const size_t from = prefix.empty() ? offset : 0;
        if (from >= buf.size())
            return true;
        const ssize_t n = m_kind == Kind::Socket
                              ? ::send(m_fd, buf.data() + from, buf.size() - from, MSG_NOSIGNAL)
                              : ::write(m_fd, buf.data() + from, buf.size() - from);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno == EAGAIN || errno == EWOULDBLOCK;
        }
        if (!prefix.empty()) {
            prefix.erase(0, static_cast<size_t>(n));
            continue;
        }
        offset += static_cast<size_t>(n);
        std::lock_guard lock(m_mutex);
        m_stats.bytes += n;
    }
}

bool Port::readInput()
{
    char buf[4096];
    while (true) {
        const ssize_t n = ::read(m_fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return errno == EAGAIN || errno == EWOULDBLOCK;
        if (n == 0)
            return false; // virtio: the host is not connected; socket: closed
        for (ssize_t i = 0; i < n; ++i) {
            const char c = buf[i];
            if (c == '\n') {
                if (!m_skippingLongLine)
                    handleInputLine(m_input);
                m_input.clear();
                m_skippingLongLine = false;
            } else if (!m_skippingLongLine) {
                m_input.push_back(c);
                if (m_input.size() > MaxInputLine) {
                    m_input.clear();
                    m_skippingLongLine = true;
                }
            }
        }
        if (static_cast<size_t>(n) < sizeof buf)
            return true;
    }
}

void Port::handleInputLine(std::string_view line)
{
    while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
        line.remove_suffix(1);
    if (line.empty())
        return;
    auto json = Toe::Json::parse(line);
    // Lines that are not an event we know are ignored, as the protocol asks.
    if (!json || !json->isObject() || (*json)["event"].toString() != "cancel")
        return;
    std::function<void()> handler;
    {
        std::lock_guard lock(m_mutex);
        handler = m_onCancel;
    }
    std::fprintf(stderr, "kiln-agent: the host asked to cancel the run\n");
    if (handler)
        handler();
}

void Port::ioLoop()
{
    std::string line;      // the line being written
    size_t offset = 0;     // bytes of it already written
    bool haveLine = false;
    std::string prefix;    // written before anything else after an (re)open

    while (true) {
        {
            std::unique_lock lock(m_mutex);
            if (m_stop)
                break;
            if (!haveLine && !m_queue.empty()) {
                line = std::move(m_queue.front());
                m_queue.pop_front();
                haveLine = true;
                offset = 0;
            }
        }
        if (m_fd < 0) {
            if (!openPort()) {
                std::unique_lock lock(m_mutex);
                m_retry.wait_for(lock, 100ms, [&] { return m_stop; });
                continue;
            }
            // End whatever torn line an earlier boot (or a broken connection) left on the host's
            // side, so the next event is not glued to it; the host ignores blank lines. A line cut
            // by a broken connection is sent again in full (the host drops the duplicate seq).
            prefix = "\n";
            offset = 0;
        }

        pollfd fds[2] = {{m_fd, static_cast<short>((m_readable ? POLLIN : 0) | (haveLine || !prefix.empty() ? POLLOUT : 0)), 0},
                         {m_wakeFd, POLLIN, 0}};
        const int n = ::poll(fds, 2, 1000);
        if (n < 0 && errno != EINTR) {
            std::this_thread::sleep_for(10ms);
            continue;
        }
        if (n <= 0)
            continue;
        if (fds[1].revents & POLLIN) {
            uint64_t v;
            (void)!::read(m_wakeFd, &v, sizeof v);
        }
        const short ev = fds[0].revents;
        bool broken = false;
        bool hostAway = false;
        if (ev & POLLIN) {
            if (!readInput()) {
                if (m_kind == Kind::Socket)
                    broken = true;
                else
                    hostAway = true;
            }
        }
        if (!broken && (ev & POLLOUT) && (haveLine || !prefix.empty())) {
            if (!writeSome(prefix, haveLine ? line : std::string(), offset)) {
                broken = true;
            } else if (haveLine && prefix.empty() && offset >= line.size()) {
                haveLine = false;
                std::lock_guard lock(m_mutex);
                m_pendingBytes -= line.size();
                --m_pendingLines;
                ++m_stats.events;
                m_space.notify_all();
                if (m_pendingLines == 0)
                    m_drained.notify_all();
            }
        }
        if (!(ev & (POLLIN | POLLOUT)) && (ev & (POLLHUP | POLLERR | POLLNVAL))) {
            if (m_kind == Kind::CharDevice && !(ev & POLLNVAL))
                hostAway = true; // virtio-serial: no host on the other end (yet); writes would block
            else
                broken = true;
        }
        if (broken) {
            closePort();
            offset = 0;
        } else if (hostAway) {
            if (haveLine && offset > 0) {
                // Part of this line went to a host end that has gone away: send it again in full
                // after a line break once the host is back (the host drops the duplicate seq).
                prefix = "\n";
                offset = 0;
            }
            // The host end of a virtio port is closed: poll() reports POLLHUP at once until it
            // opens again, so wait a little instead of spinning.
            std::this_thread::sleep_for(50ms);
        }
    }
}

} // namespace Kiln::Agent
