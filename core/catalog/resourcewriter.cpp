// ResourceFile::serialize: writes resource documents back as YAML in the field order and spelling
// that ResourceFile::parse reads (what `kilnctl export` prints). Defaults are written explicitly
// so that an exported file says everything a build will use.
#include "resourcefile.h"

#include <yaml-cpp/yaml.h>

namespace Kiln::Core {

namespace {

YAML::Emitter &operator<<(YAML::Emitter &out, const QString &s)
{
    return out << s.toStdString();
}

void key(YAML::Emitter &out, const char *k) { out << YAML::Key << k << YAML::Value; }

void writeRecipe(YAML::Emitter &out, const NewRecipe &r)
{
    key(out, "kind"); out << "ImageRecipe";
    key(out, "name"); out << r.name;
    key(out, "version"); out << r.version.toString();
    if (!r.description.isEmpty()) {
        key(out, "description"); out << r.description;
    }
    key(out, "parentImage"); out << r.parentImage;
    key(out, "components");
    out << YAML::BeginSeq;
    for (const RecipeComponentRef &c : r.components) {
        out << YAML::BeginMap;
        key(out, "component"); out << c.component;
        if (!c.parameters.isEmpty()) {
            key(out, "parameters");
            out << YAML::BeginMap;
            for (auto it = c.parameters.cbegin(); it != c.parameters.cend(); ++it) {
                out << YAML::Key << it.key() << YAML::Value << YAML::DoubleQuoted << it.value();
            }
            out << YAML::EndMap;
        }
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
    if (r.diskSizeGiB > 0) {
        key(out, "diskSizeGiB"); out << r.diskSizeGiB;
    }
    key(out, "workingDirectory"); out << r.workingDirectory;
}

void writeInfrastructure(YAML::Emitter &out, const InfrastructureRow &r)
{
    key(out, "kind"); out << "InfrastructureConfiguration";
    key(out, "name"); out << r.name;
    if (!r.description.isEmpty()) {
        key(out, "description"); out << r.description;
    }
    key(out, "uri"); out << r.uri;
    key(out, "vcpus"); out << r.vcpus;
    key(out, "memoryMiB"); out << r.memoryMiB;
    key(out, "accelerator"); out << acceleratorName(r.accelerator);
    key(out, "network"); out << networkModeName(r.network);
    key(out, "storagePool"); out << r.storagePool;
    key(out, "keepVmOnFailure"); out << r.keepVmOnFailure;
    key(out, "timeouts");
    out << YAML::BeginMap;
    key(out, "create"); out << r.timeouts.create;
    key(out, "build"); out << r.timeouts.build;
    key(out, "test"); out << r.timeouts.test;
    key(out, "distribute"); out << r.timeouts.distribute;
    out << YAML::EndMap;
}

void writeDistribution(YAML::Emitter &out, const DistributionRow &r)
{
    key(out, "kind"); out << "DistributionConfiguration";
    key(out, "name"); out << r.name;
    if (!r.description.isEmpty()) {
        key(out, "description"); out << r.description;
    }
    key(out, "targets");
    out << YAML::BeginSeq;
    for (const DistributionTarget &t : r.targets) {
        out << YAML::BeginMap;
        if (t.kind == DistributionTarget::Kind::Directory) {
            key(out, "directory"); out << t.directory;
        } else {
            key(out, "pool"); out << t.pool;
            if (!t.uri.isEmpty()) {
                key(out, "uri"); out << t.uri;
            }
        }
        key(out, "formats");
        out << YAML::Flow << YAML::BeginSeq;
        for (const QString &f : t.formats)
            out << f;
        out << YAML::EndSeq;
        key(out, "compression"); out << t.compression;
        key(out, "checksums"); out << t.checksums;
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

void writePipeline(YAML::Emitter &out, const PipelineRow &r)
{
    key(out, "kind"); out << "ImagePipeline";
    key(out, "name"); out << r.name;
    if (!r.description.isEmpty()) {
        key(out, "description"); out << r.description;
    }
    key(out, "recipe"); out << r.recipe;
    key(out, "infrastructure"); out << r.infrastructure;
    if (!r.distribution.isEmpty()) {
        key(out, "distribution"); out << r.distribution;
    }
    key(out, "tests"); out << r.tests;
    key(out, "schedule"); out << r.schedule;
    key(out, "startCondition"); out << startConditionName(r.startCondition);
    key(out, "enabled"); out << r.enabled;
}

} // namespace

QByteArray ResourceFile::serialize(const QList<ResourceDocument> &documents)
{
    QByteArray text;
    for (const ResourceDocument &doc : documents) {
        YAML::Emitter out;
        out.SetIndent(2);
        out.SetBoolFormat(YAML::TrueFalseBool);
        out.SetBoolFormat(YAML::LowerCase);
        out << YAML::BeginMap;
        std::visit(
            [&out](const auto &r) {
                using T = std::decay_t<decltype(r)>;
                if constexpr (std::is_same_v<T, NewRecipe>)
                    writeRecipe(out, r);
                else if constexpr (std::is_same_v<T, InfrastructureRow>)
                    writeInfrastructure(out, r);
                else if constexpr (std::is_same_v<T, DistributionRow>)
                    writeDistribution(out, r);
                else
                    writePipeline(out, r);
            },
            doc.resource);
        out << YAML::EndMap;
        if (!text.isEmpty())
            text += "---\n";
        text += QByteArray(out.c_str()) + '\n';
    }
    return text;
}

} // namespace Kiln::Core
