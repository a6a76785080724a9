#include "buildlogs.h"

#include "core/catalog/home.h"
#include "core/log/linesplitter.h"

#include <QCryptographicHash>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Kiln::Core {

BuildLogs::BuildLogs(const Home &home, qint64 buildId) : m_dir(home.buildLogsDir(buildId)) {}

QString BuildLogs::path(const QString &kind) const
{
    if (kind == worker())
        return m_dir + u"/worker.log"_s;
    if (kind == events())
        return m_dir + u"/events.jsonl"_s;
    if (kind == console())
        return m_dir + u"/console.log"_s;
    if (kind == testEvents())
        return m_dir + u"/test-events.jsonl"_s;
    if (kind == testConsole())
        return m_dir + u"/test-console.log"_s;
    return m_dir + u'/' + kind + u".log"_s;
}

QString BuildLogs::lockPath() const { return m_dir + u"/worker.lock"_s; }
QString BuildLogs::stderrPath() const { return m_dir + u"/worker.stderr"_s; }

QString BuildLogs::eventsKind(const QString &stage)
{
    return stage == u"TESTING" ? testEvents() : events();
}

QString BuildLogs::consoleKind(const QString &stage)
{
    return stage == u"TESTING" ? testConsole() : console();
}

QStringList BuildLogs::lastLines(const QString &path, int count)
{
    QFile f(path);
    if (count <= 0 || !f.open(QIODevice::ReadOnly))
        return {};
    // Enough for `count` long lines; a console line is rarely longer than a terminal.
    const qint64 window = qMin<qint64>(f.size(), qint64(count) * 1024 + 4096);
    f.seek(f.size() - window);
    QByteArray bytes = f.read(window);
    if (window < f.size()) { // drop the partial first line
        const qsizetype nl = bytes.indexOf('\n');
        bytes = nl >= 0 ? bytes.mid(nl + 1) : QByteArray();
    }
    LineSplitter splitter;
    QList<LineSplitter::Line> lines = splitter.push(bytes);
    splitter.finish(lines);
    QStringList out;
    for (qsizetype i = qMax<qsizetype>(0, lines.size() - count); i < lines.size(); ++i)
        out << lines.at(i).text;
    while (!out.isEmpty() && out.first().trimmed().isEmpty())
        out.removeFirst();
    return out;
}

QString homeToken(const Home &home)
{
    return QString::fromLatin1(QCryptographicHash::hash(home.root().toUtf8(), QCryptographicHash::Sha256).toHex().left(6));
}

QString resourceBuildId(const Home &home, qint64 buildId)
{
    return QString::number(buildId) + u'_' + homeToken(home);
}

qint64 buildIdFromResource(const Home &home, const QString &resourceBuildId)
{
    const qsizetype sep = resourceBuildId.indexOf(u'_');
    if (sep <= 0 || resourceBuildId.mid(sep + 1) != homeToken(home))
        return 0;
    bool ok = false;
    const qint64 id = resourceBuildId.left(sep).toLongLong(&ok);
    return ok ? id : 0;
}

} // namespace Kiln::Core
