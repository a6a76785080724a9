#include "agentplan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Kiln::Core {

namespace {

QString fileName(int index, const QString &name)
{
    QString safe;
    for (const QChar c : name)
        safe += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'.' || c == u'_' || c == u'-' ? c : u'_';
    return u"documents/%1-%2.yml"_s.arg(index, 2, 10, QChar(u'0')).arg(safe.isEmpty() ? u"component"_s : safe);
}

} // namespace

QString AgentPlan::stageName(Stage stage)
{
    switch (stage) {
    case Stage::Build: return u"build"_s;
    case Stage::Test: return u"test"_s;
    case Stage::ComponentTest: return u"component-test"_s;
    }
    return u"build"_s;
}

AgentPlan AgentPlan::forStage(const BuildPlan &plan, Stage stage, const QString &planId)
{
    AgentPlan a;
    a.planId = planId;
    a.buildId = plan.buildId > 0 ? QString::number(plan.buildId) : QString();
    a.stage = stage;
    a.workingDirectory = plan.workingDirectory;
    a.generalize = stage == Stage::Build;
    a.inventory = stage == Stage::Build;
    auto add = [&](const PlanComponent &c, const QStringList &phases) {
        AgentPlanDocument d;
        d.file = fileName(int(a.documents.size()), c.name);
        d.name = c.name;
        d.reference = c.reference;
        d.phases = phases;
        d.parameters = c.parameters;
        d.content = c.document;
        a.documents.append(d);
    };
    switch (stage) {
    case Stage::Build:
        for (const PlanComponent &c : plan.buildComponents())
            add(c, {u"build"_s, u"validate"_s});
        break;
    case Stage::Test:
        // The test phase of build components first, then the test components (EC2 Image Builder
        // runs a test component's test phase in the test instance).
        for (const PlanComponent &c : plan.buildComponents())
            add(c, {u"test"_s});
        for (const PlanComponent &c : plan.testComponents())
            add(c, {u"test"_s});
        break;
    case Stage::ComponentTest:
        for (const PlanComponent &c : plan.components)
            add(c, plan.testPhases);
        break;
    }
    return a;
}

QByteArray AgentPlan::toJson() const
{
    QJsonArray docs;
    for (const AgentPlanDocument &d : documents) {
        QJsonObject params;
        for (auto it = d.parameters.cbegin(); it != d.parameters.cend(); ++it)
            params.insert(it.key(), it.value());
        docs.append(QJsonObject{{u"file"_s, d.file},
                                {u"name"_s, d.name},
                                {u"ref"_s, d.reference},
                                {u"phases"_s, QJsonArray::fromStringList(d.phases)},
                                {u"parameters"_s, params}});
    }
    const QJsonObject o{{u"version"_s, 1},
                        {u"planId"_s, planId},
                        {u"buildId"_s, buildId},
                        {u"stage"_s, stageName(stage)},
                        {u"documents"_s, docs},
                        {u"workingDirectory"_s, workingDirectory},
                        {u"logDirectory"_s, u"/var/lib/kiln/logs"_s},
                        {u"stateDirectory"_s, u"/var/lib/kiln/state"_s},
                        {u"generalize"_s, generalize},
                        {u"inventory"_s, inventory},
                        {u"shutdown"_s, keepRunning ? u"none"_s : u"poweroff"_s},
                        {u"maxReboots"_s, maxReboots}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QList<SeedDocument> AgentPlan::seedDocuments() const
{
    QList<SeedDocument> out;
    for (const AgentPlanDocument &d : documents)
        out.append(SeedDocument{d.file.mid(d.file.lastIndexOf(u'/') + 1), d.content.toUtf8()});
    return out;
}

} // namespace Kiln::Core
