#pragma once
// Port: the agent's end of the channel to the host — the virtio-serial port org.kiln.agent.0
// (/dev/virtio-ports/org.kiln.agent.0, or /dev/vportNpM found by name in /sys/class/virtio-ports
// when no udev made the symlink), or, for tests and debugging, a unix socket, FIFO, pty or file.
//
// One I/O thread owns the file descriptor: it writes queued event lines in order, each whole line
// before the next (so lines never interleave), and reads host → guest lines ({"event":"cancel"}).
// A host that is not connected yet (virtio-serial blocks writes until it is; a socket refuses to
// connect) or that reconnects loses nothing: lines stay queued. send() blocks while more than
// maxQueuedBytes are waiting, so a step that floods output is slowed to the speed of the host
// instead of filling the guest's memory. seq and t are assigned here, in queue order.

#include "core/toe/json.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

namespace Kiln::Agent {

class Port
{
public:
    static constexpr const char *DefaultPath = "/dev/virtio-ports/org.kiln.agent.0";

    struct Stats {
        long long events = 0;      // lines written completely
        long long bytes = 0;       // bytes written
        int connects = 0;          // successful opens (reconnects included)
    };

    // path: the port; lookUpByName: when path is missing, look for a virtio port with the same
    // name (its last path segment) under /sys/class/virtio-ports.
    Port(std::string path, bool lookUpByName, size_t maxQueuedBytes = 8 * 1024 * 1024);
    ~Port();
    Port(const Port &) = delete;
    Port &operator=(const Port &) = delete;

    void start();
    // Ends the I/O thread at once; lines not yet written are dropped (flush() first).
    void stop();

    // Queues {"event":type,"seq":N,"t":now, …fields' members}. fields must be an object (or null).
    // Returns the event's seq. Blocks while the queue is full.
    long long send(std::string_view type, const Toe::Json &fields = Toe::Json());
    // The seq the next event gets (persisted across reboots).
    long long nextSeq() const;
    void setNextSeq(long long seq);

    // Waits until every queued line has been written to the port. False on timeout.
    bool flush(std::chrono::milliseconds timeout);
    // Called on the I/O thread for every {"event":"cancel"} line from the host.
    void setCancelHandler(std::function<void()> handler);

    bool everConnected() const;
    std::string openedPath() const; // the device/socket actually opened ("" before)
    Stats stats() const;

private:
    enum class Kind { None, CharDevice, Socket, Fifo, File };

    void ioLoop();
    bool openPort();
    void closePort();
    bool writeSome(std::string &prefix, const std::string &line, size_t &offset); // false: broken
    bool readInput();                                                            // false: EOF/broken
    void handleInputLine(std::string_view line);
    void wake();

    const std::string m_path;
    const bool m_lookUpByName;
    const size_t m_maxQueued;

    mutable std::mutex m_mutex;
    std::condition_variable m_space;   // queue has room
    std::condition_variable m_drained; // everything written
    std::condition_variable m_retry;   // stop requested (wakes the reconnect wait)
    std::deque<std::string> m_queue;
    size_t m_pendingBytes = 0;         // queued + the line being written
    size_t m_pendingLines = 0;
    long long m_nextSeq = 1;
    bool m_stop = false;
    std::function<void()> m_onCancel;
    std::string m_opened;
    Stats m_stats;

    // I/O thread only
    int m_fd = -1;
    Kind m_kind = Kind::None;
    bool m_readable = false;
    std::string m_input;
    bool m_skippingLongLine = false;
    std::chrono::steady_clock::time_point m_waitingSince{};
    bool m_warnedMissing = false;

    int m_wakeFd = -1;
    std::thread m_thread;
};

// /dev/<vportNpM> of the virtio port called name, from /sys/class/virtio-ports/*/name ("" if none).
std::string findVirtioPortByName(const std::string &name, const std::string &sysfs = "/sys/class/virtio-ports");

} // namespace Kiln::Agent
