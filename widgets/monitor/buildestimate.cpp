#include "buildestimate.h"

#include "widgets/common/format.h"
#include "widgets/common/statusbadge.h"

#include <algorithm>

namespace Kiln::Widgets {

const QStringList &BuildEstimate::stages()
{
    static const QStringList s{QStringLiteral("CREATING"), QStringLiteral("BUILDING"), QStringLiteral("TESTING"),
                               QStringLiteral("DISTRIBUTING")};
    return s;
}

qint64 BuildEstimate::median(QList<qint64> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

BuildEstimate BuildEstimate::fromHistory(const QList<Core::BuildRow> &history, qint64 excludeBuildId, int maxSamples)
{
    QList<const Core::BuildRow *> successful;
    for (const Core::BuildRow &b : history)
        if (b.id != excludeBuildId && b.state == Core::BuildState::Succeeded && !b.stages.isEmpty())
            successful.append(&b);
    // Newest first: by finish time, then id.
    std::sort(successful.begin(), successful.end(), [](const Core::BuildRow *a, const Core::BuildRow *b) {
        if (a->finishedAt != b->finishedAt)
            return a->finishedAt > b->finishedAt;
        return a->id > b->id;
    });
    if (successful.size() > maxSamples)
        successful.resize(maxSamples);

    BuildEstimate e;
    e.m_samples = int(successful.size());
    QHash<QString, QList<qint64>> perStage;
    QList<qint64> totals;
    for (const Core::BuildRow *b : std::as_const(successful)) {
        qint64 total = 0;
        for (const Core::BuildStageRow &s : b->stages) {
            const qint64 ms = s.durationMs();
            if (ms < 0 || s.status != QLatin1String("success"))
                continue;
            perStage[s.stage].append(ms);
            total += ms;
        }
        totals.append(total);
    }
    for (auto it = perStage.cbegin(); it != perStage.cend(); ++it)
        e.m_median.insert(it.key(), median(it.value()));
    e.m_medianTotal = median(totals);
    return e;
}

BuildEstimate::StageProgress BuildEstimate::progress(const Core::BuildStageRow &stage, const QDateTime &now) const
{
    StageProgress p;
    const QDateTime end = stage.finishedAt.isValid() ? stage.finishedAt : now;
    p.elapsedMs = std::max<qint64>(0, stage.startedAt.msecsTo(end));
    p.expectedMs = medianMs(stage.stage);
    if (stage.finishedAt.isValid()) {
        p.fraction = 1;
        return p;
    }
    if (p.expectedMs > 0) {
        p.overdue = p.elapsedMs > p.expectedMs;
        // Never show a running stage as complete: it is not.
        p.fraction = std::min(0.99, double(p.elapsedMs) / double(p.expectedMs));
    } else if (p.expectedMs == 0) {
        p.overdue = p.elapsedMs > 1000;
        p.fraction = 0.99;
    }
    return p;
}

static const Core::BuildStageRow *findStage(const Core::BuildRow &build, const QString &stage)
{
    for (const Core::BuildStageRow &s : build.stages)
        if (s.stage == stage)
            return &s;
    return nullptr;
}

qint64 BuildEstimate::remainingMs(const Core::BuildRow &build, const QStringList &plannedStages, const QDateTime &now) const
{
    if (!hasHistory() || Core::isFinal(build.state))
        return Core::isFinal(build.state) ? 0 : -1;
    qint64 left = 0;
    for (const QString &stage : plannedStages) {
        const Core::BuildStageRow *row = findStage(build, stage);
        if (row && row->finishedAt.isValid())
            continue;
        const qint64 expected = medianMs(stage);
        if (expected < 0)
            return -1;
        if (row)
            left += std::max<qint64>(0, expected - std::max<qint64>(0, row->startedAt.msecsTo(now)));
        else
            left += expected;
    }
    return left;
}

QString BuildEstimate::summary(const Core::BuildRow &build, const QStringList &plannedStages, const QDateTime &now) const
{
    if (Core::isFinal(build.state)) {
        if (!build.startedAt.isValid() || !build.finishedAt.isValid())
            return {};
        const QString took = Format::duration(build.startedAt.msecsTo(build.finishedAt));
        if (hasHistory() && build.state == Core::BuildState::Succeeded)
            return tr("Took %1 (usually %2).").arg(took, Format::duration(m_medianTotal));
        return tr("Ran for %1.").arg(took);
    }
    if (!hasHistory())
        return tr("No history yet: the time left is estimated once a build of this pipeline has succeeded.");
    const QString basis = tr("from the median of %n successful build(s)", nullptr, m_samples);
    if (build.state == Core::BuildState::Pending)
        return tr("Waiting for a build worker. A build usually takes %1 (%2).").arg(Format::duration(m_medianTotal), basis);
    const qint64 left = remainingMs(build, plannedStages, now);
    const QString stateName = Core::buildStateName(build.state);
    const QString current = StatusBadge::label(stateName);
    const Core::BuildStageRow *row = findStage(build, stateName);
    const StageProgress p = row ? progress(*row, now) : StageProgress{};
    if (left < 0) {
        for (const QString &stage : plannedStages)
            if (medianMs(stage) < 0 && !(findStage(build, stage) && findStage(build, stage)->finishedAt.isValid()))
                return tr("No estimate: no successful build has run the stage %1 yet.").arg(StatusBadge::label(stage));
        return {};
    }
    if (p.overdue) {
        if (left == 0)
            return tr("%1 is taking longer than usual (usually %2).").arg(current, Format::duration(p.expectedMs));
        return tr("%1 is taking longer than usual (usually %2); about %3 after it.")
            .arg(current, Format::duration(p.expectedMs), Format::duration(left));
    }
    return tr("About %1 left (%2).").arg(Format::duration(std::max<qint64>(left, 1000)), basis);
}

} // namespace Kiln::Widgets
