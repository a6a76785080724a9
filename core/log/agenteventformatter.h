#pragma once
// AgentEventFormatter: turns parsed agent events into the lines a user reads in the build log:
// step output split into stdout/stderr lines (one LineSplitter per stream, flushed when the
// step ends), and one Kiln line per milestone ("▶ hello › build › InstallNginx (ExecuteBash)",
// "✗ InstallNginx failed with exit code 100 after 3.2 s"). Parser issues become error or
// marker lines in stream order, so a seq gap shows where it happened.

#include "core/log/agenteventparser.h"
#include "core/log/linesplitter.h"
#include "core/log/logmodel.h"

#include <QCoreApplication>

namespace Kiln::Core {

class AgentEventFormatter
{
    Q_DECLARE_TR_FUNCTIONS(Kiln::Core::AgentEventFormatter)
public:
    AgentEventFormatter();
    explicit AgentEventFormatter(const LineSplitter::Options &outputOptions);

    // Appends the lines for a parsed batch to `out`.
    void format(const AgentEventParser::Batch &batch, QList<LogModel::Line> &out);
    // Ends unfinished output lines (end of the stream).
    void finish(QList<LogModel::Line> &out);
    // The unfinished output line of the stream written last, to show as a partial row.
    std::optional<LogModel::Line> partial() const;
    // Starts over (a new stream).
    void reset();

    // "1.2 s", "3 min 05 s".
    static QString formatDuration(double seconds);
    static QString statusText(AgentEvent::Status status);

private:
    void formatEvent(const AgentEvent &e, QList<LogModel::Line> &out);
    void formatIssue(const AgentEventParser::Issue &issue, QList<LogModel::Line> &out);
    void flushOutput(QList<LogModel::Line> &out);
    static void add(QList<LogModel::Line> &out, QString text, LogStream stream, qint64 offset);

    LineSplitter::Options m_options;
    LineSplitter m_stdout;
    LineSplitter m_stderr;
    QString m_outputStep; // the step whose output the splitters hold
    AgentEvent::Stream m_lastStream = AgentEvent::Stream::Stdout;
    qint64 m_lastOffset = -1;
};

} // namespace Kiln::Core
