#include "planresolver.h"

#include "core/build/buildtr.h"
#include "core/catalog/catalog.h"
#include "core/catalog/componentdocument.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Kiln::Core {

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

PlanBaseImage baseFrom(const ImageRow &image)
{
    PlanBaseImage b;
    b.id = image.id;
    b.reference = image.reference();
    b.diskPath = image.diskPath;
    b.libvirtUri = image.libvirtUri;
    b.pool = image.pool;
    b.volume = image.volume;
    b.format = image.format;
    b.sha256 = image.sha256;
    b.virtualSize = image.virtualSize;
    b.kernelPath = image.kernelPath;
    b.initrdPath = image.initrdPath;
    b.kernelCmdline = image.kernelCmdline;
    return b;
}

PlanInfrastructure infraFrom(const InfrastructureRow &row)
{
    PlanInfrastructure i;
    i.name = row.name;
    i.uri = row.uri;
    i.vcpus = row.vcpus;
    i.memoryMiB = row.memoryMiB;
    i.accelerator = row.accelerator;
    i.network = row.network;
    i.storagePool = row.storagePool;
    i.keepVmOnFailure = row.keepVmOnFailure;
    i.timeouts = row.timeouts;
    return i;
}

// The base image must be usable where the build runs: a file on this host, or a volume in the
// infrastructure's own pool on the same URI (images built earlier by Kiln).
Result<void> checkBaseUsable(const PlanBaseImage &base, const PlanInfrastructure &infra)
{
    if (!base.diskPath.isEmpty()) {
        if (!QFileInfo(base.diskPath).isReadable())
            return fail(BuildTr::tr("The disk of base image %1 is missing: %2. Import the image again.")
                            .arg(base.reference, base.diskPath),
                        u"not-found"_s);
        return {};
    }
    if (base.volume.isEmpty())
        return fail(BuildTr::tr("Base image %1 has no disk.").arg(base.reference), u"invalid"_s);
    if (base.libvirtUri != infra.uri || base.pool != infra.storagePool)
        return fail(BuildTr::tr("Base image %1 is volume %2 in pool %3 on %4, but infrastructure %5 builds in pool %6 on "
                                "%7. Use an infrastructure with that URI and pool, or export the image to a directory "
                                "and import it.")
                        .arg(base.reference, base.volume, base.pool, base.libvirtUri, infra.name, infra.storagePool,
                             infra.uri),
                    u"invalid"_s);
    return {};
}

Result<void> checkParameters(const QString &what, const QString &document, const QMap<QString, QString> &given)
{
    auto info = Internal::inspectComponentDocument(document, what);
    if (!info)
        return fail(info.error());
    QStringList declared;
    for (const Internal::ComponentParameterInfo &p : info->parameters) {
        declared << p.name;
        if (!p.hasDefault && !given.contains(p.name))
            return fail(BuildTr::tr("%1 needs a value for parameter '%2' (--parameters %2=VALUE)").arg(what, p.name),
                        u"invalid"_s);
    }
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        if (!declared.contains(it.key()))
            return fail(BuildTr::tr("%1 has no parameter '%2' (it declares: %3)")
                            .arg(what, it.key(), declared.isEmpty() ? BuildTr::tr("none") : declared.join(u", "_s)),
                        u"invalid"_s);
    }
    return {};
}

Result<InfrastructureRow> infrastructureFor(Catalog &catalog, const QString &name)
{
    if (!name.isEmpty())
        return catalog.infrastructure().get(name);
    auto def = catalog.infrastructure().get(u"default"_s);
    if (def)
        return def;
    InfrastructureRow row; // built-in defaults
    row.name = u"(built-in)"_s;
    row.timeouts.build = 1800;
    row.timeouts.test = 1800;
    return row;
}

} // namespace

Result<QMap<QString, QString>> PlanResolver::parseParameters(const QString &text)
{
    QMap<QString, QString> out;
    QStringList items;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size() && text.at(i + 1) == u',') {
            current += u',';
            ++i;
        } else if (c == u',') {
            items << current;
            current.clear();
        } else {
            current += c;
        }
    }
    items << current;
    for (const QString &item : std::as_const(items)) {
        if (item.trimmed().isEmpty())
            continue;
        const qsizetype eq = item.indexOf(u'=');
        if (eq <= 0)
            return fail(BuildTr::tr("parameter '%1' is not NAME=VALUE").arg(item), u"invalid"_s);
        out.insert(item.left(eq).trimmed(), item.mid(eq + 1));
    }
    return out;
}

Result<BuildPlan> PlanResolver::resolvePipeline(Catalog &catalog, const PipelineRow &pipeline)
{
    auto recipe = catalog.recipes().resolve(pipeline.recipe);
    if (!recipe)
        return fail(BuildTr::tr("pipeline %1: recipe %2: %3").arg(pipeline.name, pipeline.recipe, recipe.error().message),
                    recipe.error().code);
    auto base = catalog.images().resolve(recipe->parentImage, ImagePurpose::Use);
    if (!base)
        return fail(BuildTr::tr("pipeline %1: parent image %2 of recipe %3: %4")
                        .arg(pipeline.name, recipe->parentImage, recipe->reference(), base.error().message),
                    base.error().code);
    auto components = catalog.recipes().resolveComponents(*recipe);
    if (!components)
        return fail(BuildTr::tr("pipeline %1: %2").arg(pipeline.name, components.error().message), components.error().code);
    auto infra = catalog.infrastructure().get(pipeline.infrastructure);
    if (!infra)
        return fail(BuildTr::tr("pipeline %1: infrastructure %2: %3")
                        .arg(pipeline.name, pipeline.infrastructure, infra.error().message),
                    infra.error().code);

    BuildPlan plan;
    plan.kind = BuildKind::Pipeline;
    plan.pipeline = pipeline.name;
    plan.recipe = recipe->reference();
    plan.recipeId = recipe->id;
    plan.imageName = recipe->name;
    plan.imageVersion = recipe->version;
    plan.base = baseFrom(*base);
    plan.workingDirectory = recipe->workingDirectory.isEmpty() ? u"/tmp"_s : recipe->workingDirectory;
    plan.diskSizeGiB = recipe->diskSizeGiB;
    plan.tests = pipeline.tests;
    plan.infrastructure = infraFrom(*infra);
    plan.resolvedAt = nowText();
    for (const ResolvedComponent &rc : std::as_const(*components)) {
        PlanComponent c;
        c.reference = rc.component.reference();
        c.componentId = rc.component.id;
        c.name = rc.component.name;
        c.type = rc.component.type;
        c.parameters = rc.ref.parameters;
        c.document = rc.component.document;
        c.sha256 = rc.component.sha256;
        plan.components.append(c);
    }
    if (plan.buildComponents().isEmpty() && plan.testComponents().isEmpty())
        return fail(BuildTr::tr("pipeline %1: recipe %2 has no components").arg(pipeline.name, plan.recipe), u"invalid"_s);
    if (!pipeline.distribution.isEmpty()) {
        auto dist = catalog.distributions().get(pipeline.distribution);
        if (!dist)
            return fail(BuildTr::tr("pipeline %1: distribution %2: %3")
                            .arg(pipeline.name, pipeline.distribution, dist.error().message),
                        dist.error().code);
        plan.distribution = PlanDistribution{dist->name, dist->targets};
    }
    if (auto usable = checkBaseUsable(plan.base, plan.infrastructure); !usable)
        return fail(BuildTr::tr("pipeline %1: %2").arg(pipeline.name, usable.error().message), usable.error().code);
    return plan;
}

Result<BuildPlan> PlanResolver::resolveComponentTest(Catalog &catalog, const ComponentTestRequest &request)
{
    if (request.component.isEmpty() == request.file.isEmpty())
        return fail(BuildTr::tr("give either a component reference or a file"), u"invalid"_s);
    PlanComponent c;
    if (!request.file.isEmpty()) {
        QFile f(request.file);
        if (!f.open(QIODevice::ReadOnly))
            return fail(BuildTr::tr("cannot read %1: %2").arg(request.file, f.errorString()), u"io"_s);
        const QByteArray bytes = f.readAll();
        c.document = QString::fromUtf8(bytes);
        c.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        c.reference = u"file:"_s + QFileInfo(request.file).absoluteFilePath();
        auto info = Internal::inspectComponentDocument(c.document, request.file);
        if (!info)
            return fail(info.error());
        c.name = info->name.isEmpty() ? QFileInfo(request.file).completeBaseName() : info->name;
        if (auto ok = validateName(c.name, BuildTr::tr("component name")); !ok)
            c.name = QFileInfo(request.file).completeBaseName();
    } else {
        auto row = catalog.components().resolve(request.component);
        if (!row)
            return fail(BuildTr::tr("component %1: %2").arg(request.component, row.error().message), row.error().code);
        c.reference = row->reference();
        c.componentId = row->id;
        c.name = row->name;
        c.type = row->type;
        c.document = row->document;
        c.sha256 = row->sha256;
    }
    c.parameters = request.parameters;
    if (auto ok = checkParameters(request.file.isEmpty() ? c.reference : request.file, c.document, c.parameters); !ok)
        return fail(ok.error());

    auto base = catalog.images().resolve(request.baseImage, ImagePurpose::Use);
    if (!base)
        return fail(BuildTr::tr("base image %1: %2").arg(request.baseImage, base.error().message), base.error().code);
    auto infra = infrastructureFor(catalog, request.infrastructure);
    if (!infra)
        return fail(BuildTr::tr("infrastructure %1: %2").arg(request.infrastructure, infra.error().message),
                    infra.error().code);
    for (const QString &phase : request.phases) {
        if (phase != u"build" && phase != u"validate" && phase != u"test")
            return fail(BuildTr::tr("unknown phase '%1' (build, validate or test)").arg(phase), u"invalid"_s);
    }

    BuildPlan plan;
    plan.kind = BuildKind::ComponentTest;
    plan.imageName = c.name;
    plan.base = baseFrom(*base);
    plan.components = {c};
    plan.tests = false;
    plan.infrastructure = infraFrom(*infra);
    plan.testPhases = request.phases;
    plan.resolvedAt = nowText();
    if (auto usable = checkBaseUsable(plan.base, plan.infrastructure); !usable)
        return fail(usable.error());
    return plan;
}

Result<BuildRow> PlanResolver::preparePipelineBuild(Catalog &catalog, const QString &pipelineName)
{
    auto pipeline = catalog.pipelines().get(pipelineName);
    if (!pipeline)
        return fail(pipeline.error());
    if (!pipeline->enabled)
        return fail(BuildTr::tr("pipeline %1 is disabled; enable it to run it").arg(pipelineName), u"invalid"_s);
    auto plan = resolvePipeline(catalog, *pipeline);
    if (!plan)
        return fail(plan.error());

    NewBuild nb;
    nb.kind = BuildKind::Pipeline;
    nb.pipelineId = pipeline->id;
    nb.pipelineName = pipeline->name;
    nb.plan = plan->toJson();
    auto build = catalog.builds().create(nb).result();
    if (!build)
        return fail(build.error());
    plan->buildId = build->id;

    NewBuiltImage ni;
    ni.name = plan->imageName;
    ni.version = plan->imageVersion;
    ni.recipeId = plan->recipeId;
    ni.baseImageId = plan->base.id;
    ni.buildId = build->id;
    ni.kernelPath = plan->base.kernelPath;
    ni.initrdPath = plan->base.initrdPath;
    ni.kernelCmdline = plan->base.kernelCmdline;
    for (int i = 0; i < plan->components.size(); ++i) {
        const PlanComponent &pc = plan->components.at(i);
        ImageComponentRow row;
        row.position = i;
        row.componentId = pc.componentId;
        row.reference = pc.reference;
        row.type = pc.type;
        row.parameters = pc.parameters;
        ni.components.append(row);
    }
    auto image = catalog.images().createForBuild(ni).result();
    if (!image) {
        FailureContext f;
        f.stage = buildStateName(BuildState::Pending);
        f.message = BuildTr::tr("Cannot create the image row: %1").arg(image.error().message);
        (void)catalog.builds().setFailed(build->id, f).result();
        return fail(image.error());
    }
    plan->imageId = image->id;
    plan->image = image->reference();
    if (auto r = catalog.builds().setImage(build->id, image->id).result(); !r)
        return fail(r.error());
    if (auto r = catalog.builds().setPlan(build->id, plan->toJson()).result(); !r)
        return fail(r.error());
    return catalog.builds().get(build->id);
}

Result<BuildRow> PlanResolver::prepareComponentTest(Catalog &catalog, const ComponentTestRequest &request)
{
    auto plan = resolveComponentTest(catalog, request);
    if (!plan)
        return fail(plan.error());
    NewBuild nb;
    nb.kind = BuildKind::ComponentTest;
    nb.pipelineName = plan->components.first().name;
    nb.plan = plan->toJson();
    auto build = catalog.builds().create(nb).result();
    if (!build)
        return fail(build.error());
    plan->buildId = build->id;
    if (auto r = catalog.builds().setPlan(build->id, plan->toJson()).result(); !r)
        return fail(r.error());
    return catalog.builds().get(build->id);
}

} // namespace Kiln::Core
