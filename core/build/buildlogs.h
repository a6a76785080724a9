#pragma once
// BuildLogs: where a build's files live under <home>/logs/build-<id>/ and what each one is.
// The files are the source of truth; the catalog's build_logs rows point at them (kind → path)
// and clients (the GUI's build monitor, `kilnctl build logs --follow`) follow them with LogTail.
//
//   worker.log          the build log: stages, timings, warnings, failure context (text)
//   events.jsonl        the agent's events in the build VM (JSON Lines, docs/agent-protocol.md)
//   console.log         the build VM's serial console (raw bytes)
//   test-events.jsonl   the same for the test VM
//   test-console.log
//   worker.lock         held (flock) by the live build worker
//   worker.stderr       the worker process's own stderr (crash traces)
// A component test ("kilnctl test-component") has one VM: events.jsonl and console.log.

#include <QString>
#include <QStringList>

namespace Kiln::Core {

class Home;

class BuildLogs
{
public:
    // Log kinds as stored in build_logs.kind.
    static QString worker() { return QStringLiteral("worker"); }
    static QString events() { return QStringLiteral("events"); }
    static QString console() { return QStringLiteral("console"); }
    static QString testEvents() { return QStringLiteral("test-events"); }
    static QString testConsole() { return QStringLiteral("test-console"); }

    BuildLogs(const Home &home, qint64 buildId);

    QString dir() const { return m_dir; }
    QString path(const QString &kind) const; // the file of a kind above
    QString lockPath() const;
    QString stderrPath() const;

    // The events / console kind of a VM stage ("BUILDING" → events, "TESTING" → test-events).
    static QString eventsKind(const QString &stage);
    static QString consoleKind(const QString &stage);

    // The last `count` lines of a text file (reads only its end). Control characters other than
    // tab are removed, so a console tail prints safely.
    static QStringList lastLines(const QString &path, int count);

private:
    QString m_dir;
};

// A short token that tells this Kiln home's libvirt resources from another home's on the same
// hypervisor (build ids are per catalog: two homes both have a build 3). Part of every domain and
// volume name a build makes: kiln-build-<id>_<token>-<stage>-<random>.
QString homeToken(const Home &home);
// "<id>_<token>": the build id as written into resource names and domain tags.
QString resourceBuildId(const Home &home, qint64 buildId);
// The catalog build id of a resource build id of this home; 0 for another home's.
qint64 buildIdFromResource(const Home &home, const QString &resourceBuildId);

} // namespace Kiln::Core
