#pragma once
// StreamCore: the inside of a DomainStream — owns the non-blocking virStreamPtr, its event
// callback, the receive loop into the sink, the outgoing buffer and the teardown order of
// PATTERNS.md d-1 rule 5. Lives as long as either the DomainStream handle or libvirt's callback
// holds it; every member function except the atomics' readers runs on the libvirt-events thread.
// Not part of the public API: use DomainStream.

#include "core/virt/bytesink.h"
#include "core/virt/domainstream.h"
#include "core/virt/virthandles.h"

#include <QByteArray>
#include <QFutureInterface>

#include <atomic>
#include <memory>

#include <libvirt/libvirt.h>

namespace Kiln::Core {

// Lifetime: libvirt 9.0's remote driver never calls a stream callback's free function
// (remoteStreamCallbackFree tests `!cbdata->cb`), so the callback gets a plain pointer and the
// core keeps itself alive (m_keepAlive) until the callback is removed, releasing that reference
// from a queued call once libvirt's dispatch has returned.
class StreamCore : public std::enable_shared_from_this<StreamCore>
{
public:
    StreamCore(virStreamPtr stream, std::shared_ptr<ByteSink> sink);
    ~StreamCore();

    // ---- libvirt-events thread ----
    void start();                        // registers the event callback
    void onEvents(int events);           // the callback
    void queueSend(const QByteArray &bytes);
    void closeByUs();

    // ---- any thread ----
    QFuture<StreamOutcome> finished() { return m_finished.future(); }
    bool isOpen() const { return !m_ended.load(); }
    qint64 bytesReceived() const { return m_received.load(); }

private:
    void drain();
    void flush();
    void updateEvents();
    void end(StreamEnd how, const QString &message, bool streamAborted = false);

    StreamHandle m_stream; // freed after the explicit finish/abort of end()
    std::shared_ptr<ByteSink> m_sink;
    QFutureInterface<StreamOutcome> m_finished;
    QByteArray m_buffer;
    QByteArray m_outgoing;
    bool m_callbackRegistered = false;
    std::shared_ptr<StreamCore> m_keepAlive; // set while libvirt may call us
    int m_events = 0;
    std::atomic<bool> m_ended{false};
    std::atomic<qint64> m_received{0};
    qint64 m_sent = 0;
};

} // namespace Kiln::Core
