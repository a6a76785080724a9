#include "buildrunner.h"

#include "core/build/buildtr.h"
#include "core/build/distributestage.h"
#include "core/build/stages.h"
#include "core/catalog/catalog.h"
#include "core/virt/virtstorage.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace Kiln::Core {

BuildRunner::BuildRunner(BuildContext &ctx, QObject *parent) : QObject(parent), m_ctx(ctx) {}

BuildState BuildRunner::run()
{
    const BuildPlan &plan = m_ctx.plan;
    const bool pipeline = plan.kind == BuildKind::Pipeline;
    m_ctx.journal.info(pipeline ? BuildTr::tr("build %1 of pipeline %2: image %3 from %4 on %5 (%6 components)")
                                      .arg(plan.buildId)
                                      .arg(plan.pipeline, plan.image, plan.base.reference, plan.infrastructure.uri)
                                      .arg(plan.components.size())
                                : BuildTr::tr("component test %1: %2 (phases %3) on %4")
                                      .arg(plan.buildId)
                                      .arg(plan.components.value(0).reference, plan.testPhases.join(u", "_s), plan.base.reference));
    if (m_ctx.cancel.isCancelled())
        return cancelled();

    AgentPlan agentPlan = AgentPlan::forStage(plan, pipeline ? AgentPlan::Stage::Build : AgentPlan::Stage::ComponentTest,
                                              QUuid::createUuid().toString(QUuid::WithoutBraces));
    agentPlan.keepRunning = plan.infrastructure.keepVmOnFailure;

    StageResult r = stage(BuildState::Creating, ImageStatus::Creating, [&] { return PrepareStage(m_ctx).run(agentPlan); });
    if (r.isOk())
        r = stage(BuildState::Building, ImageStatus::Building, [&] { return BuildStage(m_ctx).run(agentPlan, pipeline); });
    if (r.isOk() && pipeline && plan.tests)
        r = stage(BuildState::Testing, ImageStatus::Testing, [&] { return TestStage(m_ctx).run(); });
    if (r.isOk() && pipeline && plan.distribution && !plan.distribution->targets.isEmpty())
        r = stage(BuildState::Distributing, ImageStatus::Distributing, [&] { return DistributeStage(m_ctx).run(); });

    switch (r.kind) {
    case StageResult::Kind::Ok:
        return succeed();
    case StageResult::Kind::Cancelled:
        return cancelled();
    case StageResult::Kind::Failed:
        break;
    }
    return failed(r);
}

StageResult BuildRunner::stage(BuildState state, ImageStatus imageStatus, const std::function<StageResult()> &body)
{
    if (m_ctx.cancel.isCancelled())
        return StageResult::cancelled();
    m_stage = buildStateName(state);
    m_ctx.journal.setStage(m_stage);
    if (auto s = m_ctx.setState(state); !s)
        return StageResult::failed(m_stage, s.error().message);
    if (auto s = m_ctx.setImageStatus(imageStatus); !s)
        return StageResult::failed(m_stage, s.error().message);
    QElapsedTimer clock;
    clock.start();
    m_ctx.journal.info(BuildTr::tr("stage %1 started").arg(m_stage));
    StageResult r = body();
    if (r.kind == StageResult::Kind::Ok && m_ctx.cancel.isCancelled())
        r = StageResult::cancelled();
    m_ctx.recordTiming(m_stage, clock.elapsed());
    m_ctx.journal.timed(BuildTr::tr("stage %1 %2")
                            .arg(m_stage,
                                 r.kind == StageResult::Kind::Ok ? BuildTr::tr("done")
                                 : r.kind == StageResult::Kind::Cancelled ? BuildTr::tr("cancelled")
                                                                          : BuildTr::tr("failed")),
                        clock);
    if (r.kind == StageResult::Kind::Failed && r.failure.stage.isEmpty())
        r.failure.stage = m_stage;
    return r;
}

BuildState BuildRunner::succeed()
{
    m_ctx.journal.setStage(u"DONE"_s);
    if (m_ctx.plan.imageId > 0) {
        auto inv = m_ctx.catalog.images().setInventory(m_ctx.plan.imageId, m_ctx.osInfo, m_ctx.packages).result();
        if (!inv)
            m_ctx.journal.warning(BuildTr::tr("cannot record the package inventory: %1").arg(inv.error().message));
        if (auto s = m_ctx.setImageStatus(ImageStatus::Available); !s)
            return failed(StageResult::failed(m_stage, s.error().message));
    }
    cleanup(true);
    if (auto s = m_ctx.setState(BuildState::Succeeded); !s)
        return BuildState::Failed;
    QStringList summary;
    for (const auto &[what, ms] : m_ctx.timings())
        summary << what + u' ' + BuildJournal::seconds(ms);
    m_ctx.journal.info(m_ctx.plan.kind == BuildKind::Pipeline
                           ? BuildTr::tr("image %1 is AVAILABLE (%2)").arg(m_ctx.plan.image, summary.join(u", "_s))
                           : BuildTr::tr("component test passed (%1)").arg(summary.join(u", "_s)));
    return BuildState::Succeeded;
}

BuildState BuildRunner::failed(const StageResult &result)
{
    FailureContext f = result.failure;
    if (f.stage.isEmpty())
        f.stage = m_stage;
    m_ctx.journal.setStage(u"FAILED"_s);
    logFailure(f);
    (void)m_ctx.setImageStatus(ImageStatus::Failed, f.message);
    cleanup(false);
    auto r = m_ctx.catalog.builds().setFailed(m_ctx.buildId, f).result();
    if (!r)
        m_ctx.journal.error(r.error().message);
    return BuildState::Failed;
}

BuildState BuildRunner::cancelled()
{
    m_ctx.journal.setStage(u"CANCELLED"_s);
    const QString reason = m_ctx.cancel.reason().isEmpty() ? BuildTr::tr("cancelled") : m_ctx.cancel.reason();
    m_ctx.journal.info(BuildTr::tr("build cancelled during %1: %2").arg(m_stage, reason));
    (void)m_ctx.setImageStatus(ImageStatus::Cancelled, reason);
    cleanup(false);
    (void)m_ctx.setState(BuildState::Cancelled, reason);
    return BuildState::Cancelled;
}

void BuildRunner::cleanup(bool keepImageVolume)
{
    if (!m_ctx.storage)
        return;
    QStringList volumes = m_ctx.temporaryVolumes;
    const bool vmKept = !m_ctx.keptDomains.isEmpty();
    if (vmKept) {
        m_ctx.journal.info(BuildTr::tr("kept for inspection: VM %1 with its disks; remove them with: kilnctl build cleanup %2")
                               .arg(m_ctx.keptDomains.join(u", "_s))
                               .arg(m_ctx.buildId));
        volumes.clear(); // the kept VM still uses its overlay and seed
    } else if (!keepImageVolume && !m_ctx.buildOverlay.isEmpty() && m_ctx.plan.kind == BuildKind::Pipeline) {
        volumes << m_ctx.buildOverlay;
    }
    QElapsedTimer clock;
    clock.start();
    int removed = 0;
    for (const QString &name : std::as_const(volumes)) {
        auto deleted = m_ctx.storage->deleteVolume(name);
        if (Waiter().wait(deleted, QDeadlineTimer(10000)) != Waiter::Outcome::Done || !deleted.result())
            m_ctx.journal.warning(BuildTr::tr("cannot remove volume %1: %2")
                                      .arg(name, deleted.isFinished() ? deleted.result().error().message : BuildTr::tr("no answer")));
        else
            ++removed;
    }
    if (removed > 0)
        m_ctx.journal.timed(BuildTr::tr("removed %1 temporary volume(s)").arg(removed), clock);
    m_ctx.temporaryVolumes.clear();
}

void BuildRunner::logFailure(const FailureContext &f)
{
    QStringList where;
    if (!f.component.isEmpty())
        where << BuildTr::tr("component %1").arg(f.component);
    if (!f.phase.isEmpty())
        where << BuildTr::tr("phase %1").arg(f.phase);
    if (!f.step.isEmpty())
        where << BuildTr::tr("step %1").arg(f.step);
    if (f.exitCode)
        where << BuildTr::tr("exit code %1").arg(*f.exitCode);
    m_ctx.journal.error(BuildTr::tr("build failed in %1%2: %3")
                            .arg(f.stage, where.isEmpty() ? QString() : u" ("_s + where.join(u", "_s) + u')', f.message));
    if (!f.logTail.isEmpty())
        m_ctx.journal.error(BuildTr::tr("last log lines:\n%1").arg(f.logTail.join(u'\n')));
}

} // namespace Kiln::Core
