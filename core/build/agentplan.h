#pragma once
// AgentPlan: what one VM stage asks kiln-agent to run, as the seed's kiln/plan.json
// (docs/build-plan.md) plus the documents it names (kiln/documents/NN-<name>.yml).
//   build stage:     build + validate phases of every build component, in recipe order;
//                    generalize, inventory, power off
//   test stage:      the test phase of every build component, then of every test component
//   component-test:  the requested phases of the one component
// The document list keeps the plan's component positions (documentIndex in agent events) so the
// host maps events back to exact component references.

#include "core/build/buildplan.h"
#include "core/build/seedbuilder.h"

#include <QByteArray>
#include <QList>

namespace Kiln::Core {

struct AgentPlanDocument {
    QString file;                   // "documents/00-hello.yml" (relative to the seed's kiln/)
    QString name;                   // component name
    QString reference;              // exact reference
    QStringList phases;
    QMap<QString, QString> parameters;
    QString content;                // the YAML
};

struct AgentPlan {
    enum class Stage { Build, Test, ComponentTest };

    QString planId;                 // unique per VM stage
    QString buildId;
    Stage stage = Stage::Build;
    QList<AgentPlanDocument> documents; // documentIndex = position here
    QString workingDirectory = QStringLiteral("/tmp");
    bool generalize = false;
    bool inventory = false;
    bool keepRunning = false;       // "shutdown": "none" (debugging)
    int maxReboots = 10;

    // The plan of a stage of `plan` (stage Build, Test or ComponentTest).
    static AgentPlan forStage(const BuildPlan &plan, Stage stage, const QString &planId);

    static QString stageName(Stage stage); // "build" | "test" | "component-test"
    QByteArray toJson() const;              // kiln/plan.json, indented
    QList<SeedDocument> seedDocuments() const;
    bool isEmpty() const { return documents.isEmpty(); }
};

} // namespace Kiln::Core
