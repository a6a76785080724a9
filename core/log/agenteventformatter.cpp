#include "agenteventformatter.h"

namespace Kiln::Core {

namespace {

QString stepKey(const AgentEvent &e)
{
    return QString::number(e.documentIndex) + u'/' + e.phase + u'/' + e.step + u'/' + QString::number(e.iteration);
}

QString where(const AgentEvent &e)
{
    QString text = e.document;
    if (!e.phase.isEmpty())
        text += QStringLiteral(" › ") + e.phase;
    if (!e.step.isEmpty())
        text += QStringLiteral(" › ") + e.step;
    return text;
}

} // namespace

AgentEventFormatter::AgentEventFormatter() : AgentEventFormatter(LineSplitter::Options{}) {}

AgentEventFormatter::AgentEventFormatter(const LineSplitter::Options &outputOptions)
    : m_options(outputOptions), m_stdout(outputOptions), m_stderr(outputOptions)
{
}

void AgentEventFormatter::reset()
{
    m_stdout = LineSplitter(m_options);
    m_stderr = LineSplitter(m_options);
    m_outputStep.clear();
    m_lastOffset = -1;
}

QString AgentEventFormatter::formatDuration(double seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds, 0, 'f', seconds < 10 ? 1 : 0);
    const qint64 total = qint64(seconds + 0.5);
    if (total < 3600)
        return tr("%1 min %2 s").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(total / 3600).arg((total % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString AgentEventFormatter::statusText(AgentEvent::Status status)
{
    switch (status) {
    case AgentEvent::Status::Success:
        return tr("succeeded");
    case AgentEvent::Status::Failed:
        return tr("failed");
    case AgentEvent::Status::Ignored:
        return tr("failed (ignored)");
    case AgentEvent::Status::Skipped:
        return tr("skipped");
    case AgentEvent::Status::Cancelled:
        return tr("cancelled");
    case AgentEvent::Status::None:
        break;
    }
    return tr("ended");
}

void AgentEventFormatter::add(QList<LogModel::Line> &out, QString text, LogStream stream, qint64 offset)
{
    LogModel::Line line;
    line.text = std::move(text);
    line.stream = stream;
    line.offset = offset;
    out.append(std::move(line));
}

void AgentEventFormatter::flushOutput(QList<LogModel::Line> &out)
{
    for (LineSplitter *splitter : {&m_stdout, &m_stderr}) {
        QList<LineSplitter::Line> lines;
        splitter->finish(lines);
        const LogStream stream = splitter == &m_stdout ? LogStream::Stdout : LogStream::Stderr;
        for (LineSplitter::Line &l : lines)
            add(out, std::move(l.text), stream, m_lastOffset);
    }
}

void AgentEventFormatter::format(const AgentEventParser::Batch &batch, QList<LogModel::Line> &out)
{
    // Events and issues each come in stream order; merge them by line number.
    qsizetype e = 0;
    qsizetype i = 0;
    while (e < batch.events.size() || i < batch.issues.size()) {
        if (i < batch.issues.size() && (e == batch.events.size() || batch.issues[i].line <= batch.events[e].line))
            formatIssue(batch.issues[i++], out);
        else
            formatEvent(batch.events[e++], out);
    }
}

void AgentEventFormatter::finish(QList<LogModel::Line> &out)
{
    flushOutput(out);
    m_outputStep.clear();
}

std::optional<LogModel::Line> AgentEventFormatter::partial() const
{
    const LineSplitter &splitter = m_lastStream == AgentEvent::Stream::Stdout ? m_stdout : m_stderr;
    if (!splitter.hasPartial())
        return std::nullopt;
    LogModel::Line line;
    line.text = splitter.partialText();
    line.stream = m_lastStream == AgentEvent::Stream::Stdout ? LogStream::Stdout : LogStream::Stderr;
    line.offset = m_lastOffset;
    return line;
}

void AgentEventFormatter::formatIssue(const AgentEventParser::Issue &issue, QList<LogModel::Line> &out)
{
    using Kind = AgentEventParser::Issue::Kind;
    const bool marker = issue.kind == Kind::Garbage || issue.kind == Kind::Truncated;
    add(out, issue.message, marker ? LogStream::Marker : LogStream::Error, issue.offset);
}

void AgentEventFormatter::formatEvent(const AgentEvent &e, QList<LogModel::Line> &out)
{
    using Type = AgentEvent::Type;
    if (e.type != Type::StepOutput || stepKey(e) != m_outputStep) {
        // Output of another step, or a milestone: end the previous step's unfinished lines.
        flushOutput(out);
        m_outputStep.clear();
    }
    const qint64 at = e.offset;
    switch (e.type) {
    case Type::StepOutput: {
        m_outputStep = stepKey(e);
        m_lastOffset = at;
        m_lastStream = e.stream;
        LineSplitter &splitter = e.stream == AgentEvent::Stream::Stdout ? m_stdout : m_stderr;
        const LogStream stream = e.stream == AgentEvent::Stream::Stdout ? LogStream::Stdout : LogStream::Stderr;
        QList<LineSplitter::Line> lines;
        splitter.push(e.chunk.toUtf8(), lines);
        for (LineSplitter::Line &l : lines) {
            LogModel::Line line;
            line.text = std::move(l.text);
            line.stream = stream;
            line.offset = at;
            line.flags = l.cut ? LogModel::Cut : 0;
            out.append(std::move(line));
        }
        return;
    }
    case Type::AgentHello: {
        QString os = e.os.value(QLatin1String("PRETTY_NAME")).toString();
        if (os.isEmpty())
            os = e.os.value(QLatin1String("ID")).toString();
        if (os.isEmpty())
            os = tr("an unknown system");
        add(out, e.resumed ? tr("Agent %1 resumed after a reboot (boot %2) on %3").arg(e.agentVersion).arg(e.boot).arg(os)
                           : tr("Agent %1 started (boot %2) on %3").arg(e.agentVersion).arg(e.boot).arg(os),
            LogStream::Info, at);
        return;
    }
    case Type::DocumentStart:
        add(out, e.phases.isEmpty() ? tr("▶ Component %1").arg(e.document)
                                    : tr("▶ Component %1 (phases: %2)").arg(e.document, e.phases.join(QStringLiteral(", "))),
            LogStream::Info, at);
        return;
    case Type::PhaseStart:
        add(out, tr("▶ %1").arg(where(e)), LogStream::Info, at);
        return;
    case Type::StepStart: {
        QString text = tr("▶ %1 (%2)").arg(where(e), e.action);
        if (e.iteration >= 0)
            text += u' ' + tr("[iteration %1]").arg(e.iteration + 1);
        add(out, text, LogStream::Info, at);
        return;
    }
    case Type::StepEnd: {
        const bool bad = e.status == AgentEvent::Status::Failed || e.status == AgentEvent::Status::Cancelled;
        const QString mark = bad ? QStringLiteral("✗") : QStringLiteral("✓");
        QString text = e.exitCode && e.status != AgentEvent::Status::Success
            ? tr("%1 %2 %3 with exit code %4 after %5").arg(mark, where(e), statusText(e.status)).arg(*e.exitCode).arg(formatDuration(e.duration))
            : tr("%1 %2 %3 in %4").arg(mark, where(e), statusText(e.status), formatDuration(e.duration));
        if (!e.error.isEmpty())
            text += QStringLiteral(": ") + e.error;
        add(out, text, bad ? LogStream::Error : LogStream::Info, at);
        return;
    }
    case Type::PhaseEnd:
    case Type::DocumentEnd: {
        const bool bad = e.status == AgentEvent::Status::Failed || e.status == AgentEvent::Status::Cancelled;
        QString text = e.type == Type::DocumentEnd
            ? tr("Component %1 %2 in %3").arg(e.document, statusText(e.status), formatDuration(e.duration))
            : tr("%1 %2 in %3").arg(where(e), statusText(e.status), formatDuration(e.duration));
        if (!e.error.isEmpty())
            text += QStringLiteral(": ") + e.error;
        add(out, text, bad ? LogStream::Error : LogStream::Info, at);
        return;
    }
    case Type::Reboot:
        add(out, e.reason.isEmpty() ? tr("⟳ Rebooting the guest for %1").arg(where(e))
                                    : tr("⟳ Rebooting the guest for %1 (%2)").arg(where(e), e.reason),
            LogStream::Info, at);
        return;
    case Type::Inventory:
        add(out, tr("Package inventory: %1 packages (%2)").arg(e.packages.size()).arg(e.packageManager), LogStream::Info, at);
        return;
    case Type::RunEnd: {
        if (e.status == AgentEvent::Status::Success) {
            add(out, tr("Run succeeded in %1").arg(formatDuration(e.duration)), LogStream::Info, at);
            return;
        }
        QString text = e.status == AgentEvent::Status::Cancelled ? tr("Run cancelled after %1").arg(formatDuration(e.duration))
                                                                 : tr("Run failed after %1").arg(formatDuration(e.duration));
        if (!e.step.isEmpty())
            text += u' ' + (e.exitCode ? tr("at %1 (exit code %2)").arg(where(e)).arg(*e.exitCode) : tr("at %1").arg(where(e)));
        if (!e.error.isEmpty())
            text += QStringLiteral(": ") + e.error;
        add(out, text, LogStream::Error, at);
        return;
    }
    case Type::Unknown:
        add(out, tr("Agent event \"%1\" (not known to this version of Kiln)").arg(e.name), LogStream::Marker, at);
        return;
    }
}

} // namespace Kiln::Core
