#pragma once
// TimelineStages: what the stage timeline shows for a build at a moment — each stage's state
// (from the catalog's stage rows and the build's state), how long it ran or has been running,
// its usual duration and progress (BuildEstimate; without history, a VM stage's finished steps
// out of its planned ones), and its step count. Stages the build does not run read "not in this
// build"; stages a finished build never reached read "not run".

#include "buildestimate.h"

#include <QCoreApplication>
#include "stagetimeline.h"

namespace Kiln::Widgets {

class BuildStepModel;

class TimelineStages
{
    Q_DECLARE_TR_FUNCTIONS(Kiln::Widgets::TimelineStages)
public:
    static QList<StageTimeline::Stage> compute(const Core::BuildRow &build, const QStringList &plannedStages,
                                               const BuildEstimate &estimate, const BuildStepModel &steps, const QDateTime &now);
};

} // namespace Kiln::Widgets
