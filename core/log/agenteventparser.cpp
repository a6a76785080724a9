#include "agenteventparser.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>
#include <cstring>
#include <limits>

namespace Kiln::Core {

namespace {

constexpr qsizetype kExcerptBytes = 200;
constexpr char kContext[] = "Kiln::Core::AgentEventParser";
#define KILN_FIELD_TR(text) QT_TRANSLATE_NOOP("Kiln::Core::AgentEventParser", text)

// Reads typed fields of one event, collecting the first problem as a message.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, const QString &eventName) : m_o(object), m_event(eventName) {}

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    QString string(const char *key, bool required = true)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || (v.isNull() && !required))
            return missing(key, required), QString();
        if (!v.isString())
            return fail(key, KILN_FIELD_TR("must be a string")), QString();
        return v.toString();
    }

    // An integer >= min; `fallback` when optional and absent.
    qint64 integer(const char *key, bool required, qint64 min, qint64 fallback = -1)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || (v.isNull() && !required))
            return missing(key, required), fallback;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::isnan(d) || std::floor(d) != d || std::fabs(d) > 9007199254740992.0)
            return fail(key, KILN_FIELD_TR("must be an integer")), fallback;
        if (qint64(d) < min)
            return fail(key, min == 0 ? KILN_FIELD_TR("must not be negative") : KILN_FIELD_TR("must be at least 1")), fallback;
        return qint64(d);
    }

    double number(const char *key, bool required = true)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || (v.isNull() && !required))
            return missing(key, required), 0.0;
        if (!v.isDouble() || v.toDouble() < 0)
            return fail(key, KILN_FIELD_TR("must be a number of seconds, not negative")), 0.0;
        return v.toDouble();
    }

    bool boolean(const char *key, bool required, bool fallback)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || (v.isNull() && !required))
            return missing(key, required), fallback;
        if (!v.isBool())
            return fail(key, KILN_FIELD_TR("must be true or false")), fallback;
        return v.toBool();
    }

    QJsonObject object(const char *key, bool required)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || (v.isNull() && !required))
            return missing(key, required), QJsonObject();
        if (!v.isObject())
            return fail(key, KILN_FIELD_TR("must be an object")), QJsonObject();
        return v.toObject();
    }

    QJsonArray array(const char *key, bool required)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isUndefined() || (v.isNull() && !required))
            return missing(key, required), QJsonArray();
        if (!v.isArray())
            return fail(key, KILN_FIELD_TR("must be an array")), QJsonArray();
        return v.toArray();
    }

    AgentEvent::Status status(bool required = true)
    {
        const QString s = string("status", required);
        if (s.isEmpty())
            return AgentEvent::Status::None;
        const auto st = AgentEvent::statusFromName(s);
        if (!st)
            fail("status", KILN_FIELD_TR("must be one of success, failed, ignored, skipped, cancelled"));
        return st.value_or(AgentEvent::Status::None);
    }

    void fail(const char *key, const char *what)
    {
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate(kContext, "%1: field \"%2\" %3")
                          .arg(m_event, QLatin1String(key), QCoreApplication::translate(kContext, what));
    }

private:
    void missing(const char *key, bool required)
    {
        if (required && m_error.isEmpty())
            m_error = QCoreApplication::translate(kContext, "%1: field \"%2\" is missing").arg(m_event, QLatin1String(key));
    }

    const QJsonObject &m_o;
    QString m_event;
    QString m_error;
};

bool isRfc3339(const QString &t, QDateTime *out)
{
    // Qt's ISO parser accepts dates without a zone (local time); RFC 3339 requires one.
    static const QRegularExpression re(QStringLiteral(
        R"(^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$)"));
    if (!re.match(t).hasMatch())
        return false;
    QString normalized = t;
    normalized[10] = u'T';
    if (normalized.endsWith(u'z'))
        normalized.back() = u'Z';
    // Qt 6.4 parses at most milliseconds: cut longer fractions.
    const qsizetype dot = normalized.indexOf(u'.');
    if (dot > 0) {
        qsizetype end = dot + 1;
        while (end < normalized.size() && normalized.at(end).isDigit())
            ++end;
        if (end - dot - 1 > 3)
            normalized.remove(dot + 4, end - dot - 4);
    }
    *out = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    return out->isValid();
}

void readContext(FieldReader &r, AgentEvent &e, bool step, bool stepIndexRequired)
{
    e.document = r.string("document");
    e.documentIndex = int(r.integer("documentIndex", true, 0));
    if (e.type == AgentEvent::Type::DocumentStart || e.type == AgentEvent::Type::DocumentEnd)
        return;
    e.phase = r.string("phase");
    if (!step)
        return;
    e.step = r.string("step");
    e.stepIndex = int(r.integer("stepIndex", stepIndexRequired, 0));
    e.iteration = int(r.integer("iteration", false, 0));
}

} // namespace

AgentEventParser::AgentEventParser(qsizetype maxLineBytes) : m_maxLineBytes(qMax<qsizetype>(64, maxLineBytes)) {}

AgentEventParser::Batch AgentEventParser::feed(QByteArrayView bytes)
{
    Batch out;
    feed(bytes, out);
    return out;
}

void AgentEventParser::feed(QByteArrayView bytes, Batch &out)
{
    const char *data = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const void *nlp = std::memchr(data, '\n', size_t(left));
        const qsizetype segment = nlp ? static_cast<const char *>(nlp) - data : left;
        if (!m_discarding) {
            if (m_carry.size() + segment > m_maxLineBytes) {
                m_discarding = true;
                ++m_line;
                ++m_badLines;
                out.issues.append(makeIssue(Issue::Kind::LineTooLong,
                                            QByteArrayView(m_carry.isEmpty() ? QByteArrayView(data, segment) : QByteArrayView(m_carry)),
                                            m_lineOffset,
                                            tr("a line longer than %1 bytes was skipped").arg(m_maxLineBytes)));
                m_carry.clear();
            } else if (nlp && m_carry.isEmpty()) {
                parseCompleteLine(QByteArrayView(data, segment), m_lineOffset, out); // no copy
            } else {
                m_carry.append(data, segment);
                if (nlp) {
                    parseCompleteLine(m_carry, m_lineOffset, out);
                    m_carry.clear();
                }
            }
        }
        if (!nlp) {
            m_offset += segment;
            break;
        }
        m_offset += segment + 1;
        data += segment + 1;
        left -= segment + 1;
        m_discarding = false;
        m_lineOffset = m_offset;
    }
}

void AgentEventParser::finish(Batch &out)
{
    if (!m_carry.isEmpty() && !m_discarding) {
        const QByteArray line = std::move(m_carry);
        m_carry.clear();
        QString error;
        bool garbage = false;
        if (QByteArrayView(line).trimmed().isEmpty()) {
            // nothing
        } else if (parseLine(line, &error, &garbage)) {
            parseCompleteLine(line, m_lineOffset, out);
        } else {
            ++m_line;
            ++m_badLines;
            out.issues.append(makeIssue(Issue::Kind::Truncated, line, m_lineOffset,
                                        tr("the event stream ended in the middle of a line")));
        }
    }
    m_carry.clear();
    m_discarding = false;
    m_lineOffset = m_offset;
}

void AgentEventParser::skipTo(qint64 nextOffset)
{
    m_carry.clear();
    m_discarding = false;
    m_offset = nextOffset;
    m_lineOffset = nextOffset;
}

void AgentEventParser::reset()
{
    *this = AgentEventParser(m_maxLineBytes);
}

AgentEventParser::Issue AgentEventParser::makeIssue(Issue::Kind kind, QByteArrayView line, qint64 offset,
                                                    const QString &what) const
{
    Issue issue;
    issue.kind = kind;
    issue.line = m_line;
    issue.offset = offset;
    issue.excerpt = line.first(qMin(line.size(), kExcerptBytes)).toByteArray();
    issue.message = tr("agent event stream, line %1: %2").arg(m_line).arg(what);
    if (kind == Issue::Kind::Garbage || kind == Issue::Kind::InvalidEvent || kind == Issue::Kind::Truncated)
        issue.message += QStringLiteral(": ") + QString::fromUtf8(issue.excerpt)
            + (line.size() > kExcerptBytes ? QStringLiteral("…") : QString());
    return issue;
}

void AgentEventParser::parseCompleteLine(QByteArrayView line, qint64 offset, Batch &out)
{
    ++m_line;
    const QByteArrayView trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return; // blank lines carry nothing

    QString error;
    bool garbage = false;
    QJsonObject raw;
    std::optional<AgentEvent> event = parse(trimmed, &error, &garbage, &raw);
    if (garbage) {
        ++m_badLines;
        out.issues.append(makeIssue(Issue::Kind::Garbage, trimmed, offset, error));
        return;
    }

    // The seq check runs even for an invalid event, so that it does not also look like a gap.
    const QJsonValue seqValue = raw.value(QLatin1String("seq"));
    const double seqDouble = seqValue.toDouble(-1);
    const bool seqValid = seqValue.isDouble() && seqDouble >= 1 && std::floor(seqDouble) == seqDouble;
    if (seqValid) {
        const qint64 seq = qint64(seqDouble);
        const bool hello = raw.value(QLatin1String("event")).toString() == QLatin1String("agent.hello");
        if (seq <= m_lastSeq && !hello) {
            ++m_duplicates;
            return;
        }
        if (seq <= m_lastSeq) {
            Issue issue = makeIssue(Issue::Kind::SeqRestart, trimmed, offset,
                                    tr("the agent restarted its event numbering (seq %1 after %2)").arg(seq).arg(m_lastSeq));
            issue.expectedSeq = m_lastSeq + 1;
            issue.receivedSeq = seq;
            out.issues.append(issue);
        } else if (seq > m_lastSeq + 1) {
            const qint64 missing = seq - m_lastSeq - 1;
            Issue issue = makeIssue(Issue::Kind::SeqGap, trimmed, offset,
                                    missing == 1 ? tr("1 agent event is missing (seq %1)").arg(m_lastSeq + 1)
                                                 : tr("%1 agent events are missing (seq %2 to %3)")
                                                       .arg(missing).arg(m_lastSeq + 1).arg(seq - 1));
            issue.expectedSeq = m_lastSeq + 1;
            issue.receivedSeq = seq;
            out.issues.append(issue);
            m_missing += missing;
            ++m_gaps;
        }
        m_lastSeq = seq;
    }

    if (!event) {
        ++m_badLines;
        out.issues.append(makeIssue(Issue::Kind::InvalidEvent, trimmed, offset, error));
        return;
    }
    event->line = m_line;
    event->offset = offset;
    out.events.append(std::move(*event));
}

std::optional<AgentEvent> AgentEventParser::parseLine(QByteArrayView line, QString *error, bool *garbage)
{
    return parse(line, error, garbage, nullptr);
}

std::optional<AgentEvent> AgentEventParser::parse(QByteArrayView line, QString *error, bool *garbage, QJsonObject *rawOut)
{
    auto setError = [&](const QString &message, bool isGarbage) {
        if (error)
            *error = message;
        if (garbage)
            *garbage = isGarbage;
        return std::nullopt;
    };
    line = line.trimmed();
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return setError(tr("not a JSON event (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset + 1), true);
    if (!doc.isObject())
        return setError(tr("not a JSON event (not an object)"), true);

    AgentEvent e;
    e.raw = doc.object();
    if (rawOut)
        *rawOut = e.raw;
    const QJsonValue name = e.raw.value(QLatin1String("event"));
    if (!name.isString() || name.toString().isEmpty())
        return setError(tr("a JSON object without an \"event\" field"), true);
    e.name = name.toString();
    e.type = AgentEvent::typeFromName(e.name);

    FieldReader r(e.raw, e.name);
    e.seq = r.integer("seq", true, 1, 0);
    const QString t = r.string("t");
    if (r.ok() && !isRfc3339(t, &e.time))
        r.fail("t", KILN_FIELD_TR("must be an RFC 3339 time with a zone, e.g. 2024-05-01T12:00:00.123Z"));

    switch (e.type) {
    case AgentEvent::Type::Unknown:
        break;
    case AgentEvent::Type::AgentHello:
        e.protocol = int(r.integer("protocol", true, 1));
        e.agentVersion = r.string("version");
        e.boot = int(r.integer("boot", true, 1));
        e.resumed = r.boolean("resumed", false, false);
        e.uptime = r.number("uptime", false);
        e.os = r.object("os", false);
        break;
    case AgentEvent::Type::DocumentStart: {
        readContext(r, e, false, false);
        const QJsonArray phases = r.array("phases", false);
        for (const QJsonValue &p : phases) {
            if (!p.isString()) {
                r.fail("phases", KILN_FIELD_TR("must be an array of strings"));
                break;
            }
            e.phases.append(p.toString());
        }
        break;
    }
    case AgentEvent::Type::DocumentEnd:
    case AgentEvent::Type::PhaseEnd:
        readContext(r, e, false, false);
        e.status = r.status();
        e.duration = r.number("duration");
        e.error = r.string("error", false);
        break;
    case AgentEvent::Type::PhaseStart:
        readContext(r, e, false, false);
        break;
    case AgentEvent::Type::StepStart:
        readContext(r, e, true, true);
        e.action = r.string("action");
        break;
    case AgentEvent::Type::StepOutput: {
        readContext(r, e, true, false);
        const QString stream = r.string("stream");
        if (stream == QLatin1String("stdout"))
            e.stream = AgentEvent::Stream::Stdout;
        else if (stream == QLatin1String("stderr"))
            e.stream = AgentEvent::Stream::Stderr;
        else if (r.ok())
            r.fail("stream", KILN_FIELD_TR("must be \"stdout\" or \"stderr\""));
        e.chunk = r.string("chunk");
        break;
    }
    case AgentEvent::Type::StepEnd: {
        readContext(r, e, true, true);
        e.status = r.status();
        e.duration = r.number("duration");
        const qint64 code = r.integer("exitCode", false, std::numeric_limits<int>::min(), std::numeric_limits<qint64>::min());
        if (code != std::numeric_limits<qint64>::min())
            e.exitCode = int(code);
        e.outputs = r.object("outputs", false);
        e.error = r.string("error", false);
        break;
    }
    case AgentEvent::Type::Reboot:
        readContext(r, e, true, false);
        e.reason = r.string("reason", false);
        break;
    case AgentEvent::Type::Inventory: {
        e.os = r.object("os", false);
        e.packageManager = r.string("packageManager");
        e.packages = r.array("packages", true);
        for (const QJsonValue &p : std::as_const(e.packages)) {
            if (!p.isObject() || !p.toObject().value(QLatin1String("name")).isString()) {
                r.fail("packages", KILN_FIELD_TR("must be an array of objects with a \"name\""));
                break;
            }
        }
        break;
    }
    case AgentEvent::Type::RunEnd: {
        e.status = r.status();
        e.duration = r.number("duration");
        e.error = r.string("error", false);
        // The failing step, when the run failed: all optional.
        e.document = r.string("document", false);
        e.documentIndex = int(r.integer("documentIndex", false, 0));
        e.phase = r.string("phase", false);
        e.step = r.string("step", false);
        const qint64 code = r.integer("exitCode", false, std::numeric_limits<int>::min(), std::numeric_limits<qint64>::min());
        if (code != std::numeric_limits<qint64>::min())
            e.exitCode = int(code);
        break;
    }
    }
    if (!r.ok())
        return setError(r.error(), false);
    if (garbage)
        *garbage = false;
    return e;
}

} // namespace Kiln::Core
