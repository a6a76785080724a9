#include "timelinestages.h"
#include "buildstepmodel.h"

namespace Kiln::Widgets {

QList<StageTimeline::Stage> TimelineStages::compute(const Core::BuildRow &build, const QStringList &planned,
                                                    const BuildEstimate &estimate, const BuildStepModel &steps, const QDateTime &now)
{
    using S = StageTimeline::Stage::State;
    const bool final = Core::isFinal(build.state);
    QList<StageTimeline::Stage> stages;
    for (const QString &name : BuildEstimate::stages()) {
        StageTimeline::Stage s;
        s.name = name;
        s.expectedMs = estimate.medianMs(name);
        const Core::BuildStageRow *row = nullptr;
        for (const Core::BuildStageRow &r : build.stages)
            if (r.stage == name)
                row = &r;
        const BuildStepModel::Counts counts = steps.counts(name);
        if (row) {
            const BuildEstimate::StageProgress p = estimate.progress(*row, now);
            s.elapsedMs = p.elapsedMs;
            s.fraction = p.fraction;
            s.overdue = p.overdue;
            if (!row->finishedAt.isValid())
                s.state = final ? (build.state == Core::BuildState::Cancelled ? S::Cancelled : S::Failed) : S::Running;
            else if (row->status == QLatin1String("success"))
                s.state = S::Done;
            else if (row->status == QLatin1String("cancelled"))
                s.state = S::Cancelled;
            else
                s.state = S::Failed;
            // Without history, a VM stage's steps tell how far it is.
            if (s.state == S::Running && s.fraction < 0 && counts.steps > 0)
                s.fraction = qMin(0.99, double(counts.finished) / counts.steps);
        } else if (!planned.contains(name)) {
            s.state = S::Skipped;
        } else {
            s.state = final ? S::NotRun : S::Waiting;
        }
        if (counts.steps > 0) {
            s.detail = tr("%1 of %n step(s) done", nullptr, counts.steps).arg(counts.finished);
            if (counts.failed > 0)
                s.detail += tr(", %n failed", nullptr, counts.failed);
        }
        stages.append(s);
    }
    return stages;
}

} // namespace Kiln::Widgets
