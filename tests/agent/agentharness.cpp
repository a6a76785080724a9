#include "agentharness.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QTest>

using Kiln::Core::AgentEvent;

namespace KilnTest {

FakeHost::FakeHost(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QLocalServer::newConnection, this, &FakeHost::onConnection);
}

bool FakeHost::listen(const QString &path)
{
    QLocalServer::removeServer(path);
    return m_server.listen(path);
}

void FakeHost::close()
{
    m_server.close();
    if (m_socket) {
        onData();
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void FakeHost::sendCancel()
{
    if (m_socket) {
        m_socket->write(AgentEvent::cancelLine());
        m_socket->flush();
    }
}

void FakeHost::onConnection()
{
    while (QLocalSocket *s = m_server.nextPendingConnection()) {
        if (m_socket) {
            onData();
            m_socket->deleteLater();
        }
        m_socket = s;
        ++m_connections;
        connect(s, &QLocalSocket::readyRead, this, &FakeHost::onData);
        onData();
    }
}

void FakeHost::onData()
{
    if (!m_socket)
        return;
    const QByteArray bytes = m_socket->readAll();
    if (bytes.isEmpty())
        return;
    receivedBytes += bytes.size();
    Kiln::Core::AgentEventParser::Batch batch;
    parser.feed(bytes, batch);
    issues += batch.issues;
    for (AgentEvent &e : batch.events) {
        if (e.type == AgentEvent::Type::StepOutput) {
            outputBytes += e.chunk.toUtf8().size();
            if (m_onOutput)
                m_onOutput(e);
            if (!m_keepChunks) {
                e.chunk.clear();
                e.raw = {};
            }
        }
        events.append(std::move(e));
    }
}

QStringList FakeHost::names() const
{
    QStringList list;
    for (const AgentEvent &e : events)
        list << e.name;
    return list;
}

QList<AgentEvent> FakeHost::ofType(AgentEvent::Type type) const
{
    QList<AgentEvent> list;
    for (const AgentEvent &e : events)
        if (e.type == type)
            list << e;
    return list;
}

QString FakeHost::output(const QString &step, const QString &stream) const
{
    QString text;
    for (const AgentEvent &e : events) {
        if (e.type != AgentEvent::Type::StepOutput || e.step != step)
            continue;
        if (!stream.isEmpty() && (e.stream == AgentEvent::Stream::Stdout) != (stream == QLatin1String("stdout")))
            continue;
        text += e.chunk;
    }
    return text;
}

const AgentEvent *FakeHost::find(AgentEvent::Type type, const QString &step) const
{
    for (const AgentEvent &e : events)
        if (e.type == type && (step.isEmpty() || e.step == step))
            return &e;
    return nullptr;
}

QString FakeHost::issuesText() const
{
    QStringList list;
    for (const auto &i : issues)
        list << i.message;
    return list.join(QLatin1Char('\n'));
}

AgentResult runAgent(FakeHost &host, const QString &plan, const QString &port, const QStringList &extra,
                     int timeoutMs, const std::function<void(QProcess &)> &whileRunning)
{
    AgentResult r;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &k : env.keys())
        if (k.startsWith(QLatin1String("KILN_")))
            env.remove(k);
    p.setProcessEnvironment(env);
    QStringList args{QStringLiteral("--plan"), plan, QStringLiteral("--port"), port, QStringLiteral("--no-shutdown")};
    args += extra;
    QElapsedTimer clock;
    clock.start();
    p.start(QStringLiteral(KILN_AGENT_BINARY), args);
    if (!p.waitForStarted(10000)) {
        r.stderrText = p.errorString();
        return r;
    }
    QTest::qWaitFor([&] {
        if (whileRunning)
            whileRunning(p);
        return p.state() == QProcess::NotRunning;
    }, timeoutMs);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(5000);
        r.stderrText = QStringLiteral("kiln-agent did not finish within %1 ms\n").arg(timeoutMs);
    }
    r.elapsedMs = clock.elapsed();
    // Whatever the agent wrote before it exited is in the socket: read it.
    QTest::qWait(50);
    QTest::qWaitFor([&] { return !host.connected(); }, 5000);
    QCoreApplication::processEvents();
    host.drain();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.stderrText += QString::fromUtf8(p.readAllStandardError());
    return r;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace KilnTest
