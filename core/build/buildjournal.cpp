#include "buildjournal.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Kiln::Core {

BuildJournal::BuildJournal() = default;

BuildJournal::~BuildJournal()
{
    m_sink.close();
}

Kiln::Expected<void, QString> BuildJournal::open(const QString &path)
{
    LogSink::Options options;
    options.maxPendingBytes = 0; // nobody listens in-process: followers read the file
    options.flushIntervalMs = 100;
    options.appendToFile = true; // a restarted worker continues the same log
    return m_sink.open(path, options);
}

QString BuildJournal::seconds(qint64 ms)
{
    return u"%1 s"_s.arg(double(ms) / 1000.0, 0, 'f', ms < 10000 ? 2 : 1);
}

void BuildJournal::write(const QString &level, const QString &message)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QString text;
    const QStringList lines = message.split(u'\n');
    for (const QString &line : lines)
        text += stamp + u"  "_s + m_stage.leftJustified(12) + level + line + u'\n';
    m_sink.append(text.toUtf8());
}

void BuildJournal::info(const QString &message) { write(QString(), message); }
void BuildJournal::warning(const QString &message) { write(u"warning: "_s, message); }
void BuildJournal::error(const QString &message) { write(u"error: "_s, message); }

void BuildJournal::timed(const QString &message, const QElapsedTimer &since)
{
    write(QString(), message + u" ("_s + seconds(since.elapsed()) + u')');
}

} // namespace Kiln::Core
