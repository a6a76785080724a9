#pragma once
// DomainStream: a live byte stream to a running domain — its virtio-serial agent channel
// (virDomainOpenChannel, org.kiln.agent.0) or its serial console (virDomainOpenConsole) — over a
// non-blocking virStream driven by the EventHub (PATTERNS.md d-1, rule 5). Works over remote
// URIs. Received bytes go to a ByteSink on the libvirt-events thread, in order, one append per
// chunk (never one signal per read). send() writes host → guest (e.g. the agent's `cancel`).
//
// Attach before the guest talks: start the domain paused (VirtDomains::createTransient(spec,
// true)), open the streams, then resume — nothing printed early is lost.
//
// Threading: every method is thread-safe; all stream work happens on the libvirt-events thread.
// Destroying the handle closes the stream (abort); finished() resolves exactly once.

#include "core/result.h"
#include "core/virt/bytesink.h"

#include <QFuture>

#include <memory>

namespace Kiln::Core {

class VirtConnection;
class StreamCore;

enum class StreamEnd {
    Eof,     // the other side finished cleanly (e.g. the guest powered off)
    HangUp,  // the other side went away
    Error,   // libvirt reported an error; see StreamOutcome::message
    Closed,  // closed by us (close() or the handle was destroyed)
};

struct StreamOutcome {
    StreamEnd how = StreamEnd::Closed;
    QString message;       // libvirt's error text for StreamEnd::Error
    qint64 bytesReceived = 0;
    qint64 bytesSent = 0;
};

class DomainStream
{
public:
    ~DomainStream();
    DomainStream(const DomainStream &) = delete;
    DomainStream &operator=(const DomainStream &) = delete;

    // `force` takes the console/channel over from another client (only one may be attached).
    static QFuture<Result<std::shared_ptr<DomainStream>>> openChannel(VirtConnection *connection, const QString &domain,
                                                                      const QString &channel,
                                                                      std::shared_ptr<ByteSink> sink, bool force = true);
    static QFuture<Result<std::shared_ptr<DomainStream>>> openConsole(VirtConnection *connection, const QString &domain,
                                                                      std::shared_ptr<ByteSink> sink, bool force = true);

    // Queues bytes for the guest; they are written as the stream accepts them. Ignored once the
    // stream has ended.
    void send(const QByteArray &bytes);
    // Ends the stream (virStreamAbort); idempotent.
    void close();
    QFuture<StreamOutcome> finished() const;
    bool isOpen() const;
    qint64 bytesReceived() const;

private:
    explicit DomainStream(std::shared_ptr<StreamCore> core);
    static QFuture<Result<std::shared_ptr<DomainStream>>> open(VirtConnection *connection, const QString &domain,
                                                               const QString &channel, bool console,
                                                               std::shared_ptr<ByteSink> sink, bool force);
    std::shared_ptr<StreamCore> m_core;
};

} // namespace Kiln::Core
