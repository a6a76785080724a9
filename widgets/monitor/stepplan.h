#pragma once
// StepPlan: what a build will run, read from its frozen build plan before the VMs start — per
// VM stage (BUILDING, TESTING) the documents the agent gets, and per document and phase the
// names of its steps (parsed from the component YAML with the toe parser). The step table lists
// these as "pending" rows, so a user sees what is coming and how far the build is. Building it
// parses YAML: call compute() off the GUI thread (QtConcurrent).

#include "core/build/agentplan.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Kiln::Widgets {

struct StepPlan {
    struct Phase {
        QString component;     // exact reference, as in catalog step rows
        QString componentName; // as in agent events
        QString phase;
        QStringList steps;     // in document order; empty when the document could not be parsed
    };

    // VM stage ("BUILDING" / "TESTING") → the agent's documents (documentIndex order).
    QHash<QString, QList<Core::AgentPlanDocument>> documents;
    // VM stage → phases in the order the agent runs them.
    QHash<QString, QList<Phase>> phases;
    // The stages this build runs, in order (CREATING, BUILDING, [TESTING], [DISTRIBUTING]).
    QStringList stages;
    bool valid = false;   // the plan could be read
    QString error;        // why not

    // The step plan of a build from its plan JSON (BuildRow::plan).
    static StepPlan compute(const QJsonObject &planJson);
};

} // namespace Kiln::Widgets
