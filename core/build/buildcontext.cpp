#include "buildcontext.h"

#include "core/catalog/catalog.h"
#include "core/virt/virtconnection.h"

using namespace Qt::StringLiterals;

namespace Kiln::Core {

StageResult StageResult::failed(const QString &stage, const QString &message, const QStringList &tail)
{
    FailureContext f;
    f.stage = stage;
    f.message = message;
    f.logTail = tail;
    return {Kind::Failed, f};
}

BuildContext::BuildContext(const Home &home, Catalog &catalog, BuildPlan plan)
    : home(home)
    , catalog(catalog)
    , plan(std::move(plan))
    , buildId(this->plan.buildId)
    , logs(home, this->plan.buildId)
{
}

BuildContext::~BuildContext()
{
    storage.reset();
    connection.reset();
}

QString BuildContext::resourceBuildId() const
{
    return Kiln::Core::resourceBuildId(home, buildId);
}

QDeadlineTimer BuildContext::deadline(int seconds)
{
    return seconds > 0 ? QDeadlineTimer(qint64(seconds) * 1000) : QDeadlineTimer(QDeadlineTimer::Forever);
}

Result<void> BuildContext::setState(BuildState state, const QString &reason)
{
    auto r = catalog.builds().setState(buildId, state, reason).result();
    if (!r) {
        journal.error(r.error().message);
        return fail(r.error());
    }
    return {};
}

Result<void> BuildContext::setImageStatus(ImageStatus status, const QString &reason)
{
    if (plan.imageId <= 0)
        return {};
    auto r = catalog.images().setStatus(plan.imageId, status, reason).result();
    if (!r) {
        journal.error(r.error().message);
        return fail(r.error());
    }
    return {};
}

Result<qint64> BuildContext::addStep(const BuildStepRow &row)
{
    BuildStepRow r = row;
    r.buildId = buildId;
    auto id = catalog.builds().addStep(r).result();
    if (!id)
        journal.error(id.error().message);
    return id;
}

void BuildContext::finishStep(qint64 stepId, const BuildStepRow &row)
{
    // Not waited for: the writer applies writes in order, and nothing here depends on it.
    (void)catalog.builds().finishStep(stepId, row.status, row.exitCode, row.message, row.finishedAt);
}

void BuildContext::addLog(const QString &kind)
{
    (void)catalog.builds().addLog(buildId, kind, logs.path(kind));
}

bool BuildContext::cancelRequestedInCatalog() const
{
    auto b = catalog.builds().get(buildId);
    return b && b->cancelRequested;
}

void BuildContext::recordTiming(const QString &what, qint64 ms)
{
    m_timings.append({what, ms});
}

} // namespace Kiln::Core
