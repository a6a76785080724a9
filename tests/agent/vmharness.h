#pragma once
// Test harness for kiln-agent in real VMs: a transient libvirt domain (TCG, ACPI, direct kernel
// boot, root overlay + read-only seed, serial console to a file, the agent channel as a unix
// socket) run until the guest powers itself off, with the channel read and parsed as the build
// worker does (AgentEventParser).

#include "core/log/agenteventparser.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace KilnTest {

struct Command {
    int exitCode = -1;
    QByteArray output; // stdout + stderr
};
Command command(const QString &program, const QStringList &args, int timeoutMs = 120000);
bool haveTool(const QString &name);

struct VmSpec {
    QString uri = QStringLiteral("qemu:///system");
    QString name;
    QString kernel, initrd, cmdline;
    QString disk;        // qcow2 overlay (vda)
    QString seed;        // seed ISO (vdb, read-only)
    QString workDir;     // console.log and agent.sock go here (must be reachable by QEMU)
    int memoryMiB = 256;
    int vcpus = 1;
};

struct VmRun {
    QList<Kiln::Core::AgentEvent> events;
    QList<Kiln::Core::AgentEventParser::Issue> issues;
    QMap<QString, qint64> firstSeen; // "hello1", "hello2", "reboot", "run.end" … → ms after create
    qint64 cycleMs = 0;              // create → channel closed (QEMU exited)
    bool poweredOff = false;         // the domain went away by itself
    QString error;                   // why the run could not be observed

    QStringList names() const;
    QString issuesText() const;
};

QByteArray domainXml(const VmSpec &spec);
// Creates the domain, reads its channel until QEMU exits (or timeoutMs), waits for the domain to
// be gone; destroys it on timeout.
VmRun bootUntilPoweroff(const VmSpec &spec, int timeoutMs);
QString consoleTail(const VmSpec &spec, int lines = 40);
bool domainExists(const VmSpec &spec);
void destroyDomain(const VmSpec &spec);

} // namespace KilnTest
