#pragma once
// Test harness for kiln-agent: FakeHost plays the host's side of the agent channel (a unix socket
// the agent connects to with --port, read like the build worker reads the virtio channel: bytes →
// AgentEventParser), and AgentProcess runs the real static agent binary.

#include "core/log/agenteventparser.h"

#include <QByteArray>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>

namespace KilnTest {

class FakeHost : public QObject
{
    Q_OBJECT
public:
    explicit FakeHost(QObject *parent = nullptr);

    bool listen(const QString &path);
    void close();                       // stops listening and drops the connection
    void sendCancel();                  // host → guest {"event":"cancel"}
    void drain() { onData(); }          // reads what the socket holds now
    bool connected() const { return m_socket && m_socket->state() == QLocalSocket::ConnectedState; }
    int connections() const { return m_connections; }

    // Keep step.output chunks in events (false: only count them, for floods).
    void setKeepChunks(bool keep) { m_keepChunks = keep; }
    // Called for every step.output event as it arrives (chunk intact even when not kept).
    void setOutputHandler(std::function<void(const Kiln::Core::AgentEvent &)> handler) { m_onOutput = std::move(handler); }

    QList<Kiln::Core::AgentEvent> events;
    QList<Kiln::Core::AgentEventParser::Issue> issues;
    qint64 outputBytes = 0;     // UTF-8 bytes of all step.output chunks
    qint64 receivedBytes = 0;   // raw bytes from the agent
    Kiln::Core::AgentEventParser parser;

    QStringList names() const;
    QList<Kiln::Core::AgentEvent> ofType(Kiln::Core::AgentEvent::Type type) const;
    // The joined output of a step (both streams when stream is empty).
    QString output(const QString &step, const QString &stream = QString()) const;
    const Kiln::Core::AgentEvent *find(Kiln::Core::AgentEvent::Type type, const QString &step = QString()) const;
    QString issuesText() const;

private:
    void onConnection();
    void onData();

    QLocalServer m_server;
    QPointer<QLocalSocket> m_socket;
    int m_connections = 0;
    bool m_keepChunks = true;
    std::function<void(const Kiln::Core::AgentEvent &)> m_onOutput;
};

struct AgentResult {
    int exitCode = -1;
    QString stderrText;
    qint64 elapsedMs = 0;
};

// Runs KILN_AGENT_BINARY with --plan plan --port port --no-shutdown (+ extra), in a clean
// environment, pumping the event loop until it exits (host is read meanwhile) and the host has
// read everything the agent wrote.
AgentResult runAgent(FakeHost &host, const QString &plan, const QString &port, const QStringList &extra = {},
                     int timeoutMs = 120000, const std::function<void(QProcess &)> &whileRunning = {});

bool writeFile(const QString &path, const QByteArray &content);
QByteArray readFile(const QString &path);

} // namespace KilnTest
