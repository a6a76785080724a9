#include "rowjson.h"

#include "db.h"

namespace Kiln::Core {

namespace {

QJsonValue time(const QDateTime &t) { return t.isValid() ? QJsonValue(Internal::timeText(t)) : QJsonValue(); }

QJsonObject parameters(const QMap<QString, QString> &p)
{
    QJsonObject o;
    for (auto it = p.cbegin(); it != p.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

QJsonObject toJson(const ComponentRow &c)
{
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("reference"), c.reference()},
                  {QStringLiteral("name"), c.name},
                  {QStringLiteral("version"), c.version.toString()},
                  {QStringLiteral("build"), c.build},
                  {QStringLiteral("type"), componentTypeName(c.type)},
                  {QStringLiteral("platform"), c.platform},
                  {QStringLiteral("description"), c.description},
                  {QStringLiteral("sha256"), c.sha256},
                  {QStringLiteral("state"), c.state},
                  {QStringLiteral("createdAt"), time(c.createdAt)}};
    if (!c.document.isEmpty())
        o.insert(QStringLiteral("document"), c.document);
    return o;
}

QJsonObject toJson(const RecipeRow &r)
{
    QJsonArray components;
    for (const RecipeComponentRef &c : r.components)
        components.append(QJsonObject{{QStringLiteral("component"), c.component},
                                      {QStringLiteral("parameters"), parameters(c.parameters)}});
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("reference"), r.reference()},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("version"), r.version.toString()},
            {QStringLiteral("build"), r.build},
            {QStringLiteral("description"), r.description},
            {QStringLiteral("parentImage"), r.parentImage},
            {QStringLiteral("components"), components},
            {QStringLiteral("diskSizeGiB"), r.diskSizeGiB},
            {QStringLiteral("workingDirectory"), r.workingDirectory},
            {QStringLiteral("sha256"), r.sha256},
            {QStringLiteral("createdAt"), time(r.createdAt)}};
}

QJsonObject toJson(const InfrastructureRow &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("description"), r.description},
            {QStringLiteral("uri"), r.uri},
            {QStringLiteral("vcpus"), r.vcpus},
            {QStringLiteral("memoryMiB"), r.memoryMiB},
            {QStringLiteral("accelerator"), acceleratorName(r.accelerator)},
            {QStringLiteral("network"), networkModeName(r.network)},
            {QStringLiteral("storagePool"), r.storagePool},
            {QStringLiteral("keepVmOnFailure"), r.keepVmOnFailure},
            {QStringLiteral("timeouts"), QJsonObject{{QStringLiteral("create"), r.timeouts.create},
                                                     {QStringLiteral("build"), r.timeouts.build},
                                                     {QStringLiteral("test"), r.timeouts.test},
                                                     {QStringLiteral("distribute"), r.timeouts.distribute}}},
            {QStringLiteral("createdAt"), time(r.createdAt)},
            {QStringLiteral("updatedAt"), time(r.updatedAt)}};
}

QJsonObject toJson(const DistributionRow &r)
{
    QJsonArray targets;
    for (const DistributionTarget &t : r.targets) {
        QJsonObject o;
        if (t.kind == DistributionTarget::Kind::Directory) {
            o.insert(QStringLiteral("directory"), t.directory);
        } else {
            o.insert(QStringLiteral("pool"), t.pool);
            o.insert(QStringLiteral("uri"), t.uri);
        }
        o.insert(QStringLiteral("formats"), QJsonArray::fromStringList(t.formats));
        o.insert(QStringLiteral("compression"), t.compression);
        o.insert(QStringLiteral("checksums"), t.checksums);
        targets.append(o);
    }
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("description"), r.description},
            {QStringLiteral("targets"), targets},
            {QStringLiteral("createdAt"), time(r.createdAt)},
            {QStringLiteral("updatedAt"), time(r.updatedAt)}};
}

QJsonObject toJson(const PipelineRow &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("description"), r.description},
            {QStringLiteral("recipe"), r.recipe},
            {QStringLiteral("infrastructure"), r.infrastructure},
            {QStringLiteral("distribution"), r.distribution},
            {QStringLiteral("tests"), r.tests},
            {QStringLiteral("schedule"), r.schedule},
            {QStringLiteral("startCondition"), startConditionName(r.startCondition)},
            {QStringLiteral("enabled"), r.enabled},
            {QStringLiteral("createdAt"), time(r.createdAt)},
            {QStringLiteral("updatedAt"), time(r.updatedAt)}};
}

QJsonObject toJson(const ImageRow &r)
{
    QJsonArray components;
    for (const ImageComponentRow &c : r.components)
        components.append(QJsonObject{{QStringLiteral("position"), c.position},
                                      {QStringLiteral("reference"), c.reference},
                                      {QStringLiteral("type"), componentTypeName(c.type)},
                                      {QStringLiteral("parameters"), parameters(c.parameters)}});
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("reference"), r.reference()},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("version"), r.version.toString()},
            {QStringLiteral("build"), r.build},
            {QStringLiteral("status"), imageStatusName(r.status)},
            {QStringLiteral("statusReason"), r.statusReason},
            {QStringLiteral("origin"), imageOriginName(r.origin)},
            {QStringLiteral("description"), r.description},
            {QStringLiteral("diskPath"), r.diskPath},
            {QStringLiteral("ownsDisk"), r.ownsDisk},
            {QStringLiteral("libvirtUri"), r.libvirtUri},
            {QStringLiteral("pool"), r.pool},
            {QStringLiteral("volume"), r.volume},
            {QStringLiteral("format"), r.format},
            {QStringLiteral("virtualSize"), r.virtualSize},
            {QStringLiteral("actualSize"), r.actualSize},
            {QStringLiteral("sha256"), r.sha256},
            {QStringLiteral("kernel"), r.kernelPath},
            {QStringLiteral("initrd"), r.initrdPath},
            {QStringLiteral("cmdline"), r.kernelCmdline},
            {QStringLiteral("baseImage"), r.baseImage},
            {QStringLiteral("recipe"), r.recipe},
            {QStringLiteral("buildId"), r.buildId},
            {QStringLiteral("components"), components},
            {QStringLiteral("sourceUrl"), r.sourceUrl},
            {QStringLiteral("osInfo"), r.osInfo},
            {QStringLiteral("packageCount"), r.packageCount},
            {QStringLiteral("createdAt"), time(r.createdAt)},
            {QStringLiteral("finishedAt"), time(r.finishedAt)},
            {QStringLiteral("updatedAt"), time(r.updatedAt)}};
}

QJsonObject toJson(const BuildRow &b)
{
    QJsonArray stages;
    for (const BuildStageRow &s : b.stages)
        stages.append(QJsonObject{{QStringLiteral("stage"), s.stage},
                                  {QStringLiteral("status"), s.status},
                                  {QStringLiteral("startedAt"), time(s.startedAt)},
                                  {QStringLiteral("finishedAt"), time(s.finishedAt)},
                                  {QStringLiteral("durationMs"), s.durationMs()}});
    QJsonObject failure;
    if (!b.failure.isEmpty()) {
        failure = {{QStringLiteral("stage"), b.failure.stage},
                   {QStringLiteral("component"), b.failure.component},
                   {QStringLiteral("phase"), b.failure.phase},
                   {QStringLiteral("step"), b.failure.step},
                   {QStringLiteral("exitCode"), b.failure.exitCode ? QJsonValue(*b.failure.exitCode) : QJsonValue()},
                   {QStringLiteral("message"), b.failure.message},
                   {QStringLiteral("logTail"), QJsonArray::fromStringList(b.failure.logTail)}};
    }
    return {{QStringLiteral("id"), b.id},
            {QStringLiteral("kind"), buildKindName(b.kind)},
            {QStringLiteral("pipeline"), b.pipelineName},
            {QStringLiteral("image"), b.image},
            {QStringLiteral("state"), buildStateName(b.state)},
            {QStringLiteral("stateReason"), b.stateReason},
            {QStringLiteral("stages"), stages},
            {QStringLiteral("failure"), failure.isEmpty() ? QJsonValue() : QJsonValue(failure)},
            {QStringLiteral("workerPid"), b.workerPid},
            {QStringLiteral("cancelRequested"), b.cancelRequested},
            {QStringLiteral("createdAt"), time(b.createdAt)},
            {QStringLiteral("startedAt"), time(b.startedAt)},
            {QStringLiteral("finishedAt"), time(b.finishedAt)}};
}

QJsonObject toJson(const BuildStepRow &s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("buildId"), s.buildId},
            {QStringLiteral("stage"), s.stage},
            {QStringLiteral("component"), s.component},
            {QStringLiteral("phase"), s.phase},
            {QStringLiteral("step"), s.step},
            {QStringLiteral("iteration"), s.iteration},
            {QStringLiteral("status"), stepStatusName(s.status)},
            {QStringLiteral("exitCode"), s.exitCode ? QJsonValue(*s.exitCode) : QJsonValue()},
            {QStringLiteral("message"), s.message},
            {QStringLiteral("startedAt"), time(s.startedAt)},
            {QStringLiteral("finishedAt"), time(s.finishedAt)}};
}

QJsonObject toJson(const LogRow &l)
{
    return {{QStringLiteral("id"), l.id},
            {QStringLiteral("buildId"), l.buildId},
            {QStringLiteral("kind"), l.kind},
            {QStringLiteral("path"), l.path},
            {QStringLiteral("createdAt"), time(l.createdAt)}};
}

QJsonObject toJson(const PackageRow &p)
{
    return {{QStringLiteral("name"), p.name}, {QStringLiteral("version"), p.version}, {QStringLiteral("architecture"), p.architecture}};
}

QJsonObject toJson(const Referrer &r)
{
    return {{QStringLiteral("kind"), r.kind}, {QStringLiteral("reference"), r.reference}, {QStringLiteral("via"), r.via}};
}

} // namespace Kiln::Core
