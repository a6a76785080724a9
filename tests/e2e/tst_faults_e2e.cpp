// Faults of issue #4 end to end: real kilnctl and build workers, real libvirtd + QEMU (TCG), the
// real kiln-agent in the tinyos fixture, a temporary Kiln home.
//   flood            a step prints 100 MiB to stdout → AVAILABLE; the events log on disk holds every
//                    line in order; the worker's peak memory stays bounded; `kilnctl build logs`
//                    prints it all
//   exportfull       the distribution directory is a small tmpfs → FAILED in DISTRIBUTING saying
//                    the disk is full, where, and what to do; no file of the export is left
//   logfull          the build's log folder is a 1 MiB tmpfs → FAILED saying the log cannot be
//                    written (path, disk full); no VM left, the catalog consistent
//   doctor           a Kiln home on a small file system → `kilnctl doctor` reports low free disk
//   restart          libvirtd is killed (SIGTERM) and started again while a step runs → the worker
//                    reconnects, re-attaches the agent channel, the build is AVAILABLE
//   down             libvirtd stays down longer than the reconnect budget (KILN_RECONNECT_TIMEOUT)
//                    → FAILED naming libvirt, promptly; once libvirtd is back a sweep removes the VM
// It kills and restarts the machine's libvirtd (label e2e, RUN_SERIAL). Mounting tmpfs needs root
// (done in a private mount namespace): the disk-full cases are skipped (QSKIP) where mount is not
// permitted.

#include "core/build/buildlogs.h"
#include "core/build/buildcontext.h"
#include "core/catalog/catalog.h"
#include "core/virt/awaitresult.h"
#include "core/virt/eventhub.h"
#include "core/virt/leftovercleaner.h"
#include "core/virt/virtconnection.h"
#include "core/virt/virtstorage.h"

#include "tests/virt/e2esupport.h"


#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>

using namespace Kiln::Core;
using namespace Qt::StringLiterals;

namespace {

const QString kPool = u"kiln-e2e-faults"_s;
constexpr int kReconnectBudgetSeconds = 20;
constexpr qint64 kFloodLines = 1638400; // 64 bytes each: 100 MiB

QString kilnctl() { return QStringLiteral(KILN_BINARY_DIR) + u"/app/kilnctl/kilnctl"_s; }
QString agent() { return QStringLiteral(KILN_BINARY_DIR) + u"/app/kiln-agent/kiln-agent"_s; }
QString testData() { return QStringLiteral(KILN_TEST_DATA_DIR) + u"/e2e/faults"_s; }

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// VmHWM (peak resident memory) of a process in KiB, -1 when it is gone.
qint64 peakKiB(qint64 pid)
{
    const QByteArray status = readFile(u"/proc/%1/status"_s.arg(pid));
    for (const QByteArray &line : status.split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

bool processAlive(qint64 pid) { return pid > 0 && ::kill(pid_t(pid), 0) == 0; }

qint64 libvirtdPid()
{
    const E2e::Run r = E2e::run(u"pgrep"_s, {u"-x"_s, u"libvirtd"_s}, 10000);
    return r.exitCode == 0 ? r.output.trimmed().split('\n').value(0).toLongLong() : 0;
}

bool mountTmpfs(const QString &dir, qint64 bytes)
{
    QDir().mkpath(dir);
    const QByteArray options = "size=" + QByteArray::number(bytes);
    return ::mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", 0, options.constData()) == 0;
}

QString integrity(const QString &path)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"integrity"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"PRAGMA integrity_check"_s) && q.next())
                result = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"integrity"_s);
    return result;
}

} // namespace

class TestFaultsE2e : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_home;
    int m_machineMountNs = -1; // the machine's mount namespace (before this test's unshare)
    std::unique_ptr<Catalog> m_catalog;
    QHash<QString, qint64> m_builds;
    QStringList m_mounts;
    bool m_canMount = false;
    QString m_mountError;
    QElapsedTimer m_clock;
    qint64 m_floodPeakKiB = 0;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"KILN_HOME"_s, m_home);
        env.insert(u"KILN_AGENT"_s, agent());
        env.insert(u"KILN_RECONNECT_TIMEOUT"_s, QString::number(kReconnectBudgetSeconds));
        return env;
    }

    E2e::Run ctl(const QStringList &args, int timeoutMs = 120000, const QString &home = {})
    {
        QProcessEnvironment env = environment();
        if (!home.isEmpty())
            env.insert(u"KILN_HOME"_s, home);
        return E2e::run(kilnctl(), args, timeoutMs, env);
    }

    qint64 start(const QString &pipeline)
    {
        const E2e::Run r = ctl({u"--output"_s, u"json"_s, u"pipeline"_s, u"start"_s, pipeline});
        if (r.exitCode != 0) {
            qWarning("kilnctl pipeline start %s failed: %s", qPrintable(pipeline), r.output.constData());
            return 0;
        }
        const qint64 id = QJsonDocument::fromJson(r.output).object().value(u"id"_s).toInteger();
        m_builds.insert(pipeline, id);
        return id;
    }

    BuildRow row(qint64 id) { return m_catalog->builds().get(id).value_or(BuildRow()); }

    // Polls the row until the build is final (or the time is up); `tick` runs every poll.
    BuildRow waitFinal(qint64 id, int timeoutMs, const std::function<void()> &tick = {})
    {
        QElapsedTimer clock;
        clock.start();
        BuildRow b = row(id);
        while (!isFinal(b.state) && clock.elapsed() < timeoutMs) {
            if (tick)
                tick();
            QTest::qWait(500);
            b = row(id);
        }
        return b;
    }

    bool stepRunning(qint64 id, const QString &step)
    {
        const auto s = m_catalog->builds().steps(id);
        return s && std::any_of(s->begin(), s->end(), [&](const BuildStepRow &r) {
                   return r.step == step && r.status == StepStatus::Running;
               });
    }

    QString workerLog(qint64 id) { return QString::fromUtf8(readFile(BuildLogs(m_catalog->home(), id).path(BuildLogs::worker()))); }

    QString describe(const BuildRow &b)
    {
        return u"build %1: %2 — %3 / %4 / %5 / %6: %7\n%8\nworker log:\n%9"_s.arg(b.id)
            .arg(buildStateName(b.state), b.failure.stage, b.failure.component, b.failure.phase, b.failure.step,
                 b.failure.message, b.failure.logTail.join(u'\n'),
                 BuildLogs::lastLines(BuildLogs(m_catalog->home(), b.id).path(BuildLogs::worker()), 40).join(u'\n'));
    }

    // The build's VMs and volumes still on the hypervisor (keep = the image's own volume).
    QStringList leftovers(qint64 buildId, const QString &keep = {})
    {
        VirtConnection conn(E2e::uri());
        LeftoverCleaner cleaner(&conn, storagePoolConfig(E2e::uri(), kPool));
        auto all = awaitResult(cleaner.scan());
        if (!all)
            return {u"scan failed: "_s + all.error().message};
        QStringList out;
        for (const TaggedDomain &d : std::as_const(all->domains))
            if (buildIdFromResource(m_catalog->home(), d.tag.buildId) == buildId)
                out << d.name;
        for (const TaggedVolume &v : std::as_const(all->volumes))
            if (buildIdFromResource(m_catalog->home(), v.tag.buildId) == buildId && v.volume.name != keep)
                out << v.volume.name;
        return out;
    }

    bool startLibvirtd()
    {
        // Started in the machine's mount namespace, not this test's private one (its tmpfs mounts):
        // the daemon outlives the test and every later test and build uses it. nsenter gets the
        // namespace this process had before unshare() (kept open in m_machineMountNs).
        const QString daemons = QStringLiteral(KILN_SOURCE_DIR) + u"/scripts/daemons.sh"_s;
        const E2e::Run r = m_machineMountNs >= 0
            ? E2e::run(u"nsenter"_s, {u"--mount=/proc/%1/fd/%2"_s.arg(::getpid()).arg(m_machineMountNs), u"--"_s, daemons}, 60000)
            : E2e::run(daemons, {}, 60000);
        if (r.exitCode != 0)
            qWarning("daemons.sh: %s", r.output.constData());
        return r.exitCode == 0;
    }

    // SIGTERM to libvirtd, as an admin's restart or a crash; true once it is gone.
    bool stopLibvirtd()
    {
        const qint64 pid = libvirtdPid();
        if (pid <= 0 || ::kill(pid_t(pid), SIGTERM) != 0)
            return false;
        QElapsedTimer clock;
        clock.start();
        while (processAlive(pid) && clock.elapsed() < 30000)
            QTest::qWait(100);
        return !processAlive(pid);
    }

    // Waits until the build's step runs (the VM booted, the agent said hello, the step started).
    bool waitForStep(qint64 id, const QString &step)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 900000) {
            if (stepRunning(id, step))
                return true;
            if (isFinal(row(id).state))
                return false;
            QTest::qWait(500);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clock.start();
        // Our tmpfs mounts stay in a mount namespace of this process and its children (kilnctl,
        // build workers): nothing leaks into the machine's mounts even if the test dies. Before
        // any thread starts (unshare(CLONE_NEWNS) refuses a process whose threads share its fs).
        // The machine's namespace stays open: libvirtd is restarted in it (startLibvirtd).
        m_machineMountNs = ::open("/proc/self/ns/mnt", O_RDONLY | O_CLOEXEC);
        if (::unshare(CLONE_NEWNS) == 0)
            ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr);
        EventHub::instance();
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(agent()).isExecutable(), "build kiln-agent first");
        m_home = m_dir.filePath(u"home"_s);
        QString error;
        const QString fixture = E2e::tinyosDir(&error);
        QVERIFY2(!fixture.isEmpty(), qPrintable(error));
        QVERIFY2(libvirtdPid() > 0 || startLibvirtd(), "libvirtd is not running and scripts/daemons.sh cannot start it");

        // Can this process mount a tmpfs (root, no container that forbids it)?
        const QString probe = m_dir.filePath(u"probe"_s);
        m_canMount = mountTmpfs(probe, 1 << 20);
        if (m_canMount)
            ::umount(QFile::encodeName(probe).constData());
        else
            m_mountError = QString::fromLocal8Bit(strerror(errno));

        E2e::Run r = ctl({u"image"_s, u"import"_s, u"--file"_s, fixture + u"/tinyos.qcow2"_s, u"--name"_s, u"tinyos"_s,
                          u"--version"_s, u"1.0.0"_s, u"--kernel"_s, fixture + u"/vmlinux"_s, u"--initrd"_s,
                          fixture + u"/initrd.img"_s, u"--cmdline"_s, QString::fromUtf8(readFile(fixture + u"/cmdline"_s)).trimmed()});
        QVERIFY2(r.exitCode == 0, r.output.constData());
        for (const QString &name : {u"nap"_s, u"flood"_s, u"loud"_s}) {
            r = ctl({u"component"_s, u"create"_s, u"--file"_s, testData() + u'/' + name + u".yml"_s, u"--name"_s, name,
                     u"--version"_s, u"1.0.0"_s, u"--type"_s, u"build"_s});
            QVERIFY2(r.exitCode == 0, r.output.constData());
        }
        // A distribution directory on a file system with room for one copy of the image, not two.
        const QString full = m_dir.filePath(u"full-exports"_s);
        const E2e::Run info = E2e::run(u"qemu-img"_s, {u"info"_s, u"--output"_s, u"json"_s, fixture + u"/tinyos.qcow2"_s});
        const qint64 imageBytes = QJsonDocument::fromJson(info.output).object().value(u"actual-size"_s).toInteger();
        QVERIFY2(imageBytes > 0, info.output.constData());
        if (m_canMount) {
            QVERIFY(mountTmpfs(full, imageBytes * 3 / 2));
            m_mounts << full;
        }
        QByteArray resources = readFile(testData() + u"/resources.yml"_s);
        resources.replace("@URI@", E2e::uri().toUtf8()).replace("@POOL@", kPool.toUtf8()).replace("@FULL@", full.toUtf8());
        const QString resourceFile = m_dir.filePath(u"resources.yml"_s);
        QFile out(resourceFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(resources);
        out.close();
        r = ctl({u"apply"_s, u"-f"_s, resourceFile});
        QVERIFY2(r.exitCode == 0, r.output.constData());
        auto opened = Catalog::open(Home(m_home));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        m_catalog = std::move(*opened);

        // The builds that need no restart of libvirtd run side by side. The log-full build's log
        // folder is mounted before the build exists: build ids are handed out in order.
        if (m_canMount) {
            auto builds = m_catalog->builds().list();
            QVERIFY(builds);
            qint64 next = 1;
            for (const BuildRow &b : std::as_const(*builds))
                next = qMax(next, b.id + 1);
            const QString logs = QFileInfo(BuildLogs(m_catalog->home(), next).path(BuildLogs::worker())).absolutePath();
            QVERIFY(mountTmpfs(logs, 1 << 20));
            m_mounts << logs;
            QCOMPARE(start(u"loud"_s), next);
            QVERIFY(start(u"exportfull"_s) > 0);
        }
        QVERIFY(start(u"flood"_s) > 0);
        qInfo("setup and build starts: %lld ms", m_clock.elapsed());
    }

    void flood100MiB()
    {
        const qint64 id = m_builds.value(u"flood"_s);
        QElapsedTimer clock;
        clock.start();
        // The worker's peak memory while the flood goes through it.
        qint64 workerPid = 0;
        qint64 stepPeakKiB = 0; // while the Flood step runs (the flood itself, before the capture)
        const BuildRow b = waitFinal(id, 1800000, [&] {
            if (workerPid <= 0)
                workerPid = row(id).workerPid;
            if (const qint64 kib = peakKiB(workerPid); kib > 0) {
                m_floodPeakKiB = qMax(m_floodPeakKiB, kib);
                if (stepRunning(id, u"Flood"_s))
                    stepPeakKiB = kib;
            }
        });
        const qint64 buildMs = clock.elapsed();
        QVERIFY2(b.state == BuildState::Succeeded, qPrintable(describe(b)));
        QVERIFY2(m_floodPeakKiB > 0, "the worker's memory was never read");
        qInfo("flood: 100 MiB of step output, build done in %lld ms; worker %lld peak resident %lld MiB (%lld MiB while the "
              "step ran)", buildMs, workerPid, m_floodPeakKiB / 1024, stepPeakKiB / 1024);
        QVERIFY2(m_floodPeakKiB < 200 * 1024, qPrintable(QString::number(m_floodPeakKiB)));

        // Every line, in order, in the events log on disk.
        clock.restart();
        const QString events = BuildLogs(m_catalog->home(), id).path(BuildLogs::events());
        QFile file(events);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray stdoutText;
        qint64 expected = 1;
        qint64 bytes = 0;
        bool inOrder = true;
        QByteArray firstBad;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine();
            if (!line.contains("\"step.output\""))
                continue;
            const QJsonObject ev = QJsonDocument::fromJson(line).object();
            if (ev.value(u"stream"_s).toString() != u"stdout" || ev.value(u"step"_s).toString() != u"Flood")
                continue;
            stdoutText += ev.value(u"chunk"_s).toString().toUtf8();
            qsizetype nl;
            qsizetype from = 0;
            while ((nl = stdoutText.indexOf('\n', from)) >= 0) {
                const QByteArrayView text(stdoutText.constData() + from, nl - from);
                bytes += text.size() + 1;
                if (inOrder && (text.size() != 63 || text.first(10).toByteArray().toLongLong() != expected
                                || !text.endsWith("kiln-flood-0123456789abcdefghijklmnopqrstuvwxyzABCDE"))) {
                    inOrder = false;
                    firstBad = text.toByteArray();
                }
                ++expected;
                from = nl + 1;
            }
            stdoutText.remove(0, from);
        }
        QVERIFY2(inOrder, qPrintable(u"line %1 is \"%2\""_s.arg(expected - 1).arg(QString::fromUtf8(firstBad))));
        QCOMPARE(expected - 1, kFloodLines);
        QCOMPARE(bytes, kFloodLines * 64);
        QVERIFY(stdoutText.isEmpty());
        qInfo("events log: %lld bytes, every line checked in %lld ms", file.size(), clock.elapsed());

        // `kilnctl build logs` prints it all without blowing up (its memory read while it runs).
        clock.restart();
        QProcess logs;
        QProcessEnvironment env = environment();
        logs.setProcessEnvironment(env);
        const QString printed = m_dir.filePath(u"flood-logs.txt"_s);
        logs.setStandardOutputFile(printed);
        logs.start(kilnctl(), {u"build"_s, u"logs"_s, QString::number(id)});
        QVERIFY(logs.waitForStarted(10000));
        qint64 logsPeak = 0;
        while (!logs.waitForFinished(100))
            logsPeak = qMax(logsPeak, peakKiB(logs.processId()));
        QCOMPARE(logs.exitStatus(), QProcess::NormalExit);
        QCOMPARE(logs.exitCode(), 0);
        const qint64 printedBytes = QFileInfo(printed).size();
        qInfo("kilnctl build logs: %lld bytes in %lld ms, peak resident %lld MiB", printedBytes, clock.elapsed(), logsPeak / 1024);
        QVERIFY2(printedBytes > kFloodLines * 64, qPrintable(QString::number(printedBytes)));
        const QStringList tail = BuildLogs::lastLines(printed, 200);
        QVERIFY2(tail.join(u'\n').contains(u"%1 kiln-flood-"_s.arg(kFloodLines, 10, 10, QChar(u'0'))), qPrintable(tail.join(u'\n')));
        QCOMPARE(leftovers(id, m_catalog->images().get(b.imageId)->volume), QStringList());
    }

    void exportDirectoryFull()
    {
        if (!m_canMount)
            QSKIP(qPrintable(u"cannot mount a tmpfs here: "_s + m_mountError));
        const qint64 id = m_builds.value(u"exportfull"_s);
        const BuildRow b = waitFinal(id, 1800000);
        QVERIFY2(b.state == BuildState::Failed, qPrintable(describe(b)));
        QCOMPARE(b.failure.stage, u"DISTRIBUTING"_s);
        const QString dir = m_mounts.value(0) + u"/exportfull-1.0.0-1"_s;
        // Says the disk is full, where, and what to do.
        for (const QString &needle : {u"No space left"_s, dir, u"free"_s, u"another"_s})
            QVERIFY2(b.failure.message.contains(needle), qPrintable(needle + u" not in: "_s + b.failure.message));
        QCOMPARE(m_catalog->images().get(b.imageId)->status, ImageStatus::Failed);
        // Nothing of the export is left that looks like an image or a manifest.
        const QStringList left = QDir(dir).entryList(QDir::Files | QDir::NoDotAndDotDot);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
        QCOMPARE(leftovers(id), QStringList());
        // The worker log says it too (the failure is not only in the catalog).
        QVERIFY2(workerLog(id).contains(u"No space left"_s), qPrintable(workerLog(id)));
    }

    void logDirectoryFull()
    {
        if (!m_canMount)
            QSKIP(qPrintable(u"cannot mount a tmpfs here: "_s + m_mountError));
        const qint64 id = m_builds.value(u"loud"_s);
        QElapsedTimer clock;
        clock.start();
        const BuildRow b = waitFinal(id, 1800000);
        QVERIFY2(b.state == BuildState::Failed, qPrintable(describe(b)));
        QCOMPARE(b.failure.stage, u"BUILDING"_s);
        const QString dir = m_mounts.value(1);
        for (const QString &needle : {u"Cannot write the build logs"_s, dir, u"No space left"_s, u"free space"_s})
            QVERIFY2(b.failure.message.contains(needle, Qt::CaseInsensitive), qPrintable(needle + u" not in: "_s + b.failure.message));
        // The step was still running (it sleeps ten minutes after its output): the failure came
        // from the full disk, not from the step's end.
        QCOMPARE(b.failure.step, u"Loud"_s);
        QCOMPARE(m_catalog->images().get(b.imageId)->status, ImageStatus::Failed);
        QCOMPARE(leftovers(id), QStringList());
        QVERIFY2(!processAlive(b.workerPid), "the worker still runs");
        // The catalog stays whole and writable.
        QCOMPARE(ctl({u"build"_s, u"list"_s}).exitCode, 0);
        qInfo("log folder full → FAILED after %lld ms: %s", clock.elapsed(), qPrintable(b.failure.message));
    }

    void doctorReportsLowDisk()
    {
        if (!m_canMount)
            QSKIP(qPrintable(u"cannot mount a tmpfs here: "_s + m_mountError));
        const QString home = m_dir.filePath(u"small-home"_s);
        QVERIFY(mountTmpfs(home, 64 << 20));
        m_mounts << home;
        const QStringList doctor{u"doctor"_s, u"--no-kvm-probe"_s, u"--uri"_s, E2e::uri(), u"--pool"_s, kPool};
        const E2e::Run r = ctl(doctor, 120000, home);
        QVERIFY2(r.exitCode != 0, r.output.constData()); // a failed check fails the command
        const QString text = QString::fromUtf8(r.output);
        QVERIFY2(text.contains(u"free disk in the Kiln home"_s) && text.contains(home), qPrintable(text));
        QVERIFY2(text.contains(u"free space in "_s + home), qPrintable(text));
        // The distribution directory of the faults home is on the nearly full tmpfs as well.
        const E2e::Run r2 = ctl(doctor);
        const QString text2 = QString::fromUtf8(r2.output);
        QVERIFY2(text2.contains(u"free disk for exports"_s) && text2.contains(u"free space in "_s + m_mounts.value(0)), qPrintable(text2));
        QCOMPARE(r2.exitCode, 1);
    }

    void libvirtdRestartedMidStep()
    {
        const qint64 id = start(u"nap"_s);
        QVERIFY(id > 0);
        QVERIFY2(waitForStep(id, u"Nap"_s), qPrintable(describe(row(id))));
        QTest::qWait(2000);
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(stopLibvirtd(), "cannot stop libvirtd");
        const qint64 stopMs = clock.elapsed();
        QTest::qWait(2000); // down for a moment, as a restart would be
        QVERIFY(startLibvirtd());
        const qint64 downMs = clock.elapsed();
        // The build goes on: reconnected, the channel re-attached, AVAILABLE.
        const BuildRow b = waitFinal(id, 600000);
        QVERIFY2(b.state == BuildState::Succeeded, qPrintable(describe(b)));
        const QString log = workerLog(id);
        QVERIFY2(log.contains(u"lost the connection to libvirt"_s), qPrintable(log));
        QVERIFY2(log.contains(u"reconnected to libvirt"_s), qPrintable(log));
        QVERIFY2(log.contains(u"re-attached to the agent channel"_s), qPrintable(log));
        // The step's output after the restart reached the host.
        const QByteArray events = readFile(BuildLogs(m_catalog->home(), id).path(BuildLogs::events()));
        QVERIFY2(events.contains("awake after the nap"), events.right(2000).constData());
        QVERIFY2(events.contains("\"event\":\"run.end\""), events.right(2000).constData());
        const auto s = m_catalog->builds().steps(id);
        QVERIFY(s && !s->isEmpty());
        for (const BuildStepRow &step : std::as_const(*s))
            QVERIFY2(step.status == StepStatus::Success, qPrintable(step.step));
        QCOMPARE(leftovers(id, m_catalog->images().get(b.imageId)->volume), QStringList());
        qInfo("libvirtd restart: stopped in %lld ms, back after %lld ms; build AVAILABLE %lld ms after the kill", stopMs, downMs,
              clock.elapsed());
    }

    void libvirtdDownBeyondReconnectBudget()
    {
        const qint64 id = start(u"longnap"_s);
        QVERIFY(id > 0);
        QVERIFY2(waitForStep(id, u"Nap"_s), qPrintable(describe(row(id))));
        QTest::qWait(2000);
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(stopLibvirtd(), "cannot stop libvirtd");
        // FAILED within the budget and a margin, while libvirtd is still down.
        const BuildRow b = waitFinal(id, (kReconnectBudgetSeconds + 60) * 1000);
        const qint64 failedMs = clock.elapsed();
        const bool restarted = startLibvirtd();
        QVERIFY(restarted);
        QVERIFY2(b.state == BuildState::Failed, qPrintable(describe(b)));
        QCOMPARE(b.failure.stage, u"BUILDING"_s);
        QCOMPARE(b.failure.step, u"Nap"_s);
        QVERIFY2(b.failure.message.contains(u"libvirt"_s)
                     && b.failure.message.contains(u"%1 s"_s.arg(kReconnectBudgetSeconds)),
                 qPrintable(b.failure.message));
        QVERIFY2(failedMs >= kReconnectBudgetSeconds * 1000, qPrintable(QString::number(failedMs)));
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(b.workerPid), 60000);
        QCOMPARE(m_catalog->images().get(b.imageId)->status, ImageStatus::Failed);
        // The VM outlived libvirtd (QEMU runs on); the next sweep (any build command) removes it
        // and the build's volumes.
        QCOMPARE(ctl({u"build"_s, u"list"_s}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(leftovers(id), QStringList(), 60000);
        qInfo("libvirtd down: FAILED %lld ms after the kill (budget %d s): %s", failedMs, kReconnectBudgetSeconds,
              qPrintable(b.failure.message));
    }

    void catalogStaysConsistent()
    {
        m_catalog.reset();
        QCOMPARE(integrity(QDir(m_home).filePath(u"catalog.db"_s)), u"ok"_s);
    }

    void cleanupTestCase()
    {
        if (libvirtdPid() <= 0)
            startLibvirtd();
        if (!m_catalog) {
            if (auto opened = Catalog::open(Home(m_home)))
                m_catalog = std::move(*opened);
        }
        if (m_catalog) {
            for (qint64 id : std::as_const(m_builds))
                if (auto b = m_catalog->builds().get(id); b && !isFinal(b->state))
                    ctl({u"build"_s, u"cancel"_s, QString::number(id)});
            VirtConnection conn(E2e::uri());
            VirtStorage storage(&conn, storagePoolConfig(E2e::uri(), kPool));
            if (auto vols = awaitResult(storage.listTaggedVolumes()))
                for (const TaggedVolume &v : std::as_const(*vols))
                    if (buildIdFromResource(m_catalog->home(), v.tag.buildId) > 0)
                        (void)awaitResult(storage.deleteVolume(v.volume.name));
        }
        for (const QString &dir : std::as_const(m_mounts))
            ::umount2(QFile::encodeName(dir).constData(), MNT_DETACH);
    }
};

QTEST_GUILESS_MAIN(TestFaultsE2e)
#include "tst_faults_e2e.moc"
