#pragma once
// BuildJournal: the build worker's own log (logs/build-<id>/worker.log) — what Kiln did and how
// long it took: stages, uploads, VM starts, warnings (KVM fallback, seq gaps), the failure
// context. Human-readable text lines "2024-05-01T12:00:00.123Z  BUILDING  message", written
// through a LogSink (flushed every 100 ms so followers see it at once). Lives in the worker's
// main thread.

#include "core/log/logsink.h"

#include <QElapsedTimer>
#include <QString>

namespace Kiln::Core {

class BuildJournal
{
public:
    BuildJournal();
    ~BuildJournal();

    Kiln::Expected<void, QString> open(const QString &path);
    void setStage(const QString &stage) { m_stage = stage; }
    QString stage() const { return m_stage; }

    void info(const QString &message);
    void warning(const QString &message);
    void error(const QString &message);
    // "message (1.2 s)" with the time since `since`.
    void timed(const QString &message, const QElapsedTimer &since);

    void flush() { m_sink.flush(); }
    void close() { m_sink.close(); }
    LogSink &sink() { return m_sink; }
    QString path() const { return m_sink.filePath(); }

    static QString seconds(qint64 ms); // "1.2 s"

private:
    void write(const QString &level, const QString &message);

    LogSink m_sink;
    QString m_stage = QStringLiteral("PENDING");
};

} // namespace Kiln::Core
