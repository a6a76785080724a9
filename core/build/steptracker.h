#pragma once
// StepTracker: turns one VM's parsed agent events (AgentEventParser batches) into what the
// catalog records and the runner decides on — pure logic, no I/O, unit-tested on recorded streams:
//  - per-step rows: a row opens at step.start and closes at its step.end (status, exit code,
//    error); a step.end without a start (its start was lost, or a skipped step) gives a closed
//    row; a step still open when the run ends (agent died, reboot lost, cancel) is closed as
//    failed or cancelled with a message saying why;
//  - the run's milestones: the first agent.hello (the agent is alive), reboots, the inventory
//    (OS + packages), run.end (status and the failing step);
//  - the failing place for the failure context: the component reference (from documentIndex),
//    phase, step, exit code and message of the first failed step.
// Parser issues (garbage, seq gaps) are passed through as messages for the build log.

#include "core/build/agentplan.h"
#include "core/catalog/rows.h"
#include "core/log/agenteventparser.h"

#include <QHash>

#include <optional>

namespace Kiln::Core {

class StepTracker
{
public:
    struct Change {
        enum class Kind { Open, Close };
        Kind kind = Kind::Open;
        QString key;      // identifies the step run (document/phase/step/iteration)
        BuildStepRow row; // Open: the new row; Close: status, exitCode, message, finishedAt
    };

    struct Failure {
        QString component; // exact reference
        QString document;  // component name
        QString phase;
        QString step;
        std::optional<int> exitCode;
        QString message;
    };

    StepTracker(QString stage, QList<AgentPlanDocument> documents, qint64 buildId = 0);

    // Handles a parsed batch; the step-row changes (in order) are appended to `changes` and the
    // parser issues worth a line in the build log to `notes`.
    void handle(const AgentEventParser::Batch &batch, QList<Change> &changes, QStringList &notes);
    // The stream ended (VM gone): closes steps still open. `why` says what happened ("the VM
    // stopped", "cancelled") and `cancelled` picks the status.
    void finish(const QString &why, bool cancelled, QList<Change> &changes);

    bool helloSeen() const { return m_hellos > 0; }
    int boots() const { return m_hellos; }
    // The guest's uptime in the last agent.hello (how long its boot took to reach the agent);
    // 0 when the agent did not send it.
    double lastHelloUptime() const { return m_helloUptime; }
    int reboots() const { return m_reboots; }
    bool runEnded() const { return m_runEnd.has_value(); }
    // run.end's status (Success, Failed, Cancelled); None while running.
    AgentEvent::Status runStatus() const { return m_runEnd ? m_runEnd->status : AgentEvent::Status::None; }
    const std::optional<AgentEvent> &runEnd() const { return m_runEnd; }
    const std::optional<AgentEvent> &inventory() const { return m_inventory; }
    QJsonObject osInfo() const; // inventory's os, else hello's
    // The first failing step (or run.end's failure when no step failed).
    std::optional<Failure> failure() const;
    // The step running now (the last one started and not ended), as a failure place: what a
    // failure context names when the agent or the VM goes away in the middle of a step.
    std::optional<Failure> runningStep() const;
    // A user-facing description of the current position: "hello › build › SayHello".
    QString position() const { return m_position; }
    int openSteps() const { return int(m_open.size()); }
    qint64 gaps() const { return m_gaps; }

    static StepStatus stepStatus(AgentEvent::Status status);
    QString componentReference(int documentIndex, const QString &document) const;

private:
    static QString keyOf(const AgentEvent &e);
    void onEvent(const AgentEvent &e, QList<Change> &changes);

    QString m_stage;
    QList<AgentPlanDocument> m_documents;
    qint64 m_buildId = 0;
    QHash<QString, BuildStepRow> m_open;
    QStringList m_openOrder;
    int m_hellos = 0;
    double m_helloUptime = 0;
    int m_reboots = 0;
    qint64 m_gaps = 0;
    QJsonObject m_helloOs;
    std::optional<AgentEvent> m_runEnd;
    std::optional<AgentEvent> m_inventory;
    std::optional<Failure> m_firstFailure;
    QString m_position;
};

} // namespace Kiln::Core
