#include "stepplan.h"

#include "core/toe/parser.h"

#include <QJsonObject>

namespace Kiln::Widgets {

namespace {

// The step names of each phase of a component document; phases the document lacks are absent.
QHash<QString, QStringList> stepsByPhase(const Core::AgentPlanDocument &d)
{
    QHash<QString, QStringList> out;
    const QByteArray utf8 = d.content.toUtf8();
    const Toe::ParseResult parsed = Toe::parseDocument(std::string_view(utf8.constData(), size_t(utf8.size())),
                                                       d.name.toStdString());
    if (!parsed.document)
        return out;
    for (const Toe::Phase &phase : parsed.document->phases) {
        QStringList names;
        for (const Toe::Step &step : phase.steps)
            names << QString::fromStdString(step.name);
        out.insert(QString::fromStdString(phase.name), names);
    }
    return out;
}

} // namespace

StepPlan StepPlan::compute(const QJsonObject &planJson)
{
    StepPlan sp;
    auto plan = Core::BuildPlan::fromJson(planJson);
    if (!plan) {
        sp.error = plan.error().message;
        return sp;
    }
    sp.valid = true;
    const bool pipeline = plan->kind == Core::BuildKind::Pipeline;
    sp.stages << QStringLiteral("CREATING") << QStringLiteral("BUILDING");
    if (pipeline && plan->tests)
        sp.stages << QStringLiteral("TESTING");
    if (pipeline && plan->distribution && !plan->distribution->targets.isEmpty())
        sp.stages << QStringLiteral("DISTRIBUTING");

    auto addStage = [&](const QString &stage, Core::AgentPlan::Stage which) {
        const Core::AgentPlan agent = Core::AgentPlan::forStage(*plan, which, QString());
        sp.documents.insert(stage, agent.documents);
        QList<Phase> &phases = sp.phases[stage];
        for (const Core::AgentPlanDocument &d : agent.documents) {
            const QHash<QString, QStringList> steps = stepsByPhase(d);
            for (const QString &phase : d.phases) {
                // A document without this phase runs nothing for it (the agent skips it); one
                // that could not be parsed still gets its group, filled as events come.
                if (!steps.isEmpty() && !steps.contains(phase))
                    continue;
                phases.append({d.reference, d.name, phase, steps.value(phase)});
            }
        }
    };
    addStage(QStringLiteral("BUILDING"), pipeline ? Core::AgentPlan::Stage::Build : Core::AgentPlan::Stage::ComponentTest);
    if (sp.stages.contains(QStringLiteral("TESTING")))
        addStage(QStringLiteral("TESTING"), Core::AgentPlan::Stage::Test);
    return sp;
}

} // namespace Kiln::Widgets
