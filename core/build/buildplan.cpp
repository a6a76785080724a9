#include "buildplan.h"

#include "core/build/buildtr.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Kiln::Core {

namespace {

QJsonObject mapToJson(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QMap<QString, QString> mapFromJson(const QJsonObject &o)
{
    QMap<QString, QString> map;
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

// Reads fields and remembers the first one that is missing or of the wrong type.
class Reader
{
public:
    explicit Reader(QString where) : m_where(std::move(where)) {}

    QString text(const QJsonObject &o, const QString &key, bool required = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isString())
            return v.toString();
        if (required || !v.isUndefined())
            bad(key);
        return {};
    }
    qint64 number(const QJsonObject &o, const QString &key, qint64 fallback = 0)
    {
        const QJsonValue v = o.value(key);
        if (v.isDouble())
            return qint64(v.toDouble());
        if (!v.isUndefined())
            bad(key);
        return fallback;
    }
    bool boolean(const QJsonObject &o, const QString &key, bool fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isBool())
            return v.toBool();
        if (!v.isUndefined())
            bad(key);
        return fallback;
    }
    QJsonObject object(const QJsonObject &o, const QString &key, bool required = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isObject())
            return v.toObject();
        if (required || !v.isUndefined())
            bad(key);
        return {};
    }
    QJsonArray array(const QJsonObject &o, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isArray())
            return v.toArray();
        if (!v.isUndefined())
            bad(key);
        return {};
    }
    void bad(const QString &key)
    {
        if (m_error.isEmpty())
            m_error = BuildTr::tr("The build plan is damaged: field '%1' of %2 is missing or has the wrong type.").arg(key, m_where);
    }
    void setWhere(const QString &where) { m_where = where; }
    const QString &error() const { return m_error; }

private:
    QString m_where;
    QString m_error;
};

} // namespace

QList<PlanComponent> BuildPlan::buildComponents() const
{
    QList<PlanComponent> out;
    for (const PlanComponent &c : components)
        if (c.type == ComponentType::Build)
            out.append(c);
    return out;
}

QList<PlanComponent> BuildPlan::testComponents() const
{
    QList<PlanComponent> out;
    for (const PlanComponent &c : components)
        if (c.type == ComponentType::Test)
            out.append(c);
    return out;
}

QJsonObject toJson(const DistributionTarget &t)
{
    QJsonObject o{{u"kind"_s, t.kind == DistributionTarget::Kind::Pool ? u"pool"_s : u"directory"_s},
                  {u"formats"_s, QJsonArray::fromStringList(t.formats)},
                  {u"compression"_s, t.compression},
                  {u"checksums"_s, t.checksums}};
    if (t.kind == DistributionTarget::Kind::Pool) {
        o.insert(u"pool"_s, t.pool);
        o.insert(u"uri"_s, t.uri);
    } else {
        o.insert(u"directory"_s, t.directory);
    }
    return o;
}

Result<DistributionTarget> distributionTargetFromJson(const QJsonObject &o)
{
    Reader r(u"a distribution target"_s);
    DistributionTarget t;
    t.kind = r.text(o, u"kind"_s, true) == u"pool" ? DistributionTarget::Kind::Pool : DistributionTarget::Kind::Directory;
    t.directory = r.text(o, u"directory"_s);
    t.pool = r.text(o, u"pool"_s);
    t.uri = r.text(o, u"uri"_s);
    t.formats.clear();
    for (const QJsonValue &f : r.array(o, u"formats"_s))
        t.formats.append(f.toString());
    t.compression = o.contains(u"compression"_s) ? r.text(o, u"compression"_s) : u"none"_s;
    t.checksums = r.boolean(o, u"checksums"_s, true);
    if (!r.error().isEmpty())
        return fail(r.error(), u"invalid"_s);
    return t;
}

QJsonObject BuildPlan::toJson() const
{
    QJsonArray comps;
    for (const PlanComponent &c : components) {
        comps.append(QJsonObject{{u"reference"_s, c.reference},
                                 {u"componentId"_s, c.componentId},
                                 {u"name"_s, c.name},
                                 {u"type"_s, componentTypeName(c.type)},
                                 {u"parameters"_s, mapToJson(c.parameters)},
                                 {u"document"_s, c.document},
                                 {u"sha256"_s, c.sha256}});
    }
    const QJsonObject baseJson{{u"id"_s, base.id},
                               {u"reference"_s, base.reference},
                               {u"diskPath"_s, base.diskPath},
                               {u"libvirtUri"_s, base.libvirtUri},
                               {u"pool"_s, base.pool},
                               {u"volume"_s, base.volume},
                               {u"format"_s, base.format},
                               {u"sha256"_s, base.sha256},
                               {u"virtualSize"_s, base.virtualSize},
                               {u"kernel"_s, base.kernelPath},
                               {u"initrd"_s, base.initrdPath},
                               {u"cmdline"_s, base.kernelCmdline}};
    const PlanInfrastructure &i = infrastructure;
    const QJsonObject infraJson{{u"name"_s, i.name},
                                {u"uri"_s, i.uri},
                                {u"vcpus"_s, i.vcpus},
                                {u"memoryMiB"_s, i.memoryMiB},
                                {u"accelerator"_s, acceleratorName(i.accelerator)},
                                {u"network"_s, networkModeName(i.network)},
                                {u"storagePool"_s, i.storagePool},
                                {u"keepVmOnFailure"_s, i.keepVmOnFailure},
                                {u"timeouts"_s, QJsonObject{{u"create"_s, i.timeouts.create},
                                                            {u"build"_s, i.timeouts.build},
                                                            {u"test"_s, i.timeouts.test},
                                                            {u"distribute"_s, i.timeouts.distribute}}}};
    QJsonObject o{{u"version"_s, kVersion},
                  {u"kind"_s, buildKindName(kind)},
                  {u"buildId"_s, buildId},
                  {u"pipeline"_s, pipeline},
                  {u"recipe"_s, recipe},
                  {u"recipeId"_s, recipeId},
                  {u"imageName"_s, imageName},
                  {u"imageVersion"_s, imageVersion.toString()},
                  {u"imageId"_s, imageId},
                  {u"image"_s, image},
                  {u"base"_s, baseJson},
                  {u"components"_s, comps},
                  {u"workingDirectory"_s, workingDirectory},
                  {u"diskSizeGiB"_s, diskSizeGiB},
                  {u"tests"_s, tests},
                  {u"infrastructure"_s, infraJson},
                  {u"testPhases"_s, QJsonArray::fromStringList(testPhases)},
                  {u"resolvedAt"_s, resolvedAt}};
    if (distribution) {
        QJsonArray targets;
        for (const DistributionTarget &t : distribution->targets)
            targets.append(Kiln::Core::toJson(t));
        o.insert(u"distribution"_s, QJsonObject{{u"name"_s, distribution->name}, {u"targets"_s, targets}});
    }
    return o;
}

Result<BuildPlan> BuildPlan::fromJson(const QJsonObject &o)
{
    Reader r(u"the plan"_s);
    if (r.number(o, u"version"_s) != kVersion)
        return fail(BuildTr::tr("The build plan has version %1; this Kiln reads version %2.")
                        .arg(o.value(u"version"_s).toInt())
                        .arg(kVersion),
                    u"invalid"_s);
    BuildPlan p;
    p.kind = r.text(o, u"kind"_s, true) == u"component-test" ? BuildKind::ComponentTest : BuildKind::Pipeline;
    p.buildId = r.number(o, u"buildId"_s);
    p.pipeline = r.text(o, u"pipeline"_s);
    p.recipe = r.text(o, u"recipe"_s);
    p.recipeId = r.number(o, u"recipeId"_s);
    p.imageName = r.text(o, u"imageName"_s);
    if (const QString v = r.text(o, u"imageVersion"_s); !v.isEmpty()) {
        auto sv = SemVer::parse(v);
        if (!sv)
            r.bad(u"imageVersion"_s);
        else
            p.imageVersion = *sv;
    }
    p.imageId = r.number(o, u"imageId"_s);
    p.image = r.text(o, u"image"_s);

    const QJsonObject b = r.object(o, u"base"_s, true);
    r.setWhere(u"the base image"_s);
    p.base.id = r.number(b, u"id"_s);
    p.base.reference = r.text(b, u"reference"_s, true);
    p.base.diskPath = r.text(b, u"diskPath"_s);
    p.base.libvirtUri = r.text(b, u"libvirtUri"_s);
    p.base.pool = r.text(b, u"pool"_s);
    p.base.volume = r.text(b, u"volume"_s);
    p.base.format = r.text(b, u"format"_s);
    p.base.sha256 = r.text(b, u"sha256"_s);
    p.base.virtualSize = r.number(b, u"virtualSize"_s);
    p.base.kernelPath = r.text(b, u"kernel"_s);
    p.base.initrdPath = r.text(b, u"initrd"_s);
    p.base.kernelCmdline = r.text(b, u"cmdline"_s);

    r.setWhere(u"a component"_s);
    for (const QJsonValue &v : r.array(o, u"components"_s)) {
        const QJsonObject c = v.toObject();
        PlanComponent pc;
        pc.reference = r.text(c, u"reference"_s, true);
        pc.componentId = r.number(c, u"componentId"_s);
        pc.name = r.text(c, u"name"_s, true);
        pc.type = parseComponentType(r.text(c, u"type"_s, true)).value_or(ComponentType::Build);
        pc.parameters = mapFromJson(r.object(c, u"parameters"_s));
        pc.document = r.text(c, u"document"_s, true);
        pc.sha256 = r.text(c, u"sha256"_s);
        p.components.append(pc);
    }
    r.setWhere(u"the plan"_s);
    p.workingDirectory = o.contains(u"workingDirectory"_s) ? r.text(o, u"workingDirectory"_s) : u"/tmp"_s;
    p.diskSizeGiB = int(r.number(o, u"diskSizeGiB"_s));
    p.tests = r.boolean(o, u"tests"_s, true);
    for (const QJsonValue &v : r.array(o, u"testPhases"_s))
        p.testPhases.append(v.toString());
    p.resolvedAt = r.text(o, u"resolvedAt"_s);

    const QJsonObject i = r.object(o, u"infrastructure"_s, true);
    r.setWhere(u"the infrastructure"_s);
    PlanInfrastructure &in = p.infrastructure;
    in.name = r.text(i, u"name"_s);
    in.uri = r.text(i, u"uri"_s, true);
    in.vcpus = int(r.number(i, u"vcpus"_s, 1));
    in.memoryMiB = int(r.number(i, u"memoryMiB"_s, 1024));
    in.accelerator = parseAccelerator(r.text(i, u"accelerator"_s)).value_or(Accelerator::Auto);
    in.network = parseNetworkMode(r.text(i, u"network"_s)).value_or(NetworkMode::None);
    in.storagePool = r.text(i, u"storagePool"_s, true);
    in.keepVmOnFailure = r.boolean(i, u"keepVmOnFailure"_s, false);
    const QJsonObject t = r.object(i, u"timeouts"_s);
    in.timeouts.create = int(r.number(t, u"create"_s, in.timeouts.create));
    in.timeouts.build = int(r.number(t, u"build"_s, in.timeouts.build));
    in.timeouts.test = int(r.number(t, u"test"_s, in.timeouts.test));
    in.timeouts.distribute = int(r.number(t, u"distribute"_s, in.timeouts.distribute));

    if (o.contains(u"distribution"_s)) {
        const QJsonObject d = r.object(o, u"distribution"_s);
        PlanDistribution dist;
        dist.name = d.value(u"name"_s).toString();
        for (const QJsonValue &v : d.value(u"targets"_s).toArray()) {
            auto target = distributionTargetFromJson(v.toObject());
            if (!target)
                return fail(target.error());
            dist.targets.append(*target);
        }
        p.distribution = dist;
    }
    if (!r.error().isEmpty())
        return fail(r.error(), u"invalid"_s);
    return p;
}

} // namespace Kiln::Core
