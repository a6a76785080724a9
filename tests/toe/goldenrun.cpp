#include "goldenrun.h"

#include "core/toe/documentloader.h"
#include "core/toe/logfolder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

using namespace Kiln::Toe;

namespace KilnTest {

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

static bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString rel = QDir(from).relativeFilePath(src);
        const QString dst = to + u'/' + rel;
        if (it.fileInfo().isDir()) {
            QDir().mkpath(dst);
        } else {
            QDir().mkpath(QFileInfo(dst).path());
            if (!QFile::copy(src, dst))
                return false;
            QFile::setPermissions(dst, QFile::permissions(src));
        }
    }
    return true;
}

int runScript(const QString &script, const QString &dir, QString *output)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WORKDIR"), dir);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("bash"), {script});
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        if (output)
            *output = QStringLiteral("timed out");
        return -1;
    }
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString jsonSubsetMismatch(const Json &expected, const Json &actualIn, const QString &path)
{
    Json actual = actualIn;
    // detailedoutput.json keeps inputs/outputs as JSON text: compare their content
    if (actual.isString() && (expected.isArray() || expected.isObject())) {
        auto parsed = Json::parse(actual.toString());
        if (parsed)
            actual = *parsed;
    }
    if (expected.isObject()) {
        if (!actual.isObject())
            return path + QStringLiteral(": expected an object, got ") + QString::fromStdString(actual.dump());
        for (const auto &[key, value] : expected.members()) {
            const Json *a = actual.find(key);
            const QString sub = path + u'.' + QString::fromStdString(key);
            if (!a)
                return sub + QStringLiteral(": missing");
            const QString m = jsonSubsetMismatch(value, *a, sub);
            if (!m.isEmpty())
                return m;
        }
        return {};
    }
    if (expected.isArray()) {
        if (!actual.isArray())
            return path + QStringLiteral(": expected an array, got ") + QString::fromStdString(actual.dump());
        if (actual.size() != expected.size())
            return path + QStringLiteral(": expected %1 elements, got %2: ").arg(expected.size()).arg(actual.size())
                   + QString::fromStdString(actual.dump());
        for (size_t i = 0; i < expected.size(); ++i) {
            const QString m = jsonSubsetMismatch(expected[i], actual[i], path + QStringLiteral("[%1]").arg(i));
            if (!m.isEmpty())
                return m;
        }
        return {};
    }
    if (expected.isString() && expected.toString().rfind("re:", 0) == 0) {
        const QRegularExpression re(QString::fromStdString(expected.toString().substr(3)),
                                    QRegularExpression::DotMatchesEverythingOption);
        if (!re.match(QString::fromStdString(actual.asText())).hasMatch())
            return path + QStringLiteral(": '%1' does not match /%2/")
                              .arg(QString::fromStdString(actual.asText()), re.pattern());
        return {};
    }
    if (expected != actual)
        return path + QStringLiteral(": expected %1, got %2")
                          .arg(QString::fromStdString(expected.dump()), QString::fromStdString(actual.dump()));
    return {};
}

QStringList normaliseConsole(const QString &consoleLog, const QString &workDir, const QString &executionId)
{
    static const QRegularExpression stamp(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z )"));
    static const QRegularExpression duration(QStringLiteral(R"(\((\d+ min )?\d+\.\d+ s\))"));
    static const QRegularExpression uuid(QStringLiteral(R"([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})"));
    QStringList out;
    for (QString line : consoleLog.split(u'\n', Qt::SkipEmptyParts)) {
        line.remove(stamp);
        line.replace(duration, QStringLiteral("(<duration>)"));
        line.replace(workDir, QStringLiteral("<workdir>"));
        if (!executionId.isEmpty())
            line.replace(executionId, QStringLiteral("<execution-id>"));
        line.replace(uuid, QStringLiteral("<uuid>"));
        out << line;
    }
    return out;
}

GoldenRun runGoldenCase(const QString &caseDir, const QString &tempRoot, const GoldenEnvironment &env)
{
    GoldenRun g;
    g.workDir = tempRoot + u'/' + QFileInfo(caseDir).fileName();
    if (!copyTree(caseDir, g.workDir)) {
        g.error = QStringLiteral("cannot copy the case folder");
        return g;
    }
    if (QFile::exists(g.workDir + QStringLiteral("/setup.sh"))) {
        QString output;
        if (runScript(QStringLiteral("setup.sh"), g.workDir, &output) != 0) {
            g.error = QStringLiteral("setup.sh failed: ") + output;
            return g;
        }
    }
    RunRequest request;
    QStringList documents{QStringLiteral("document.yml")};
    if (QFile::exists(g.workDir + QStringLiteral("/documents")))
        documents = readText(g.workDir + QStringLiteral("/documents")).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &name : documents) {
        DocumentSource source;
        source.path = QString(g.workDir + u'/' + name.trimmed()).toStdString();
        auto loaded = loadDocumentFile(source.path);
        if (!loaded) {
            g.error = QStringLiteral("invalid document: ") + QString::fromStdString(loaded.error().toString());
            return g;
        }
        source.document = std::move(*loaded);
        request.documents.push_back(std::move(source));
    }
    request.parameters["WORKDIR"] = g.workDir.toStdString();
    request.parameters["HTTP_URL"] = env.httpUrl.toStdString();
    request.parameters["HTTPS_URL"] = env.httpsUrl.toStdString();
    for (const QString &line : readText(g.workDir + QStringLiteral("/parameters")).split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            request.parameters[line.left(eq).toStdString()] = line.mid(eq + 1).toStdString();
    }
    for (const QString &p : readText(g.workDir + QStringLiteral("/phases")).trimmed().split(u',', Qt::SkipEmptyParts))
        request.phases.push_back(p.trimmed().toStdString());
    request.executionId = "golden-" + QFileInfo(caseDir).fileName().toStdString();

    ExecutorConfig config;
    config.workingDirectory = g.workDir.toStdString();
    config.temporaryDirectory = tempRoot.toStdString();
    config.webDownloadBackoff = std::chrono::milliseconds(10);
    config.webDownloadAttempts = 3;
    config.webConnectTimeout = std::chrono::seconds(5);
    const QString path = readText(g.workDir + QStringLiteral("/path")).trimmed();
    if (!path.isEmpty())
        config.searchPath = QString(path).replace(QStringLiteral("${WORKDIR}"), g.workDir).toStdString();

    auto folder = LogFolder::create(QString(g.workDir + QStringLiteral("/logs")).toStdString(), request.executionId,
                                    WallClock::now(), request.documents);
    if (!folder) {
        g.error = QString::fromStdString(folder.error().toString());
        return g;
    }
    g.logFolder = QString::fromStdString((*folder)->path());
    Executor executor(config);
    executor.addListener(folder->get());
    g.result = executor.run(request);
    folder->reset(); // closes console.log

    auto detailed = Json::parse(readText(g.logFolder + QStringLiteral("/detailedoutput.json")).toStdString());
    if (!detailed) {
        g.error = QStringLiteral("detailedoutput.json: ") + QString::fromStdString(detailed.error().toString());
        return g;
    }
    g.detailed = std::move(*detailed);
    g.consoleLines = normaliseConsole(readText(g.logFolder + QStringLiteral("/console.log")), g.workDir,
                                      QString::fromStdString(request.executionId));
    return g;
}

} // namespace KilnTest
