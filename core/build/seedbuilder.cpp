#include "core/build/seedbuilder.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

namespace Kiln::Core {

namespace {

// The label NoCloud looks for; cloud-init also accepts CIDATA, tinyos both.
const QString kVolumeId = QStringLiteral("cidata");
// Keep the end of xorriso's output in an error: enough to see why, not a flood.
constexpr qsizetype kOutputTail = 4000;

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) {
        *error = SeedBuilder::tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

QString outputTail(const QByteArray &output)
{
    QStringList lines;
    for (const QString &line : QString::fromLocal8Bit(output).split(u'\n')) {
        const QString trimmed = line.trimmed();
        // xorriso always prints its banner; it says nothing about the failure.
        if (trimmed.isEmpty() || trimmed.contains(QLatin1String("RockRidge filesystem manipulator")))
            continue;
        lines << trimmed;
    }
    QString text = lines.join(u'\n');
    if (text.size() > kOutputTail)
        text = QStringLiteral("…") + text.right(kOutputTail);
    return text;
}

} // namespace

SeedBuilder::SeedBuilder(QObject *parent) : QObject(parent) {}

SeedBuilder::~SeedBuilder()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000); // the child must not outlive its staging folder
        delete m_process;
        QFile::remove(m_partPath);
    }
}

QString SeedBuilder::xorrisoPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("xorriso"));
}

QByteArray SeedBuilder::defaultUserData(bool buildVm)
{
    QFile f(QStringLiteral(":/kiln/seed/user-data.yaml"));
    if (!f.open(QIODevice::ReadOnly))
        return {}; // cannot happen: the resource is compiled into kiln_core
    QByteArray data = f.readAll();
    if (buildVm)
        data.replace("\n    KILN_BUILD_VM=0\n", "\n    KILN_BUILD_VM=1\n");
    return data;
}

QByteArray SeedBuilder::metaData(const QString &instanceId, const QString &hostname)
{
    return "instance-id: " + instanceId.toUtf8() + "\nlocal-hostname: " + hostname.toUtf8() + '\n';
}

Kiln::Expected<void, QString> SeedBuilder::validate(const SeedContents &contents)
{
    if (contents.agentPath.isEmpty())
        return Kiln::unexpected(tr("no kiln-agent binary given for the seed"));
    const QFileInfo agent(contents.agentPath);
    if (!agent.exists())
        return Kiln::unexpected(tr("the kiln-agent binary %1 does not exist").arg(contents.agentPath));
    if (!agent.isFile() || !agent.isReadable())
        return Kiln::unexpected(tr("the kiln-agent binary %1 is not a readable file").arg(contents.agentPath));
    if (contents.plan.isEmpty())
        return Kiln::unexpected(tr("the build plan for the seed is empty"));

    static const QRegularExpression instanceRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"));
    if (!contents.instanceId.isEmpty() && !instanceRe.match(contents.instanceId).hasMatch())
        return Kiln::unexpected(tr("invalid instance id \"%1\": use up to 128 letters, digits, '.', '_', ':' or '-'")
                                    .arg(contents.instanceId));
    // RFC 1123 host name label.
    static const QRegularExpression hostRe(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    if (!contents.hostname.isEmpty() && !hostRe.match(contents.hostname).hasMatch())
        return Kiln::unexpected(tr("invalid host name \"%1\": use up to 63 letters, digits or '-', not at either end")
                                    .arg(contents.hostname));

    static const QRegularExpression docRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,195}\\.ya?ml$"));
    QSet<QString> seen;
    for (const SeedDocument &doc : contents.documents) {
        if (!docRe.match(doc.fileName).hasMatch())
            return Kiln::unexpected(tr("invalid document file name \"%1\": use letters, digits, '.', '_' or '-', "
                                       "ending in .yml or .yaml (at most 200 characters)")
                                        .arg(doc.fileName));
        if (seen.contains(doc.fileName))
            return Kiln::unexpected(tr("two documents are named \"%1\"").arg(doc.fileName));
        seen.insert(doc.fileName);
    }
    return {};
}

bool SeedBuilder::isRunning() const
{
    return !m_finished;
}

bool SeedBuilder::start(const SeedContents &contents, const QString &isoPath)
{
    if (!m_finished)
        return false;
    m_finished = false;
    m_cancelled = false;
    m_isoPath = isoPath;
    m_partPath = isoPath + QStringLiteral(".part");
    const quint64 run = ++m_run;
    // done() never comes from inside start(): callers connect after starting, too.
    auto failLater = [this, run](const QString &message) {
        QMetaObject::invokeMethod(
            this, [this, run, message] { if (run == m_run) finish(Kiln::unexpected(message)); }, Qt::QueuedConnection);
    };

    if (auto valid = validate(contents); !valid) {
        failLater(tr("cannot build the seed %1: %2").arg(isoPath, valid.error()));
        return true;
    }
    const QString xorriso = xorrisoPath();
    if (xorriso.isEmpty()) {
        failLater(tr("cannot build the seed %1: xorriso is not installed (apt-get install xorriso, or run "
                     "scripts/deps.sh)")
                      .arg(isoPath));
        return true;
    }
    auto args = stage(contents);
    if (!args) {
        failLater(tr("cannot build the seed %1: %2").arg(isoPath, args.error()));
        return true;
    }
    QFile::remove(m_partPath); // xorriso would append a session to an existing image

    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process, &QProcess::finished, this,
            [this](int code, QProcess::ExitStatus status) { onProcessFinished(code, int(status)); });
    connect(m_process, &QProcess::errorOccurred, this,
            [this](QProcess::ProcessError error) { onProcessError(int(error)); });
    m_process->start(xorriso, *args);
    return true;
}

Kiln::Expected<QStringList, QString> SeedBuilder::stage(const SeedContents &contents)
{
    // Small files (meta-data, user-data, plan, documents) are staged in a private folder; the
    // agent is mapped from where it is, not copied.
    m_stage = std::make_unique<QTemporaryDir>();
    if (!m_stage->isValid())
        return Kiln::unexpected(tr("cannot create a staging folder: %1").arg(m_stage->errorString()));
    const QDir dir(m_stage->path());
    if (!dir.mkpath(QStringLiteral("kiln/documents")))
        return Kiln::unexpected(tr("cannot create a staging folder in %1").arg(dir.path()));

    const QString instanceId = contents.instanceId.isEmpty()
                                   ? QStringLiteral("kiln-") + QUuid::createUuid().toString(QUuid::WithoutBraces)
                                   : contents.instanceId;
    const QString hostname = contents.hostname.isEmpty() ? QStringLiteral("kiln") : contents.hostname;
    const QByteArray userData = contents.userData.isEmpty() ? defaultUserData(contents.buildVm) : contents.userData;
    QString error;
    if (!writeFile(dir.filePath(QStringLiteral("meta-data")), metaData(instanceId, hostname), &error)
        || !writeFile(dir.filePath(QStringLiteral("user-data")), userData, &error)
        || !writeFile(dir.filePath(QStringLiteral("kiln/plan.json")), contents.plan, &error))
        return Kiln::unexpected(error);
    for (const SeedDocument &doc : contents.documents) {
        if (!writeFile(dir.filePath(QStringLiteral("kiln/documents/") + doc.fileName), doc.content, &error))
            return Kiln::unexpected(error);
    }

    const QString agent = QFileInfo(contents.agentPath).absoluteFilePath();
    const QString dash = QStringLiteral("--");
    return QStringList{
        QStringLiteral("-no_rc"),
        QStringLiteral("-report_about"), QStringLiteral("SORRY"),
        QStringLiteral("-abort_on"), QStringLiteral("FAILURE"),
        QStringLiteral("-outdev"), QStringLiteral("stdio:") + m_partPath,
        QStringLiteral("-volid"), kVolumeId,
        // Rock Ridge keeps long names and the agent's executable bit; Joliet is for other readers.
        QStringLiteral("-rockridge"), QStringLiteral("on"),
        QStringLiteral("-joliet"), QStringLiteral("on"),
        QStringLiteral("-map"), dir.path(), QStringLiteral("/"),
        QStringLiteral("-map"), agent, QStringLiteral("/kiln/kiln-agent"),
        // Same owners and modes whoever builds the seed: root's, readable by all, the agent runnable.
        QStringLiteral("-find"), QStringLiteral("/"), QStringLiteral("-type"), QStringLiteral("d"),
        QStringLiteral("-exec"), QStringLiteral("chmod"), QStringLiteral("0755"), dash,
        QStringLiteral("-find"), QStringLiteral("/"), QStringLiteral("-type"), QStringLiteral("f"),
        QStringLiteral("-exec"), QStringLiteral("chmod"), QStringLiteral("0644"), dash,
        QStringLiteral("-chmod"), QStringLiteral("0755"), QStringLiteral("/kiln/kiln-agent"), dash,
        QStringLiteral("-chown_r"), QStringLiteral("0"), QStringLiteral("/"), dash,
        QStringLiteral("-chgrp_r"), QStringLiteral("0"), QStringLiteral("/"), dash,
    };
}

void SeedBuilder::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill(); // finished() follows and reports the cancellation
        return;
    }
    const quint64 run = m_run;
    QMetaObject::invokeMethod(
        this, [this, run] { if (run == m_run) finish(Kiln::unexpected(tr("building the seed %1 was cancelled").arg(m_isoPath))); },
        Qt::QueuedConnection);
}

void SeedBuilder::onProcessError(int error)
{
    if (error != QProcess::FailedToStart)
        return; // crashes and kills are reported by finished()
    const QString message = m_process->errorString();
    finish(Kiln::unexpected(tr("cannot build the seed %1: xorriso did not start: %2").arg(m_isoPath, message)));
}

void SeedBuilder::onProcessFinished(int exitCode, int exitStatus)
{
    const QString output = outputTail(m_process->readAll());
    if (m_cancelled) {
        finish(Kiln::unexpected(tr("building the seed %1 was cancelled").arg(m_isoPath)));
        return;
    }
    if (exitStatus != QProcess::NormalExit || exitCode != 0) {
        const QString how = exitStatus == QProcess::NormalExit ? tr("exit code %1").arg(exitCode) : tr("crashed");
        finish(Kiln::unexpected(tr("xorriso failed (%1) building the seed %2:\n%3").arg(how, m_isoPath, output)));
        return;
    }
    QFile::remove(m_isoPath);
    if (!QFile::rename(m_partPath, m_isoPath)) {
        finish(Kiln::unexpected(tr("cannot rename %1 to %2").arg(m_partPath, m_isoPath)));
        return;
    }
    finish(m_isoPath);
}

void SeedBuilder::finish(const Result &result)
{
    if (m_finished)
        return;
    m_finished = true;
    ++m_run; // anything still queued for this run is stale now
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }
    if (!result)
        QFile::remove(m_partPath);
    m_stage.reset();
    Q_EMIT done(result);
}

SeedBuilder::Result SeedBuilder::build(const SeedContents &contents, const QString &isoPath)
{
    SeedBuilder builder;
    QEventLoop loop;
    Result result = Kiln::unexpected(QString());
    connect(&builder, &SeedBuilder::done, &loop, [&](const Result &r) {
        result = r;
        loop.quit();
    });
    builder.start(contents, isoPath);
    loop.exec();
    return result;
}

} // namespace Kiln::Core
