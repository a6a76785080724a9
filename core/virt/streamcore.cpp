#include "streamcore.h"

#include "core/virt/eventhub.h"
#include "core/virt/virterror.h"

#include <libvirt/virterror.h>

namespace Kiln::Core {

namespace {

constexpr int ChunkBytes = 64 * 1024;
constexpr int BaseEvents = VIR_STREAM_EVENT_READABLE | VIR_STREAM_EVENT_ERROR | VIR_STREAM_EVENT_HANGUP;

void streamCallback(virStreamPtr, int events, void *opaque)
{
    static_cast<StreamCore *>(opaque)->onEvents(events);
}

} // namespace

StreamCore::StreamCore(virStreamPtr stream, std::shared_ptr<ByteSink> sink)
    : m_stream(stream)
    , m_sink(std::move(sink))
    , m_buffer(ChunkBytes, Qt::Uninitialized)
{
    m_finished.reportStarted();
}

StreamCore::~StreamCore()
{
    // Only reached after end() (m_keepAlive holds us while the callback is registered), or
    // when start() never ran because the hub stopped.
    if (m_stream && virStreamAbort(m_stream.get()) < 0)
        virResetLastError();
    if (!m_finished.isFinished()) {
        StreamOutcome outcome;
        outcome.how = StreamEnd::Closed;
        outcome.bytesReceived = m_received;
        m_finished.reportResult(outcome);
        m_finished.reportFinished();
    }
}

void StreamCore::start()
{
    if (m_ended)
        return;
    if (virStreamEventAddCallback(m_stream.get(), BaseEvents, streamCallback, this, nullptr) < 0) {
        end(StreamEnd::Error, lastVirtError(virtTr("Cannot watch the stream")).message);
        return;
    }
    m_callbackRegistered = true;
    m_keepAlive = shared_from_this();
    m_events = BaseEvents;
    flush(); // anything queued before the callback existed
    // Data that arrived while the stream was being set up is already waiting.
    drain();
}

void StreamCore::onEvents(int events)
{
    if (m_ended)
        return;
    drain();
    if (m_ended)
        return;
    if (events & VIR_STREAM_EVENT_WRITABLE)
        flush();
    if (m_ended)
        return;
    if (events & VIR_STREAM_EVENT_ERROR) {
        end(StreamEnd::Error, virtTr("the stream reported an error"));
        return;
    }
    if (events & VIR_STREAM_EVENT_HANGUP) {
        end(StreamEnd::HangUp, QString());
        return;
    }
    updateEvents();
}

// Receive until libvirt says "nothing more for now" (-2), EOF (0) or error (-1).
void StreamCore::drain()
{
    while (!m_ended) {
        const int n = virStreamRecv(m_stream.get(), m_buffer.data(), size_t(m_buffer.size()));
        if (n > 0) {
            m_received += n;
            m_sink->append(QByteArrayView(m_buffer.constData(), n));
            continue;
        }
        if (n == -2)
            return;
        if (n == 0) {
            end(StreamEnd::Eof, QString());
            return;
        }
        // -1: libvirt has already aborted the stream.
        end(StreamEnd::Error, lastVirtError(virtTr("Reading the stream failed")).message, true);
        return;
    }
}

void StreamCore::queueSend(const QByteArray &bytes)
{
    if (m_ended)
        return;
    m_outgoing.append(bytes);
    if (m_callbackRegistered)
        flush();
}

void StreamCore::flush()
{
    while (!m_ended && !m_outgoing.isEmpty()) {
        const int n = virStreamSend(m_stream.get(), m_outgoing.constData(), size_t(m_outgoing.size()));
        if (n == -2)
            break; // would block: WRITABLE will tell us when to go on
        if (n < 0) {
            end(StreamEnd::Error, lastVirtError(virtTr("Writing to the stream failed")).message, true);
            return;
        }
        m_sent += n;
        m_outgoing.remove(0, n);
    }
    updateEvents();
}

void StreamCore::updateEvents()
{
    if (m_ended || !m_callbackRegistered)
        return;
    const int wanted = BaseEvents | (m_outgoing.isEmpty() ? 0 : VIR_STREAM_EVENT_WRITABLE);
    if (wanted == m_events)
        return;
    if (virStreamEventUpdateCallback(m_stream.get(), wanted) < 0)
        virResetLastError();
    m_events = wanted;
}

void StreamCore::closeByUs()
{
    if (!m_ended)
        end(StreamEnd::Closed, QString());
}

// Teardown (d-1 rule 5): remove the callback first; then Finish after EOF, Abort after a hangup,
// an error event or our own close, nothing more after a failed recv/send (already aborted);
// then free.
void StreamCore::end(StreamEnd how, const QString &message, bool streamAborted)
{
    if (m_ended.exchange(true))
        return;
    if (m_callbackRegistered && virStreamEventRemoveCallback(m_stream.get()) < 0)
        virResetLastError();
    m_callbackRegistered = false;
    // We may be inside libvirt's dispatch of our callback: let go of ourselves only after it.
    // (Without a hub we are at exit: keeping the self-reference leaks, never dangles.)
    if (m_keepAlive) {
        if (EventHub *hub = EventHub::instance())
            hub->post([self = std::move(m_keepAlive)] {});
    }
    if (how == StreamEnd::Eof) {
        if (virStreamFinish(m_stream.get()) < 0)
            virResetLastError();
    } else if (!streamAborted) {
        if (virStreamAbort(m_stream.get()) < 0)
            virResetLastError();
    }
    m_stream.reset();

    StreamOutcome outcome;
    outcome.how = how;
    outcome.message = message;
    outcome.bytesReceived = m_received;
    outcome.bytesSent = m_sent;
    m_finished.reportResult(outcome);
    m_finished.reportFinished();
}

} // namespace Kiln::Core
