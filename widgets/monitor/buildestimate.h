#pragma once
// BuildEstimate: how long each stage of a pipeline's build usually takes, learned from its past
// builds, and what that says about a running build: the progress of the running stage and the
// time left. The estimate is the median stage duration over the newest successful builds (the
// median, so one slow build after a cold cache does not skew it). Failed and cancelled builds
// are left out: they stop early. Without a successful build there is no estimate ("no history
// yet"), never a made-up one. Pure value logic; the monitor and the tests feed it BuildRows.

#include "core/catalog/rows.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QStringList>

namespace Kiln::Widgets {

class BuildEstimate
{
    Q_DECLARE_TR_FUNCTIONS(Kiln::Widgets::BuildEstimate)
public:
    // The stages of a build in order, as the catalog spells them.
    static const QStringList &stages();

    static constexpr int kDefaultSamples = 10;

    // `history`: builds of the pipeline with their stage rows (any order, any state);
    // `excludeBuildId`: the build being watched. The newest `maxSamples` successful builds count.
    static BuildEstimate fromHistory(const QList<Core::BuildRow> &history, qint64 excludeBuildId = 0,
                                     int maxSamples = kDefaultSamples);

    bool hasHistory() const { return m_samples > 0; }
    int samples() const { return m_samples; }
    // The median duration of `stage` in ms; -1 when no successful build ran it.
    qint64 medianMs(const QString &stage) const { return m_median.value(stage, -1); }
    // The median of whole builds (first stage start to the end), -1 without history.
    qint64 medianTotalMs() const { return m_medianTotal; }

    struct StageProgress {
        double fraction = -1;  // 0..1 of the usual duration; -1 unknown (no history)
        qint64 elapsedMs = 0;
        qint64 expectedMs = -1; // the median; -1 unknown
        bool overdue = false;  // running longer than usual
    };
    // Progress of a running stage at `now`.
    StageProgress progress(const Core::BuildStageRow &stage, const QDateTime &now) const;

    // Time left for `build` at `now`: the rest of the running stage (at least a little while it
    // is overdue) plus the medians of the stages still to come among `plannedStages`.
    // -1 when unknown (no history, or a stage still to come never ran successfully before).
    qint64 remainingMs(const Core::BuildRow &build, const QStringList &plannedStages, const QDateTime &now) const;

    // "About 3 min 10 s left" / "no history yet" — the line the monitor shows under the timeline.
    QString summary(const Core::BuildRow &build, const QStringList &plannedStages, const QDateTime &now) const;

    // The median of a list of durations (ms); -1 for an empty list.
    static qint64 median(QList<qint64> values);

private:
    QHash<QString, qint64> m_median;
    qint64 m_medianTotal = -1;
    int m_samples = 0;
};

} // namespace Kiln::Widgets
