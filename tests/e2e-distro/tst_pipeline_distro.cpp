// The pipeline end to end on a real distribution: real kilnctl, build worker and kiln-agent, real
// libvirtd + QEMU (TCG), the debian-cloud fixture (Debian 12, systemd, cloud-init) as the base
// image, a temporary Kiln home. One pipeline (label e2e-distro):
//   build VM   (user-mode NIC) the build component downloads kiln-hello's .deb with WebDownload
//              from an HTTP server this test runs on the host's loopback (10.0.2.2 in the guest),
//              installs it with dpkg, creates a user, asks for a reboot (exit 194) and goes on
//              after it; its validate phase checks package, user and file; the agent generalizes
//              the guest and records the dpkg inventory
//   test VM    booted from the new image: the build component's test phase and a test component
//              that checks the VM is a fresh instance (own machine-id, cloud-init ran anew)
//   export     qcow2 + raw, SHA256SUMS
// Asserted from outside Kiln where a user would look: the catalog (AVAILABLE, inventory), the
// exported raw disk read with debugfs (the fixture is a bare ext4 file system), the HTTP server's
// requests, the step rows and the agent's events.
// Needs scripts/daemons.sh, the fixture (tests/fixtures/debian-cloud/build.sh, run by scripts/test.sh),
// dpkg-deb, debugfs, xorriso, qemu-img. KILN_E2E_DISTRO_VCPUS picks the VMs' vCPUs (default 2:
// on a host shared with compilers a 1-vCPU guest got a quarter of a core, and its boot after the
// reboot reached neither cloud-init nor the agent within 9 minutes; two vCPU threads get twice
// the share, and on an idle 2-core CI machine they are what the host has).

#include "core/build/buildcontext.h"
#include "core/build/buildlogs.h"
#include "core/catalog/catalog.h"
#include "core/virt/awaitresult.h"
#include "core/virt/eventhub.h"
#include "core/virt/leftovercleaner.h"
#include "core/virt/virtconnection.h"

#include "tests/virt/e2esupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Kiln::Core;
using namespace Qt::StringLiterals;

namespace {

const QString kPool = u"kiln-e2e-distro"_s;
const QString kPackageFile = u"kiln-hello_1.0_all.deb"_s;
const QString kMessage = u"kiln-hello installed and kilnuser created, then rebooted"_s;

QString kilnctl() { return QStringLiteral(KILN_BINARY_DIR) + u"/app/kilnctl/kilnctl"_s; }
QString agent() { return QStringLiteral(KILN_BINARY_DIR) + u"/app/kiln-agent/kiln-agent"_s; }
QString testData() { return QStringLiteral(KILN_TEST_DATA_DIR) + u"/e2e-distro"_s; }

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes, QFile::Permissions permissions = {})
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    return permissions == QFile::Permissions() || f.setPermissions(permissions);
}

// A one-file HTTP/1.1 server on 127.0.0.1 (what the guest reaches as 10.0.2.2 through QEMU's
// user-mode network); it counts the requests per path so the test knows the guest downloaded.
class FileServer : public QObject
{
public:
    FileServer(QString path, QByteArray body) : m_path(std::move(path)), m_body(std::move(body))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    QByteArray &buffer = m_pending[s];
                    buffer += s->readAll();
                    if (!buffer.contains("\r\n\r\n"))
                        return;
                    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
                    m_pending.remove(s);
                    const QString path = requestLine.size() >= 2 ? QString::fromUtf8(requestLine.at(1)) : QString();
                    m_requests << path;
                    if (requestLine.value(0) == "GET" && path == u'/' + m_path) {
                        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/vnd.debian.binary-package\r\n"
                                 "Connection: close\r\nContent-Length: "
                                 + QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
                    } else {
                        s->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    }
                    s->disconnectFromHost();
                });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    // The URL as the guest sees it.
    QString guestUrl() const { return u"http://10.0.2.2:%1/%2"_s.arg(m_server.serverPort()).arg(m_path); }
    QStringList requests() const { return m_requests; }

private:
    QTcpServer m_server;
    QString m_path;
    QByteArray m_body;
    QHash<QTcpSocket *, QByteArray> m_pending;
    QStringList m_requests;
};

// The agent events of one log file (JSON Lines), in order.
QList<QJsonObject> eventsOf(const QString &path)
{
    QList<QJsonObject> out;
    for (const QByteArray &line : readFile(path).split('\n'))
        if (!line.trimmed().isEmpty())
            out << QJsonDocument::fromJson(line).object();
    return out;
}

// The first value after `prefix` in the steps' output of an events file ("build machine-id: …").
QString outputValue(const QList<QJsonObject> &events, const QString &prefix)
{
    for (const QJsonObject &e : events) {
        if (e.value(u"event"_s).toString() != u"step.output")
            continue;
        for (const QString &line : e.value(u"chunk"_s).toString().split(u'\n'))
            if (line.startsWith(prefix))
                return line.mid(prefix.size()).trimmed();
    }
    return {};
}

} // namespace

class TestPipelineDistro : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{u"/var/tmp/kiln-e2e-distro-XXXXXX"_s};
    QString m_home;
    QString m_fixture;
    std::unique_ptr<FileServer> m_server;
    std::unique_ptr<Catalog> m_catalog;
    qint64 m_buildId = 0;
    BuildRow m_build;
    ImageRow m_image;
    QElapsedTimer m_clock;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"KILN_HOME"_s, m_home);
        env.insert(u"KILN_AGENT"_s, agent());
        // A Debian boot under TCG on a loaded 2-core machine reaches the agent in 2–6 minutes,
        // more than the default boot timeout allows for.
        if (!env.contains(u"KILN_BOOT_TIMEOUT"_s))
            env.insert(u"KILN_BOOT_TIMEOUT"_s, u"1200"_s);
        return env;
    }

    E2e::Run ctl(const QStringList &args, int timeoutMs = 300000)
    {
        return E2e::run(kilnctl(), args, timeoutMs, environment());
    }

    QString describe(const BuildRow &b)
    {
        return u"build %1: %2 — %3 / %4 / %5 / %6: %7\n%8\nworker log:\n%9"_s.arg(b.id)
            .arg(buildStateName(b.state), b.failure.stage, b.failure.component, b.failure.phase, b.failure.step,
                 b.failure.message, b.failure.logTail.join(u'\n'),
                 BuildLogs::lastLines(BuildLogs(m_catalog->home(), b.id).path(BuildLogs::worker()), 60).join(u'\n'));
    }

    QList<BuildStepRow> steps()
    {
        auto s = m_catalog->builds().steps(m_buildId);
        return s ? *s : QList<BuildStepRow>();
    }

    // What debugfs prints on stdout for one request (its version banner and errors go to stderr).
    QByteArray debugfs(const QString &image, const QString &request)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.start(u"debugfs"_s, {u"-R"_s, request, image});
        if (!p.waitForStarted(10000) || !p.waitForFinished(120000))
            return "debugfs did not finish: " + request.toUtf8();
        return p.readAllStandardOutput();
    }

    QString exportDir() const { return m_dir.filePath(u"exports/distro-1.0.0-1"_s); }

    bool succeeded() const { return m_build.state == BuildState::Succeeded; }

private Q_SLOTS:
    void initTestCase()
    {
        m_clock.start();
        EventHub::instance();
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(agent()).isExecutable(), "build kiln-agent first");
        m_fixture = qEnvironmentVariable("KILN_DEBIAN_CLOUD_DIR", QStringLiteral(KILN_BINARY_DIR "/fixtures/debian-cloud"));
        for (const char *f : {"vmlinuz", "initrd.img", "debian-cloud.qcow2", "cmdline"})
            if (!QFile::exists(m_fixture + u'/' + QLatin1String(f)))
                QSKIP(qPrintable(u"the debian-cloud fixture is not built in %1 (tests/fixtures/debian-cloud/build.sh %1; "
                                 "scripts/test.sh does it)"_s.arg(m_fixture)));
        for (const char *tool : {"dpkg-deb", "debugfs", "qemu-img", "xorriso"})
            QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
                     qPrintable(u"%1 is not installed (scripts/deps.sh)"_s.arg(QLatin1String(tool))));
        // The libvirt-qemu user reads the exports' parent folders.
        QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                        | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                                        | QFileDevice::ReadOther | QFileDevice::ExeOther));
        m_home = m_dir.filePath(u"home"_s);

        // kiln-hello_1.0_all.deb: /usr/bin/kiln-hello, made the way a packager would.
        const QString root = m_dir.filePath(u"pkg"_s);
        QVERIFY(QDir().mkpath(root + u"/DEBIAN"_s) && QDir().mkpath(root + u"/usr/bin"_s));
        QVERIFY(writeFile(root + u"/DEBIAN/control"_s,
                          "Package: kiln-hello\nVersion: 1.0\nArchitecture: all\nMaintainer: Kiln tests <kiln@example.invalid>\n"
                          "Description: Kiln's end-to-end test package\n Prints a greeting.\n"));
        QVERIFY(writeFile(root + u"/usr/bin/kiln-hello"_s, "#!/bin/sh\necho 'Hello from kiln-hello'\n",
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                              | QFile::ReadOther | QFile::ExeOther));
        const QString deb = m_dir.filePath(kPackageFile);
        E2e::Run r = E2e::run(u"dpkg-deb"_s, {u"--root-owner-group"_s, u"--build"_s, root, deb});
        QVERIFY2(r.exitCode == 0, r.output.constData());
        m_server = std::make_unique<FileServer>(kPackageFile, readFile(deb));
        QVERIFY(m_server->listen());

        r = ctl({u"image"_s, u"import"_s, u"--file"_s, m_fixture + u"/debian-cloud.qcow2"_s, u"--name"_s, u"debian-cloud"_s,
                 u"--version"_s, u"1.0.0"_s, u"--kernel"_s, m_fixture + u"/vmlinuz"_s, u"--initrd"_s,
                 m_fixture + u"/initrd.img"_s, u"--cmdline"_s, QString::fromUtf8(readFile(m_fixture + u"/cmdline"_s)).trimmed()});
        QVERIFY2(r.exitCode == 0, r.output.constData());
        for (const auto &[name, type] : {std::pair{u"kiln-hello-install"_s, u"build"_s}, std::pair{u"fresh-instance"_s, u"test"_s}}) {
            r = ctl({u"component"_s, u"create"_s, u"--file"_s, testData() + u"/components/"_s + name + u".yml"_s, u"--name"_s,
                     name, u"--version"_s, u"1.0.0"_s, u"--type"_s, type});
            QVERIFY2(r.exitCode == 0, r.output.constData());
        }
        const QString vcpus = qEnvironmentVariable("KILN_E2E_DISTRO_VCPUS", u"2"_s);
        QByteArray resources = readFile(testData() + u"/resources.yml"_s);
        resources.replace("@URI@", E2e::uri().toUtf8())
            .replace("@POOL@", kPool.toUtf8())
            .replace("@EXPORTS@", m_dir.filePath(u"exports"_s).toUtf8())
            .replace("@PACKAGE_URL@", m_server->guestUrl().toUtf8())
            .replace("@VCPUS@", vcpus.toUtf8());
        QVERIFY(writeFile(m_dir.filePath(u"resources.yml"_s), resources));
        r = ctl({u"apply"_s, u"-f"_s, m_dir.filePath(u"resources.yml"_s)});
        QVERIFY2(r.exitCode == 0, r.output.constData());

        r = ctl({u"--output"_s, u"json"_s, u"pipeline"_s, u"start"_s, u"distro"_s});
        QVERIFY2(r.exitCode == 0, r.output.constData());
        m_buildId = QJsonDocument::fromJson(r.output).object().value(u"id"_s).toInteger();
        QVERIFY2(m_buildId > 0, r.output.constData());
        auto opened = Catalog::open(Home(m_home));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        m_catalog = std::move(*opened);
        qInfo("setup (package, HTTP server, import, components, apply, start): %lld ms; %s vCPU(s)", m_clock.elapsed(),
              qPrintable(vcpus));
    }

    void pipelineEndsAvailable()
    {
        // The HTTP server lives in this thread: wait with the event loop running.
        QElapsedTimer clock;
        clock.start();
        for (;;) {
            auto b = m_catalog->builds().get(m_buildId);
            QVERIFY2(b, qPrintable(b ? QString() : b.error().message));
            m_build = *b;
            if (isFinal(m_build.state) || clock.elapsed() > 3300000)
                break;
            QTest::qWait(1000);
        }
        QVERIFY2(succeeded(), qPrintable(describe(m_build)));
        m_image = *m_catalog->images().get(m_build.imageId);
        QCOMPARE(m_image.status, ImageStatus::Available);
        QCOMPARE(m_image.osInfo.value(u"ID"_s).toString(), u"debian"_s);
        QCOMPARE(m_image.osInfo.value(u"VERSION_ID"_s).toString(), u"12"_s);
        QStringList stages;
        for (const BuildStageRow &s : std::as_const(m_build.stages))
            stages << u"%1 %2 s"_s.arg(s.stage).arg(s.durationMs() / 1000.0, 0, 'f', 1);
        QCOMPARE(m_build.stages.size(), 4);
        qInfo("pipeline: %s; start → AVAILABLE %lld ms", qPrintable(stages.join(u", "_s)), clock.elapsed());
    }

    void packageCameOverTheNetworkAndIsInTheInventory()
    {
        QVERIFY(succeeded());
        QVERIFY2(m_server->requests().contains(u'/' + kPackageFile), qPrintable(m_server->requests().join(u", "_s)));
        auto found = m_catalog->images().packages(m_image.id, u"kiln-hello"_s);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
        bool listed = false;
        for (const PackageRow &p : std::as_const(*found))
            listed |= p.name == u"kiln-hello" && p.version == u"1.0" && p.architecture == u"all";
        QVERIFY2(listed, "kiln-hello 1.0 is not in the image's package inventory");
        auto all = m_catalog->images().packages(m_image.id);
        QVERIFY(all);
        QVERIFY2(all->size() > 150, qPrintable(QString::number(all->size()))); // the fixture has ~200 packages
        QCOMPARE(m_image.packageCount, int(all->size()));
    }

    void rebootInTheMiddleResumes()
    {
        QVERIFY(succeeded());
        QList<std::optional<int>> rebootExits;
        QStringList order;
        for (const BuildStepRow &s : steps()) {
            QVERIFY2(s.status == StepStatus::Success || (s.step == u"RebootOnce" && s.exitCode == 194),
                     qPrintable(s.stage + u'/' + s.phase + u'/' + s.step + u": "_s + s.message));
            if (s.step == u"RebootOnce")
                rebootExits << s.exitCode;
            order << s.stage + u'/' + s.component.section(u'/', 1, 1) + u'/' + s.phase + u'/' + s.step;
        }
        QCOMPARE(rebootExits, (QList<std::optional<int>>{194, 0}));
        // The steps after the reboot ran after it, then validate, then the test VM's phases.
        const QStringList expected{u"BUILDING/kiln-hello-install/build/DownloadPackage"_s,
                                   u"BUILDING/kiln-hello-install/build/InstallPackage"_s,
                                   u"BUILDING/kiln-hello-install/build/CreateUser"_s,
                                   u"BUILDING/kiln-hello-install/build/BuildIdentity"_s,
                                   u"BUILDING/kiln-hello-install/build/RebootOnce"_s,
                                   u"BUILDING/kiln-hello-install/build/RebootOnce"_s,
                                   u"BUILDING/kiln-hello-install/build/WriteAfterReboot"_s,
                                   u"BUILDING/kiln-hello-install/validate/PackageInstalled"_s,
                                   u"BUILDING/kiln-hello-install/validate/UserExists"_s,
                                   u"BUILDING/kiln-hello-install/validate/FileWritten"_s,
                                   u"TESTING/kiln-hello-install/test/PackageWorks"_s,
                                   u"TESTING/fresh-instance/test/FreshMachineId"_s,
                                   u"TESTING/fresh-instance/test/CloudInitRanAnew"_s};
        QCOMPARE(order, expected);
        const QList<QJsonObject> events = eventsOf(BuildLogs(m_catalog->home(), m_buildId).path(BuildLogs::events()));
        QStringList hellos;
        for (const QJsonObject &e : events)
            if (e.value(u"event"_s).toString() == u"agent.hello")
                hellos << u"boot %1 resumed=%2 uptime %3 s"_s.arg(e.value(u"boot"_s).toInt())
                              .arg(e.value(u"resumed"_s).toBool())
                              .arg(e.value(u"uptime"_s).toDouble(), 0, 'f', 1);
        QCOMPARE(hellos.size(), 2);
        QVERIFY2(hellos.at(1).startsWith(u"boot 2 resumed=1"_s), qPrintable(hellos.join(u'\n')));
        const QString boots = outputValue(events, u"back after the reboot (boot "_s);
        QVERIFY2(!boots.isEmpty(), "the step after the reboot did not report its boot");
        qInfo("build VM agent hellos: %s", qPrintable(hellos.join(u"; "_s)));
    }

    void exportedRawImageHoldsWhatTheComponentWrote()
    {
        QVERIFY(succeeded());
        const QString raw = exportDir() + u"/distro-1.0.0-1.raw"_s;
        const QString qcow2 = exportDir() + u"/distro-1.0.0-1.qcow2"_s;
        const QString sums = QString::fromUtf8(readFile(exportDir() + u"/SHA256SUMS"_s));
        for (const QString &file : {qcow2, raw}) {
            const QString sha = E2e::sha256Of(file);
            QVERIFY2(!sha.isEmpty(), qPrintable(file));
            QVERIFY2(sums.contains(sha + u"  "_s + QFileInfo(file).fileName()), qPrintable(sums));
        }
        const E2e::Run info = E2e::run(u"qemu-img"_s, {u"info"_s, u"--output"_s, u"json"_s, qcow2});
        QVERIFY(info.exitCode == 0);
        QVERIFY2(!QJsonDocument::fromJson(info.output).object().contains(u"backing-filename"_s), info.output.constData());

        // Read with debugfs, not with Kiln: the raw image is the bare ext4 file system.
        QCOMPARE(QString::fromUtf8(debugfs(raw, u"cat /etc/kiln-distro/after-reboot.txt"_s)).trimmed(), kMessage);
        QVERIFY(debugfs(raw, u"cat /usr/bin/kiln-hello"_s).contains("Hello from kiln-hello"));
        QVERIFY(debugfs(raw, u"cat /var/lib/dpkg/status"_s).contains("Package: kiln-hello\nStatus: install ok installed"));
        const QByteArray passwd = debugfs(raw, u"cat /etc/passwd"_s);
        QVERIFY2(QRegularExpression(u"(^|\\n)kilnuser:x:\\d+:\\d+:Kiln e2e user:/home/kilnuser:/bin/bash\\n"_s)
                     .match(QString::fromUtf8(passwd)).hasMatch(),
                 passwd.constData());
        // Generalized: an empty machine-id, no SSH host keys, no cloud-init instance, no agent traces.
        QVERIFY2(debugfs(raw, u"stat /etc/machine-id"_s).contains("Size: 0"), "the exported image's machine-id is not empty");
        QVERIFY(!debugfs(raw, u"ls -p /etc/ssh"_s).contains("ssh_host_"));
        QVERIFY(!debugfs(raw, u"ls -p /var/lib/cloud"_s).contains("/instances/"));
        QVERIFY(!debugfs(raw, u"ls -p /etc/systemd/system"_s).contains("kiln-agent"));
        QVERIFY(!debugfs(raw, u"ls -p /var/lib"_s).contains("/kiln-distro-rebooted/"));
    }

    void testVmWasAFreshInstance()
    {
        QVERIFY(succeeded());
        const BuildLogs logs(m_catalog->home(), m_buildId);
        const QList<QJsonObject> buildEvents = eventsOf(logs.path(BuildLogs::events()));
        const QList<QJsonObject> testEvents = eventsOf(logs.path(BuildLogs::testEvents()));
        const QString buildId = outputValue(buildEvents, u"build machine-id:"_s);
        const QString testId = outputValue(testEvents, u"test machine-id:"_s);
        const QRegularExpression hex32(u"^[0-9a-f]{32}$"_s);
        QVERIFY2(hex32.match(buildId).hasMatch(), qPrintable(buildId));
        QVERIFY2(hex32.match(testId).hasMatch(), qPrintable(testId));
        QVERIFY2(buildId != testId, "the test VM booted with the build VM's machine-id");
        // cloud-init took the test VM's seed as a new instance, and none of the build VM's is left.
        const QString seedInstance = outputValue(testEvents, u"seed instance-id:"_s);
        QVERIFY2(seedInstance.contains(u"-test-"_s), qPrintable(seedInstance));
        QCOMPARE(outputValue(testEvents, u"cloud-init instances:"_s), seedInstance);
        bool helloFromDebian = false;
        for (const QJsonObject &e : testEvents)
            if (e.value(u"event"_s).toString() == u"agent.hello")
                helloFromDebian |= e.value(u"os"_s).toObject().value(u"ID"_s).toString() == u"debian";
        QVERIFY(helloFromDebian);
    }

    void nothingLeftBehind()
    {
        QVERIFY(succeeded());
        VirtConnection conn(E2e::uri());
        LeftoverCleaner cleaner(&conn, storagePoolConfig(E2e::uri(), kPool));
        auto all = awaitResult(cleaner.scan());
        QVERIFY2(all, qPrintable(all ? QString() : all.error().message));
        QStringList left;
        for (const TaggedDomain &d : std::as_const(all->domains))
            if (buildIdFromResource(m_catalog->home(), d.tag.buildId) == m_buildId)
                left << d.name;
        for (const TaggedVolume &v : std::as_const(all->volumes))
            if (buildIdFromResource(m_catalog->home(), v.tag.buildId) == m_buildId && v.volume.name != m_image.volume)
                left << v.volume.name;
        QCOMPARE(left, QStringList());
        qInfo("whole test: %lld ms", m_clock.elapsed());
    }

    void cleanupTestCase()
    {
        if (!m_catalog)
            return;
        if (auto b = m_catalog->builds().get(m_buildId); b && !isFinal(b->state))
            ctl({u"build"_s, u"cancel"_s, QString::number(m_buildId)});
        // The image's volume and the uploaded base stay in the pool only as long as the test.
        VirtConnection conn(E2e::uri());
        VirtStorage storage(&conn, storagePoolConfig(E2e::uri(), kPool));
        if (auto vols = awaitResult(storage.listTaggedVolumes()))
            for (const TaggedVolume &v : std::as_const(*vols))
                if (buildIdFromResource(m_catalog->home(), v.tag.buildId) > 0)
                    (void)awaitResult(storage.deleteVolume(v.volume.name));
    }
};

QTEST_GUILESS_MAIN(TestPipelineDistro)
#include "tst_pipeline_distro.moc"
