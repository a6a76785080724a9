#include "steptracker.h"

#include "core/build/buildtr.h"

using namespace Qt::StringLiterals;

namespace Kiln::Core {

StepTracker::StepTracker(QString stage, QList<AgentPlanDocument> documents, qint64 buildId)
    : m_stage(std::move(stage))
    , m_documents(std::move(documents))
    , m_buildId(buildId)
{
}

StepStatus StepTracker::stepStatus(AgentEvent::Status status)
{
    switch (status) {
    case AgentEvent::Status::Success: return StepStatus::Success;
    case AgentEvent::Status::Failed: return StepStatus::Failed;
    case AgentEvent::Status::Ignored: return StepStatus::Ignored;
    case AgentEvent::Status::Skipped: return StepStatus::Skipped;
    case AgentEvent::Status::Cancelled: return StepStatus::Cancelled;
    case AgentEvent::Status::None: break;
    }
    return StepStatus::Failed;
}

QString StepTracker::componentReference(int documentIndex, const QString &document) const
{
    if (documentIndex >= 0 && documentIndex < m_documents.size())
        return m_documents.at(documentIndex).reference;
    for (const AgentPlanDocument &d : m_documents) // an index the plan does not have: go by name
        if (d.name == document)
            return d.reference;
    return document;
}

QString StepTracker::keyOf(const AgentEvent &e)
{
    return QString::number(e.documentIndex) + u'/' + e.document + u'/' + e.phase + u'/' + e.step + u'/'
        + QString::number(qMax(0, e.iteration));
}

QJsonObject StepTracker::osInfo() const
{
    if (m_inventory && !m_inventory->os.isEmpty())
        return m_inventory->os;
    return m_helloOs;
}

std::optional<StepTracker::Failure> StepTracker::failure() const
{
    if (m_firstFailure)
        return m_firstFailure;
    if (m_runEnd && m_runEnd->status == AgentEvent::Status::Failed) {
        Failure f;
        f.document = m_runEnd->document;
        f.component = m_runEnd->document.isEmpty() ? QString() : componentReference(m_runEnd->documentIndex, m_runEnd->document);
        f.phase = m_runEnd->phase;
        f.step = m_runEnd->step;
        f.exitCode = m_runEnd->exitCode;
        f.message = m_runEnd->error.isEmpty() ? BuildTr::tr("The agent reported a failed run.") : m_runEnd->error;
        return f;
    }
    return std::nullopt;
}

void StepTracker::handle(const AgentEventParser::Batch &batch, QList<Change> &changes, QStringList &notes)
{
    for (const AgentEventParser::Issue &issue : batch.issues) {
        if (issue.kind == AgentEventParser::Issue::Kind::SeqGap)
            ++m_gaps;
        notes << issue.message;
    }
    for (const AgentEvent &e : batch.events)
        onEvent(e, changes);
}

void StepTracker::onEvent(const AgentEvent &e, QList<Change> &changes)
{
    auto close = [&](const QString &key, StepStatus status, std::optional<int> exitCode, const QString &message,
                     const QDateTime &at) {
        auto it = m_open.find(key);
        if (it == m_open.end())
            return;
        BuildStepRow row = *it;
        row.status = status;
        row.exitCode = exitCode;
        row.message = message;
        row.finishedAt = at.isValid() ? at : QDateTime::currentDateTimeUtc();
        m_open.erase(it);
        m_openOrder.removeAll(key);
        changes.append({Change::Kind::Close, key, row});
    };

    switch (e.type) {
    case AgentEvent::Type::AgentHello:
        ++m_hellos;
        m_helloUptime = e.uptime;
        if (!e.os.isEmpty())
            m_helloOs = e.os;
        break;
    case AgentEvent::Type::DocumentStart:
    case AgentEvent::Type::PhaseStart:
        m_position = e.document + (e.phase.isEmpty() ? QString() : u" › "_s + e.phase);
        break;
    case AgentEvent::Type::StepStart: {
        const QString key = keyOf(e);
        if (m_open.contains(key)) // started again without an end (a lost reboot event)
            close(key, StepStatus::Failed, std::nullopt, BuildTr::tr("started again before it ended"), e.time);
        BuildStepRow row;
        row.buildId = m_buildId;
        row.stage = m_stage;
        row.component = componentReference(e.documentIndex, e.document);
        row.phase = e.phase;
        row.step = e.step;
        row.iteration = qMax(0, e.iteration);
        row.status = StepStatus::Running;
        row.startedAt = e.time.isValid() ? e.time : QDateTime::currentDateTimeUtc();
        m_open.insert(key, row);
        m_openOrder.append(key);
        m_position = e.document + u" › "_s + e.phase + u" › "_s + e.step;
        changes.append({Change::Kind::Open, key, row});
        break;
    }
    case AgentEvent::Type::StepEnd: {
        const QString key = keyOf(e);
        const StepStatus status = stepStatus(e.status);
        if (!m_open.contains(key)) {
            // No start seen (lost, or a step the agent skipped without running): one closed row.
            BuildStepRow row;
            row.buildId = m_buildId;
            row.stage = m_stage;
            row.component = componentReference(e.documentIndex, e.document);
            row.phase = e.phase;
            row.step = e.step;
            row.iteration = qMax(0, e.iteration);
            row.status = StepStatus::Running;
            row.startedAt = e.time.isValid() ? e.time.addMSecs(-qint64(e.duration * 1000)) : QDateTime::currentDateTimeUtc();
            m_open.insert(key, row);
            m_openOrder.append(key);
            changes.append({Change::Kind::Open, key, row});
        }
        close(key, status, e.exitCode, e.error, e.time);
        if (status == StepStatus::Failed && !m_firstFailure) {
            Failure f;
            f.component = componentReference(e.documentIndex, e.document);
            f.document = e.document;
            f.phase = e.phase;
            f.step = e.step;
            f.exitCode = e.exitCode;
            f.message = e.error.isEmpty()
                ? (e.exitCode ? BuildTr::tr("step %1 failed with exit code %2").arg(e.step).arg(*e.exitCode)
                              : BuildTr::tr("step %1 failed").arg(e.step))
                : e.error;
            m_firstFailure = f;
        }
        break;
    }
    case AgentEvent::Type::Reboot: {
        ++m_reboots;
        const QString key = keyOf(e);
        const bool exit194 = e.reason == u"exit-194";
        close(key, StepStatus::Success, exit194 ? std::optional<int>(194) : std::nullopt,
              exit194 ? BuildTr::tr("asked for a reboot (exit code 194); runs again after it")
                      : BuildTr::tr("rebooted the VM"),
              e.time);
        break;
    }
    case AgentEvent::Type::Inventory:
        m_inventory = e;
        break;
    case AgentEvent::Type::RunEnd:
        m_runEnd = e;
        for (const QString &key : QStringList(m_openOrder))
            close(key, e.status == AgentEvent::Status::Cancelled ? StepStatus::Cancelled : StepStatus::Failed, std::nullopt,
                  BuildTr::tr("the run ended before this step did"), e.time);
        break;
    default:
        break;
    }
}

std::optional<StepTracker::Failure> StepTracker::runningStep() const
{
    if (m_openOrder.isEmpty())
        return std::nullopt;
    const BuildStepRow row = m_open.value(m_openOrder.constLast());
    Failure f;
    f.component = row.component;
    f.phase = row.phase;
    f.step = row.step;
    return f;
}

void StepTracker::finish(const QString &why, bool cancelled, QList<Change> &changes)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &key : QStringList(m_openOrder)) {
        BuildStepRow row = m_open.take(key);
        row.status = cancelled ? StepStatus::Cancelled : StepStatus::Failed;
        row.message = why;
        row.finishedAt = now;
        changes.append({Change::Kind::Close, key, row});
        if (!cancelled && !m_firstFailure) {
            Failure f;
            f.component = row.component;
            f.phase = row.phase;
            f.step = row.step;
            f.message = BuildTr::tr("step %1 did not finish: %2").arg(row.step, why);
            m_firstFailure = f;
        }
    }
    m_openOrder.clear();
}

} // namespace Kiln::Core
