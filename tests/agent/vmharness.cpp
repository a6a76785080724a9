#include "vmharness.h"

#include "agentharness.h"

#include <QElapsedTimer>
#include <QLocalSocket>
#include <QProcess>
#include <QTest>

using Kiln::Core::AgentEvent;

namespace KilnTest {

Command command(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, program.toUtf8() + " did not finish"};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll()};
}

bool haveTool(const QString &name)
{
    return command(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("command -v ") + name}).exitCode == 0;
}

QStringList VmRun::names() const
{
    QStringList list;
    for (const AgentEvent &e : events)
        list << e.name;
    return list;
}

QString VmRun::issuesText() const
{
    QStringList list;
    for (const auto &i : issues)
        list << i.message;
    return list.join(QLatin1Char('\n'));
}

QByteArray domainXml(const VmSpec &s)
{
    return QStringLiteral(R"(<domain type='qemu'>
  <name>%1</name>
  <memory unit='MiB'>%2</memory>
  <vcpu>%3</vcpu>
  <os><type arch='x86_64' machine='pc'>hvm</type>
    <kernel>%4</kernel><initrd>%5</initrd><cmdline>%6</cmdline></os>
  <features><acpi/></features>
  <on_poweroff>destroy</on_poweroff><on_reboot>restart</on_reboot><on_crash>destroy</on_crash>
  <devices>
    <disk type='file' device='disk'><driver name='qemu' type='qcow2' discard='unmap'/><source file='%7'/><target dev='vda' bus='virtio'/></disk>
    <disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='%8'/><target dev='vdb' bus='virtio'/><readonly/></disk>
    <controller type='usb' model='none'/>
    <serial type='file'><source path='%9/console.log'/><target port='0'/></serial>
    <channel type='unix'><source mode='bind' path='%9/agent.sock'/><target type='virtio' name='org.kiln.agent.0'/></channel>
    <rng model='virtio'><backend model='random'>/dev/urandom</backend></rng>
    <memballoon model='none'/>
  </devices>
</domain>
)")
        .arg(s.name, QString::number(s.memoryMiB), QString::number(s.vcpus), s.kernel, s.initrd, s.cmdline, s.disk, s.seed,
             s.workDir)
        .toUtf8();
}

bool domainExists(const VmSpec &s)
{
    return command(QStringLiteral("virsh"), {QStringLiteral("-q"), QStringLiteral("-c"), s.uri, QStringLiteral("domstate"), s.name})
               .exitCode
           == 0;
}

void destroyDomain(const VmSpec &s)
{
    if (domainExists(s))
        command(QStringLiteral("virsh"), {QStringLiteral("-c"), s.uri, QStringLiteral("destroy"), s.name});
}

QString consoleTail(const VmSpec &s, int lines)
{
    const QList<QByteArray> all = readFile(s.workDir + QStringLiteral("/console.log")).split('\n');
    return QString::fromUtf8(all.mid(qMax(0, all.size() - lines)).join('\n'));
}

VmRun bootUntilPoweroff(const VmSpec &spec, int timeoutMs)
{
    VmRun r;
    const QString xml = spec.workDir + QStringLiteral("/domain.xml");
    if (!writeFile(xml, domainXml(spec))) {
        r.error = QStringLiteral("cannot write ") + xml;
        return r;
    }
    QElapsedTimer clock;
    clock.start();
    const Command create = command(QStringLiteral("virsh"), {QStringLiteral("-c"), spec.uri, QStringLiteral("create"), xml});
    if (create.exitCode != 0) {
        r.error = QString::fromUtf8(create.output);
        return r;
    }
    QLocalSocket channel;
    Kiln::Core::AgentEventParser parser;
    bool closed = false;
    auto onData = [&] {
        const auto batch = parser.feed(channel.readAll());
        r.issues += batch.issues;
        for (const AgentEvent &e : batch.events) {
            const QString key = e.type == AgentEvent::Type::AgentHello ? QStringLiteral("hello%1").arg(e.boot) : e.name;
            if (!r.firstSeen.contains(key))
                r.firstSeen.insert(key, clock.elapsed());
            r.events << e;
        }
    };
    QObject::connect(&channel, &QLocalSocket::readyRead, &channel, onData);
    QObject::connect(&channel, &QLocalSocket::disconnected, &channel, [&] { closed = true; });
    const QString socket = spec.workDir + QStringLiteral("/agent.sock");
    const bool connected = QTest::qWaitFor(
        [&] {
            if (channel.state() == QLocalSocket::UnconnectedState)
                channel.connectToServer(socket);
            return channel.waitForConnected(200);
        },
        30000);
    if (!connected) {
        r.error = QStringLiteral("could not connect to the agent channel ") + socket;
        destroyDomain(spec);
        return r;
    }
    // The channel closes when QEMU exits, i.e. when the guest powered off.
    if (!QTest::qWaitFor([&] { return closed; }, timeoutMs)) {
        r.error = QStringLiteral("the guest did not power off within %1 s").arg(timeoutMs / 1000);
        destroyDomain(spec);
    }
    onData();
    r.cycleMs = clock.elapsed();
    r.poweredOff = r.error.isEmpty() && QTest::qWaitFor([&] { return !domainExists(spec); }, 30000);
    return r;
}

} // namespace KilnTest
