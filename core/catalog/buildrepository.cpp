#include "buildrepository.h"

#include "catalogcontext.h"
#include "catalogqueries.h"
#include "queries.h"

namespace Kiln::Core {

using namespace Internal;

namespace {

const QString kBuildColumns = QStringLiteral(
    "b.id, b.kind, b.pipeline_id, b.pipeline_name, b.image_id, b.state, b.state_reason, b.plan, b.failure_stage, "
    "b.failure_component, b.failure_phase, b.failure_step, b.failure_exit_code, b.failure_message, b.failure_log_tail, "
    "b.worker_pid, b.lock_path, b.cancel_requested, b.created_at, b.started_at, b.finished_at, b.updated_at, "
    "i.name, i.major, i.minor, i.patch, i.build FROM builds b LEFT JOIN images i ON i.id = b.image_id");

const QString kStepColumns = QStringLiteral(
    "id, build_id, stage, component, phase, step, iteration, status, exit_code, message, started_at, finished_at");

BuildRow buildFrom(const QSqlQuery &q, bool withPlan)
{
    BuildRow b;
    b.id = q.value(0).toLongLong();
    b.kind = q.value(1).toString() == QLatin1String("component-test") ? BuildKind::ComponentTest : BuildKind::Pipeline;
    b.pipelineId = q.value(2).toLongLong();
    b.pipelineName = q.value(3).toString();
    b.imageId = q.value(4).toLongLong();
    b.state = parseBuildState(q.value(5).toString()).value_or(BuildState::Failed);
    b.stateReason = q.value(6).toString();
    if (withPlan)
        b.plan = jsonObjectFrom(q.value(7));
    b.failure.stage = q.value(8).toString();
    b.failure.component = q.value(9).toString();
    b.failure.phase = q.value(10).toString();
    b.failure.step = q.value(11).toString();
    if (!q.value(12).isNull())
        b.failure.exitCode = q.value(12).toInt();
    b.failure.message = q.value(13).toString();
    const QString tail = q.value(14).toString();
    if (!tail.isEmpty())
        b.failure.logTail = tail.split(u'\n');
    b.workerPid = q.value(15).toLongLong();
    b.lockPath = q.value(16).toString();
    b.cancelRequested = q.value(17).toBool();
    b.createdAt = timeFrom(q.value(18));
    b.startedAt = timeFrom(q.value(19));
    b.finishedAt = timeFrom(q.value(20));
    b.updatedAt = timeFrom(q.value(21));
    if (!q.value(22).isNull())
        b.image = formatReference(ResourceType::Image, q.value(22).toString(),
                                  {q.value(23).toInt(), q.value(24).toInt(), q.value(25).toInt()}, q.value(26).toInt());
    return b;
}

BuildStepRow stepFrom(const QSqlQuery &q)
{
    BuildStepRow s;
    s.id = q.value(0).toLongLong();
    s.buildId = q.value(1).toLongLong();
    s.stage = q.value(2).toString();
    s.component = q.value(3).toString();
    s.phase = q.value(4).toString();
    s.step = q.value(5).toString();
    s.iteration = q.value(6).toInt();
    s.status = parseStepStatus(q.value(7).toString()).value_or(StepStatus::Failed);
    if (!q.value(8).isNull())
        s.exitCode = q.value(8).toInt();
    s.message = q.value(9).toString();
    s.startedAt = timeFrom(q.value(10));
    s.finishedAt = timeFrom(q.value(11));
    return s;
}

Result<BuildRow> getBuild(Db &db, qint64 id)
{
    std::optional<BuildRow> row;
    auto r = db.select(QStringLiteral("SELECT ") + kBuildColumns + QStringLiteral(" WHERE b.id = ?"), {id},
                       [&](const QSqlQuery &q) { row = buildFrom(q, true); });
    if (!r)
        return fail(r.error());
    if (!row)
        return fail(Tr::tr("no build %1").arg(id), QStringLiteral("not-found"));
    r = db.select(QStringLiteral("SELECT stage, status, started_at, finished_at FROM build_stages WHERE build_id = ? "
                                 "ORDER BY started_at, CASE stage WHEN 'CREATING' THEN 1 WHEN 'BUILDING' THEN 2 "
                                 "WHEN 'TESTING' THEN 3 ELSE 4 END"),
                  {id}, [&](const QSqlQuery &q) {
                      row->stages.append({q.value(0).toString(), q.value(1).toString(), timeFrom(q.value(2)),
                                          timeFrom(q.value(3))});
                  });
    if (!r)
        return fail(r.error());
    return *row;
}

Result<QList<BuildRow>> listBuilds(Db &db, const BuildFilter &f)
{
    Where w;
    if (f.pipelineId > 0)
        w.add(QStringLiteral("b.pipeline_id = ?"), {f.pipelineId});
    if (!f.pipelineName.isEmpty())
        w.add(QStringLiteral("b.pipeline_name = ?"), {f.pipelineName});
    if (f.unfinishedOnly)
        w.add(QStringLiteral("b.state NOT IN ('SUCCEEDED', 'FAILED', 'CANCELLED')"));
    if (f.beforeId > 0)
        w.add(QStringLiteral("b.id < ?"), {f.beforeId});
    if (f.fromId > 0)
        w.add(QStringLiteral("b.id >= ?"), {f.fromId});
    if (!f.states.isEmpty()) {
        QStringList marks;
        QVariantList names;
        for (BuildState s : f.states) {
            marks << QStringLiteral("?");
            names << buildStateName(s);
        }
        w.add(QStringLiteral("b.state IN (") + marks.join(u',') + u')', names);
    }
    QList<BuildRow> out;
    auto r = db.select(QStringLiteral("SELECT ") + kBuildColumns + w.sql() + QStringLiteral(" ORDER BY b.id DESC")
                           + pageSql(f.offset, f.limit),
                       w.args, [&](const QSqlQuery &q) { out.append(buildFrom(q, false)); });
    if (!r)
        return fail(r.error());
    return out;
}

Result<QList<BuildStepRow>> buildSteps(Db &db, qint64 buildId)
{
    QList<BuildStepRow> out;
    auto r = db.select(QStringLiteral("SELECT ") + kStepColumns + QStringLiteral(" FROM build_steps WHERE build_id = ? ORDER BY id"),
                       {buildId}, [&](const QSqlQuery &q) { out.append(stepFrom(q)); });
    if (!r)
        return fail(r.error());
    return out;
}

bool isStage(BuildState s)
{
    return s == BuildState::Creating || s == BuildState::Building || s == BuildState::Testing || s == BuildState::Distributing;
}

Result<BuildRow> changeState(WriteContext &w, qint64 id, BuildState to, const QString &reason, const FailureContext *failure)
{
    auto build = getBuild(w.db, id);
    if (!build)
        return fail(build.error());
    if (auto t = checkTransition(build->state, to); !t)
        return fail(Tr::tr("build %1: %2").arg(id).arg(t.error().message), t.error().code);
    const QString now = nowText();
    // Close the running stage.
    const QString stageOutcome = to == BuildState::Failed ? QStringLiteral("failed")
                                 : to == BuildState::Cancelled ? QStringLiteral("cancelled")
                                                               : QStringLiteral("success");
    if (auto r = w.db.exec(QStringLiteral("UPDATE build_stages SET status = ?, finished_at = ? WHERE build_id = ? AND "
                                          "status = 'running'"),
                           {stageOutcome, now, id});
        !r)
        return fail(r.error());
    if (isStage(to)) {
        if (auto r = w.db.exec(QStringLiteral("INSERT OR REPLACE INTO build_stages (build_id, stage, status, started_at) "
                                              "VALUES (?, ?, 'running', ?)"),
                               {id, buildStateName(to), now});
            !r)
            return fail(r.error());
    }
    const bool final = isFinal(to);
    auto r = w.db.exec(QStringLiteral("UPDATE builds SET state = ?, state_reason = ?, updated_at = ?, "
                                      "started_at = COALESCE(started_at, CASE WHEN ? THEN ? END), "
                                      "finished_at = CASE WHEN ? THEN ? ELSE finished_at END WHERE id = ?"),
                       {buildStateName(to), reason, now, isStage(to), now, final, now, id});
    if (!r)
        return fail(r.error());
    if (failure) {
        r = w.db.exec(QStringLiteral("UPDATE builds SET failure_stage = ?, failure_component = ?, failure_phase = ?, "
                                     "failure_step = ?, failure_exit_code = ?, failure_message = ?, failure_log_tail = ? "
                                     "WHERE id = ?"),
                      {failure->stage.isEmpty() ? buildStateName(build->state) : failure->stage, failure->component,
                       failure->phase, failure->step, nullableInt(failure->exitCode), failure->message,
                       failure->logTail.mid(qMax<qsizetype>(0, failure->logTail.size() - 50)).join(u'\n'), id});
        if (!r)
            return fail(r.error());
    }
    w.notify(Catalog::Table::Builds, id);
    return getBuild(w.db, id);
}

Result<void> updateBuild(WriteContext &w, qint64 id, const QString &set, QVariantList values)
{
    values << nowText() << id;
    auto n = w.db.exec(QStringLiteral("UPDATE builds SET ") + set + QStringLiteral(", updated_at = ? WHERE id = ?"), values);
    if (!n)
        return fail(n.error());
    if (*n == 0)
        return fail(Tr::tr("no build %1").arg(id), QStringLiteral("not-found"));
    w.notify(Catalog::Table::Builds, id);
    return {};
}

} // namespace

BuildRepository::BuildRepository(std::shared_ptr<CatalogContext> context) : m_context(std::move(context)) {}

QFuture<Result<BuildRow>> BuildRepository::create(const NewBuild &build) const
{
    return m_context->write<BuildRow>([build](WriteContext &w) -> Result<BuildRow> {
        const QString now = nowText();
        auto id = w.db.insert(QStringLiteral("INSERT INTO builds (kind, pipeline_id, pipeline_name, state, plan, created_at, "
                                             "updated_at) VALUES (?, ?, ?, 'PENDING', ?, ?, ?)"),
                              {buildKindName(build.kind),
                               build.pipelineId > 0 ? QVariant(build.pipelineId) : QVariant(QMetaType(QMetaType::LongLong)),
                               build.pipelineName, toJsonText(build.plan), now, now});
        if (!id)
            return fail(id.error());
        w.notify(Catalog::Table::Builds, *id);
        return getBuild(w.db, *id);
    });
}

QFuture<Result<BuildRow>> BuildRepository::setState(qint64 id, BuildState to, const QString &reason) const
{
    return m_context->write<BuildRow>([id, to, reason](WriteContext &w) { return changeState(w, id, to, reason, nullptr); });
}

QFuture<Result<BuildRow>> BuildRepository::setFailed(qint64 id, const FailureContext &failure) const
{
    return m_context->write<BuildRow>(
        [id, failure](WriteContext &w) { return changeState(w, id, BuildState::Failed, failure.message, &failure); });
}

QFuture<Result<void>> BuildRepository::setPlan(qint64 id, const QJsonObject &plan) const
{
    return m_context->write<void>(
        [id, plan](WriteContext &w) { return updateBuild(w, id, QStringLiteral("plan = ?"), {toJsonText(plan)}); });
}

QFuture<Result<void>> BuildRepository::setImage(qint64 id, qint64 imageId) const
{
    return m_context->write<void>(
        [id, imageId](WriteContext &w) { return updateBuild(w, id, QStringLiteral("image_id = ?"), {imageId}); });
}

QFuture<Result<void>> BuildRepository::setWorker(qint64 id, qint64 pid, const QString &lockPath) const
{
    return m_context->write<void>([id, pid, lockPath](WriteContext &w) {
        return updateBuild(w, id, QStringLiteral("worker_pid = ?, lock_path = ?"), {pid, lockPath});
    });
}

QFuture<Result<BuildRow>> BuildRepository::requestCancel(qint64 id) const
{
    return m_context->write<BuildRow>([id](WriteContext &w) -> Result<BuildRow> {
        auto build = getBuild(w.db, id);
        if (!build)
            return Kiln::Core::fail(build.error());
        if (isFinal(build->state))
            return Kiln::Core::fail(Tr::tr("build %1 has already finished (%2)").arg(id).arg(buildStateName(build->state)),
                                    QStringLiteral("invalid-transition"));
        if (auto r = updateBuild(w, id, QStringLiteral("cancel_requested = ?"), {1}); !r)
            return Kiln::Core::fail(r.error());
        return getBuild(w.db, id);
    });
}

QFuture<Result<qint64>> BuildRepository::addStep(const BuildStepRow &s) const
{
    return m_context->write<qint64>([s](WriteContext &w) -> Result<qint64> {
        auto id = w.db.insert(QStringLiteral("INSERT INTO build_steps (build_id, stage, component, phase, step, iteration, "
                                             "status, exit_code, message, started_at, finished_at) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              {s.buildId, s.stage, s.component, s.phase, s.step, s.iteration, stepStatusName(s.status),
                               nullableInt(s.exitCode), s.message,
                               timeText(s.startedAt.isValid() ? s.startedAt : QDateTime::currentDateTimeUtc()),
                               nullableTime(s.finishedAt)});
        if (!id)
            return Kiln::Core::fail(id.error());
        w.notify(Catalog::Table::BuildSteps, *id);
        return *id;
    });
}

QFuture<Result<void>> BuildRepository::finishStep(qint64 stepId, StepStatus status, std::optional<int> exitCode,
                                                  const QString &message, const QDateTime &finishedAt) const
{
    return m_context->write<void>([=](WriteContext &w) -> Result<void> {
        auto n = w.db.exec(QStringLiteral("UPDATE build_steps SET status = ?, exit_code = ?, message = ?, finished_at = ? "
                                          "WHERE id = ?"),
                           {stepStatusName(status), nullableInt(exitCode), message,
                            timeText(finishedAt.isValid() ? finishedAt : QDateTime::currentDateTimeUtc()), stepId});
        if (!n)
            return Kiln::Core::fail(n.error());
        if (*n == 0)
            return Kiln::Core::fail(Tr::tr("no build step %1").arg(stepId), QStringLiteral("not-found"));
        w.notify(Catalog::Table::BuildSteps, stepId);
        return {};
    });
}

QFuture<Result<void>> BuildRepository::addLog(qint64 buildId, const QString &kind, const QString &path) const
{
    return m_context->write<void>([=](WriteContext &w) -> Result<void> {
        auto id = w.db.insert(QStringLiteral("INSERT OR REPLACE INTO build_logs (build_id, kind, path, created_at) "
                                             "VALUES (?, ?, ?, ?)"),
                              {buildId, kind, path, nowText()});
        if (!id)
            return Kiln::Core::fail(id.error());
        w.notify(Catalog::Table::BuildLogs, *id);
        return {};
    });
}

Result<BuildRow> BuildRepository::get(qint64 id) const
{
    return m_context->read<BuildRow>([id](Db &db) { return getBuild(db, id); });
}

Result<QList<BuildRow>> BuildRepository::list(const BuildFilter &filter) const
{
    return m_context->read<QList<BuildRow>>([filter](Db &db) { return listBuilds(db, filter); });
}

Result<QList<BuildStepRow>> BuildRepository::steps(qint64 buildId) const
{
    return m_context->read<QList<BuildStepRow>>([buildId](Db &db) { return buildSteps(db, buildId); });
}

Result<QList<LogRow>> BuildRepository::logs(qint64 buildId) const
{
    return m_context->read<QList<LogRow>>([buildId](Db &db) -> Result<QList<LogRow>> {
        QList<LogRow> out;
        auto r = db.select(QStringLiteral("SELECT id, build_id, kind, path, created_at FROM build_logs WHERE build_id = ? "
                                          "ORDER BY id"),
                           {buildId}, [&](const QSqlQuery &q) {
                               out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                           q.value(3).toString(), timeFrom(q.value(4))});
                           });
        if (!r)
            return Kiln::Core::fail(r.error());
        return out;
    });
}

QFuture<Result<BuildRow>> BuildRepository::getAsync(qint64 id) const
{
    return m_context->readAsync<BuildRow>([id](Db &db) { return getBuild(db, id); });
}

QFuture<Result<QList<BuildRow>>> BuildRepository::listAsync(const BuildFilter &filter) const
{
    return m_context->readAsync<QList<BuildRow>>([filter](Db &db) { return listBuilds(db, filter); });
}

QFuture<Result<QList<BuildStepRow>>> BuildRepository::stepsAsync(qint64 buildId) const
{
    return m_context->readAsync<QList<BuildStepRow>>([buildId](Db &db) { return buildSteps(db, buildId); });
}

} // namespace Kiln::Core
