#include "buildfollower.h"

#include "core/build/buildlogs.h"
#include "core/build/buildtr.h"
#include "core/catalog/catalog.h"
#include "core/log/linesplitter.h"

using namespace Qt::StringLiterals;

namespace Kiln::Core {

struct BuildFollower::Source {
    QString stage;
    std::unique_ptr<LogTail> tail;
    bool agentEvents = false;
    AgentEventParser parser;
    AgentEventFormatter formatter;
    LineSplitter splitter;
    bool finished = false;
};

BuildFollower::BuildFollower(Catalog &catalog, qint64 buildId, Options options, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_buildId(buildId)
    , m_options(options)
{
    // A child, so that moveToThread() takes the timer along (the GUI follows on its own thread).
    m_poll.setParent(this);
    connect(&m_poll, &QTimer::timeout, this, &BuildFollower::poll);
}

BuildFollower::~BuildFollower() = default;

void BuildFollower::start()
{
    const BuildLogs logs(m_catalog.home(), m_buildId);
    auto add = [&](const QString &stage, const QString &kind, bool events) {
        auto s = std::make_unique<Source>();
        s->stage = stage;
        s->agentEvents = events;
        LogTail::Options o;
        o.minIntervalMs = 20;
        o.maxIntervalMs = 200;
        s->tail = std::make_unique<LogTail>(logs.path(kind), o);
        Source *raw = s.get();
        connect(s->tail.get(), &LogSource::dataAvailable, this, [this, raw] { drain(*raw); }, Qt::QueuedConnection);
        m_sources.push_back(std::move(s));
    };
    if (m_options.worker) {
        add(QString(), BuildLogs::worker(), false);
    } else if (m_options.console) {
        add(u"BUILDING"_s, BuildLogs::console(), false);
        add(u"TESTING"_s, BuildLogs::testConsole(), false);
    } else {
        add(u"BUILDING"_s, BuildLogs::events(), true);
        add(u"TESTING"_s, BuildLogs::testEvents(), true);
    }
    for (auto &s : m_sources)
        s->tail->start();
    poll();
    m_poll.start(m_options.pollMs);
}

void BuildFollower::poll()
{
    auto b = m_catalog.builds().get(m_buildId);
    if (!b) {
        m_poll.stop();
        Q_EMIT failed(b.error().message);
        return;
    }
    const BuildState previous = m_haveBuild ? m_build.state : BuildState::Pending;
    const bool changed = !m_haveBuild || b->state != m_build.state;
    m_build = *b;
    m_haveBuild = true;
    if (changed)
        Q_EMIT stateChanged(m_build, previous);
    if ((isFinal(m_build.state) || m_options.untilNow) && !m_finishing && !m_done) {
        m_finishing = true;
        m_poll.stop();
        // The worker wrote its last bytes before the final state: read every file to its end.
        for (auto &s : m_sources)
            s->tail->finish();
        finishSources();
    }
}

void BuildFollower::drain(Source &s)
{
    for (;;) {
        LogChunk chunk = s.tail->takeChunk(1 << 20);
        if (chunk.data.isEmpty() && chunk.skippedBytes == 0 && !chunk.restarted)
            break;
        QList<LogModel::Line> out;
        if (s.agentEvents) {
            if (chunk.restarted) {
                s.parser.reset();
                s.formatter.reset();
            }
            AgentEventParser::Batch batch;
            s.parser.feed(chunk.data, batch);
            s.formatter.format(batch, out);
            if (!batch.events.isEmpty())
                Q_EMIT events(s.stage, batch.events);
        } else {
            if (chunk.restarted)
                s.splitter.reset(chunk.offset);
            QList<LineSplitter::Line> split = s.splitter.push(chunk.data);
            for (const LineSplitter::Line &l : split)
                out.append({l.text, l.offset, LogStream::Stdout, 0});
        }
        if (!out.isEmpty())
            Q_EMIT lines(s.stage, out);
    }
    if (s.tail->isFinished() && !s.finished) {
        s.finished = true;
        QList<LogModel::Line> out;
        if (s.agentEvents) {
            AgentEventParser::Batch rest;
            s.parser.finish(rest);
            s.formatter.format(rest, out);
            s.formatter.finish(out);
        } else {
            QList<LineSplitter::Line> split;
            s.splitter.finish(split);
            for (const LineSplitter::Line &l : split)
                out.append({l.text, l.offset, LogStream::Stdout, 0});
        }
        if (!out.isEmpty())
            Q_EMIT lines(s.stage, out);
    }
    finishSources();
}

void BuildFollower::finishSources()
{
    if (!m_finishing)
        return;
    for (auto &s : m_sources) {
        if (!s->finished) {
            s->tail->poll();
            if (!s->tail->isFinished())
                return;
            drain(*s); // re-enters finishSources once done
            return;
        }
    }
    m_finishing = false; // emit once
    m_done = true;
    Q_EMIT finished(m_build);
}

} // namespace Kiln::Core
