#include "resourcefile.h"

#include "db.h"

#include <QFile>
#include <QTextStream>

#include <yaml-cpp/yaml.h>

#include <cstdio>

namespace Kiln::Core {

using Internal::Tr;

QString resourceKindName(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::ImageRecipe: return QStringLiteral("ImageRecipe");
    case ResourceKind::InfrastructureConfiguration: return QStringLiteral("InfrastructureConfiguration");
    case ResourceKind::DistributionConfiguration: return QStringLiteral("DistributionConfiguration");
    case ResourceKind::ImagePipeline: return QStringLiteral("ImagePipeline");
    }
    return {};
}

std::optional<ResourceKind> parseResourceKind(QStringView text)
{
    const QString t = text.toString().toLower();
    if (t == QLatin1String("imagerecipe") || t == QLatin1String("recipe"))
        return ResourceKind::ImageRecipe;
    if (t == QLatin1String("infrastructureconfiguration") || t == QLatin1String("infrastructure") || t == QLatin1String("infra"))
        return ResourceKind::InfrastructureConfiguration;
    if (t == QLatin1String("distributionconfiguration") || t == QLatin1String("distribution"))
        return ResourceKind::DistributionConfiguration;
    if (t == QLatin1String("imagepipeline") || t == QLatin1String("pipeline"))
        return ResourceKind::ImagePipeline;
    return std::nullopt;
}

QString SourceLocation::toString() const
{
    if (line <= 0)
        return file;
    return QStringLiteral("%1:%2:%3").arg(file).arg(line).arg(column);
}

QString ResourceDocument::name() const
{
    return std::visit([](const auto &r) { return r.name; }, resource);
}

SourceLocation ResourceDocument::where(const QString &field) const
{
    return fields.value(field, location);
}

namespace {

// The closest known field name, for "did you mean" hints.
QString closest(const QString &word, const QStringList &candidates)
{
    auto distance = [](const QString &a, const QString &b) {
        QList<int> prev(b.size() + 1), cur(b.size() + 1);
        for (int j = 0; j <= b.size(); ++j)
            prev[j] = j;
        for (int i = 1; i <= a.size(); ++i) {
            cur[0] = i;
            for (int j = 1; j <= b.size(); ++j)
                cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1,
                                   prev[j - 1] + (a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1)});
            std::swap(prev, cur);
        }
        return prev[b.size()];
    };
    QString best;
    int bestDistance = 4;
    for (const QString &c : candidates) {
        const int d = distance(word, c);
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}

class Reader
{
public:
    Reader(QString file, QStringList &errors) : m_file(std::move(file)), m_errors(errors) {}

    SourceLocation at(const YAML::Mark &m) const { return {m_file, m.line + 1, m.column + 1}; }
    void error(const YAML::Mark &m, const QString &message)
    {
        m_errors << at(m).toString() + QStringLiteral(": error: ") + message;
    }

    // The map's entries in order, with duplicate and unknown keys reported.
    QList<QPair<QString, YAML::Node>> entries(const YAML::Node &map, const QStringList &known, const QString &what)
    {
        QList<QPair<QString, YAML::Node>> out;
        QStringList seen;
        for (auto it = map.begin(); it != map.end(); ++it) {
            const YAML::Node key = it->first;
            if (!key.IsScalar()) {
                error(key.Mark(), Tr::tr("%1: keys must be plain names").arg(what));
                continue;
            }
            const QString name = QString::fromStdString(key.Scalar());
            if (seen.contains(name)) {
                error(key.Mark(), Tr::tr("%1: '%2' is given twice").arg(what, name));
                continue;
            }
            seen << name;
            if (!known.contains(name)) {
                const QString hint = closest(name, known);
                error(key.Mark(), hint.isEmpty()
                                      ? Tr::tr("%1: unknown field '%2' (known fields: %3)").arg(what, name, known.join(QStringLiteral(", ")))
                                      : Tr::tr("%1: unknown field '%2'; did you mean '%3'?").arg(what, name, hint));
                continue;
            }
            out.append({name, it->second});
        }
        return out;
    }

    bool text(const YAML::Node &n, const QString &field, QString &out)
    {
        if (n.IsNull()) {
            out.clear();
            return true;
        }
        if (!n.IsScalar()) {
            error(n.Mark(), Tr::tr("'%1' must be a text value, not a %2").arg(field, shape(n)));
            return false;
        }
        out = QString::fromStdString(n.Scalar());
        return true;
    }

    bool integer(const YAML::Node &n, const QString &field, int &out, int min, int max)
    {
        QString t;
        if (!text(n, field, t))
            return false;
        bool ok = false;
        const qlonglong v = t.toLongLong(&ok);
        if (!ok || v < min || v > max) {
            error(n.Mark(), Tr::tr("'%1' must be a whole number from %2 to %3, not '%4'").arg(field).arg(min).arg(max).arg(t));
            return false;
        }
        out = int(v);
        return true;
    }

    bool boolean(const YAML::Node &n, const QString &field, bool &out)
    {
        QString t;
        if (!text(n, field, t))
            return false;
        if (t.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
            out = true;
            return true;
        }
        if (t.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0) {
            out = false;
            return true;
        }
        error(n.Mark(), Tr::tr("'%1' must be true or false, not '%2'").arg(field, t));
        return false;
    }

    template <class E>
    bool choice(const YAML::Node &n, const QString &field, E &out, std::optional<E> (*parse)(QStringView),
                const QStringList &allowed)
    {
        QString t;
        if (!text(n, field, t))
            return false;
        if (auto v = parse(t)) {
            out = *v;
            return true;
        }
        error(n.Mark(), Tr::tr("'%1' must be one of %2, not '%3'").arg(field, allowed.join(QStringLiteral(", ")), t));
        return false;
    }

    static QString shape(const YAML::Node &n)
    {
        if (n.IsMap())
            return Tr::tr("mapping");
        if (n.IsSequence())
            return Tr::tr("list");
        if (n.IsNull())
            return Tr::tr("empty value");
        return Tr::tr("text value");
    }

private:
    QString m_file;
    QStringList &m_errors;
};

// The fields each kind accepts, in the order export writes them.
const QStringList kRecipeFields{QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("version"),
                                QStringLiteral("description"), QStringLiteral("parentImage"), QStringLiteral("components"),
                                QStringLiteral("diskSizeGiB"), QStringLiteral("workingDirectory")};
const QStringList kInfraFields{QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("description"),
                               QStringLiteral("uri"), QStringLiteral("vcpus"), QStringLiteral("memoryMiB"),
                               QStringLiteral("accelerator"), QStringLiteral("network"), QStringLiteral("storagePool"),
                               QStringLiteral("keepVmOnFailure"), QStringLiteral("timeouts")};
const QStringList kDistributionFields{QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("description"),
                                      QStringLiteral("targets")};
const QStringList kTargetFields{QStringLiteral("directory"), QStringLiteral("pool"), QStringLiteral("uri"),
                                QStringLiteral("formats"), QStringLiteral("compression"), QStringLiteral("checksums")};
const QStringList kPipelineFields{QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("description"),
                                  QStringLiteral("recipe"), QStringLiteral("infrastructure"), QStringLiteral("distribution"),
                                  QStringLiteral("tests"), QStringLiteral("schedule"), QStringLiteral("startCondition"),
                                  QStringLiteral("enabled")};
const QStringList kTimeoutFields{QStringLiteral("create"), QStringLiteral("build"), QStringLiteral("test"),
                                 QStringLiteral("distribute")};

using Fields = QList<QPair<QString, YAML::Node>>;

void readRecipeComponents(Reader &rd, ResourceDocument &doc, const YAML::Node &value, NewRecipe &r)
{
    if (!value.IsSequence()) {
        rd.error(value.Mark(), Tr::tr("'components' must be a list of {component: REF, parameters: {…}}"));
        return;
    }
    for (size_t i = 0; i < value.size(); ++i) {
        const YAML::Node item = value[i];
        const QString path = QStringLiteral("components[%1]").arg(i);
        doc.fields.insert(path, rd.at(item.Mark()));
        RecipeComponentRef c;
        if (item.IsScalar()) { // shorthand: "- hello@1.x.x"
            c.component = QString::fromStdString(item.Scalar());
            r.components.append(c);
            continue;
        }
        if (!item.IsMap()) {
            rd.error(item.Mark(), Tr::tr("%1 must be a mapping with 'component' and optional 'parameters'").arg(path));
            continue;
        }
        for (const auto &[k, v] : rd.entries(item, {QStringLiteral("component"), QStringLiteral("parameters")}, path)) {
            if (k == QLatin1String("component")) {
                rd.text(v, k, c.component);
                doc.fields.insert(path + QStringLiteral(".component"), rd.at(v.Mark()));
                continue;
            }
            if (v.IsNull())
                continue;
            if (!v.IsMap()) {
                rd.error(v.Mark(), Tr::tr("%1.parameters must be a mapping of name: value").arg(path));
                continue;
            }
            doc.fields.insert(path + QStringLiteral(".parameters"), rd.at(v.Mark()));
            for (auto it = v.begin(); it != v.end(); ++it) {
                QString name, val;
                if (!rd.text(it->first, QStringLiteral("parameter name"), name))
                    continue;
                doc.fields.insert(path + QStringLiteral(".parameters.") + name, rd.at(it->first.Mark()));
                if (it->second.IsSequence() && it->second.size() == 1 && it->second[0].IsScalar())
                    val = QString::fromStdString(it->second[0].Scalar()); // Image Builder's [value] form
                else if (!rd.text(it->second, QStringLiteral("parameter '%1'").arg(name), val))
                    continue;
                c.parameters.insert(name, val);
            }
        }
        if (c.component.isEmpty())
            rd.error(item.Mark(), Tr::tr("%1 has no 'component' reference").arg(path));
        r.components.append(c);
    }
}

NewRecipe readRecipe(Reader &rd, ResourceDocument &doc, const Fields &fields)
{
    NewRecipe r;
    for (const auto &[key, value] : fields) {
        if (key == QLatin1String("name")) {
            rd.text(value, key, r.name);
        } else if (key == QLatin1String("version")) {
            QString v;
            if (rd.text(value, key, v)) {
                if (auto sv = SemVer::parse(v))
                    r.version = *sv;
                else
                    rd.error(value.Mark(), sv.error().message);
            }
        } else if (key == QLatin1String("description")) {
            rd.text(value, key, r.description);
        } else if (key == QLatin1String("parentImage")) {
            rd.text(value, key, r.parentImage);
        } else if (key == QLatin1String("diskSizeGiB")) {
            rd.integer(value, key, r.diskSizeGiB, 0, 65536);
        } else if (key == QLatin1String("workingDirectory")) {
            rd.text(value, key, r.workingDirectory);
        } else if (key == QLatin1String("components")) {
            readRecipeComponents(rd, doc, value, r);
        }
    }
    return r;
}

InfrastructureRow readInfrastructure(Reader &rd, const Fields &fields)
{
    InfrastructureRow r;
    for (const auto &[key, value] : fields) {
        if (key == QLatin1String("name"))
            rd.text(value, key, r.name);
        else if (key == QLatin1String("description"))
            rd.text(value, key, r.description);
        else if (key == QLatin1String("uri"))
            rd.text(value, key, r.uri);
        else if (key == QLatin1String("vcpus"))
            rd.integer(value, key, r.vcpus, 1, 256);
        else if (key == QLatin1String("memoryMiB"))
            rd.integer(value, key, r.memoryMiB, 64, 4194304);
        else if (key == QLatin1String("accelerator"))
            rd.choice(value, key, r.accelerator, +[](QStringView t) { return parseAccelerator(t.toString()); }, {QStringLiteral("auto"), QStringLiteral("kvm"), QStringLiteral("tcg")});
        else if (key == QLatin1String("network"))
            rd.choice(value, key, r.network, &parseNetworkMode, {QStringLiteral("none"), QStringLiteral("user")});
        else if (key == QLatin1String("storagePool"))
            rd.text(value, key, r.storagePool);
        else if (key == QLatin1String("keepVmOnFailure"))
            rd.boolean(value, key, r.keepVmOnFailure);
        else if (key == QLatin1String("timeouts")) {
            if (!value.IsMap()) {
                rd.error(value.Mark(), Tr::tr("'timeouts' must map stages (create, build, test, distribute) to seconds"));
                continue;
            }
            for (const auto &[stage, seconds] : rd.entries(value, kTimeoutFields, QStringLiteral("timeouts"))) {
                int *target = stage == QLatin1String("create")  ? &r.timeouts.create
                              : stage == QLatin1String("build") ? &r.timeouts.build
                              : stage == QLatin1String("test")  ? &r.timeouts.test
                                                                : &r.timeouts.distribute;
                rd.integer(seconds, QStringLiteral("timeouts.") + stage, *target, 0, 7 * 24 * 3600);
            }
        }
    }
    return r;
}

DistributionRow readDistribution(Reader &rd, ResourceDocument &doc, const Fields &fields)
{
    DistributionRow r;
    for (const auto &[key, value] : fields) {
        if (key == QLatin1String("name")) {
            rd.text(value, key, r.name);
        } else if (key == QLatin1String("description")) {
            rd.text(value, key, r.description);
        } else if (key == QLatin1String("targets")) {
            if (!value.IsSequence()) {
                rd.error(value.Mark(), Tr::tr("'targets' must be a list of {directory: PATH} or {pool: NAME, uri: URI} entries"));
                continue;
            }
            for (size_t i = 0; i < value.size(); ++i) {
                const YAML::Node item = value[i];
                const QString path = QStringLiteral("targets[%1]").arg(i);
                doc.fields.insert(path, rd.at(item.Mark()));
                if (!item.IsMap()) {
                    rd.error(item.Mark(), Tr::tr("%1 must be a mapping with 'directory' or 'pool'").arg(path));
                    continue;
                }
                DistributionTarget t;
                bool hasDirectory = false, hasPool = false;
                for (const auto &[k, v] : rd.entries(item, kTargetFields, path)) {
                    if (k == QLatin1String("directory")) {
                        hasDirectory = rd.text(v, k, t.directory);
                    } else if (k == QLatin1String("pool")) {
                        hasPool = rd.text(v, k, t.pool);
                    } else if (k == QLatin1String("uri")) {
                        rd.text(v, k, t.uri);
                    } else if (k == QLatin1String("compression")) {
                        rd.text(v, k, t.compression);
                    } else if (k == QLatin1String("checksums")) {
                        rd.boolean(v, k, t.checksums);
                    } else if (k == QLatin1String("formats")) {
                        t.formats.clear();
                        if (v.IsScalar()) {
                            t.formats << QString::fromStdString(v.Scalar());
                        } else if (v.IsSequence()) {
                            for (size_t j = 0; j < v.size(); ++j) {
                                QString f;
                                if (rd.text(v[j], QStringLiteral("formats"), f))
                                    t.formats << f;
                            }
                        } else {
                            rd.error(v.Mark(), Tr::tr("'formats' must be a list such as [qcow2, raw]"));
                        }
                    }
                }
                if (hasDirectory == hasPool)
                    rd.error(item.Mark(), Tr::tr("%1 needs exactly one of 'directory' or 'pool'").arg(path));
                else if (hasPool)
                    t.kind = DistributionTarget::Kind::Pool;
                else if (!t.uri.isEmpty())
                    rd.error(item.Mark(), Tr::tr("%1: 'uri' only goes with a 'pool' target").arg(path));
                r.targets.append(t);
            }
        }
    }
    return r;
}

PipelineRow readPipeline(Reader &rd, const Fields &fields)
{
    PipelineRow r;
    for (const auto &[key, value] : fields) {
        if (key == QLatin1String("name"))
            rd.text(value, key, r.name);
        else if (key == QLatin1String("description"))
            rd.text(value, key, r.description);
        else if (key == QLatin1String("recipe"))
            rd.text(value, key, r.recipe);
        else if (key == QLatin1String("infrastructure"))
            rd.text(value, key, r.infrastructure);
        else if (key == QLatin1String("distribution"))
            rd.text(value, key, r.distribution);
        else if (key == QLatin1String("tests"))
            rd.boolean(value, key, r.tests);
        else if (key == QLatin1String("schedule"))
            rd.text(value, key, r.schedule);
        else if (key == QLatin1String("startCondition"))
            rd.choice(value, key, r.startCondition, &parseStartCondition,
                      {QStringLiteral("always"), QStringLiteral("dependenciesUpdated")});
        else if (key == QLatin1String("enabled"))
            rd.boolean(value, key, r.enabled);
    }
    return r;
}

std::optional<ResourceDocument> readDocument(Reader &rd, const YAML::Node &root)
{
    if (!root.IsMap()) {
        rd.error(root.Mark(), Tr::tr("a resource document must be a mapping that starts with 'kind:'"));
        return std::nullopt;
    }
    const YAML::Node kindNode = root["kind"];
    if (!kindNode || !kindNode.IsScalar()) {
        rd.error(root.Mark(), Tr::tr("the document has no 'kind'; use ImageRecipe, InfrastructureConfiguration, "
                                     "DistributionConfiguration or ImagePipeline"));
        return std::nullopt;
    }
    const QString kindText = QString::fromStdString(kindNode.Scalar());
    ResourceDocument doc;
    doc.location = rd.at(root.Mark());
    QStringList known;
    QStringList required{QStringLiteral("name")};
    if (kindText == QLatin1String("ImageRecipe")) {
        doc.kind = ResourceKind::ImageRecipe;
        known = kRecipeFields;
        required << QStringLiteral("version") << QStringLiteral("parentImage") << QStringLiteral("components");
    } else if (kindText == QLatin1String("InfrastructureConfiguration")) {
        doc.kind = ResourceKind::InfrastructureConfiguration;
        known = kInfraFields;
    } else if (kindText == QLatin1String("DistributionConfiguration")) {
        doc.kind = ResourceKind::DistributionConfiguration;
        known = kDistributionFields;
        required << QStringLiteral("targets");
    } else if (kindText == QLatin1String("ImagePipeline")) {
        doc.kind = ResourceKind::ImagePipeline;
        known = kPipelineFields;
        required << QStringLiteral("recipe") << QStringLiteral("infrastructure");
    } else {
        const QStringList kinds{QStringLiteral("ImageRecipe"), QStringLiteral("InfrastructureConfiguration"),
                                QStringLiteral("DistributionConfiguration"), QStringLiteral("ImagePipeline")};
        const QString hint = closest(kindText, kinds);
        rd.error(kindNode.Mark(), hint.isEmpty()
                                      ? Tr::tr("unknown kind '%1'; use %2").arg(kindText, kinds.join(QStringLiteral(", ")))
                                      : Tr::tr("unknown kind '%1'; did you mean '%2'?").arg(kindText, hint));
        return std::nullopt;
    }
    const Fields fields = rd.entries(root, known, kindText);
    QStringList present;
    for (const auto &[key, value] : fields) {
        present << key;
        doc.fields.insert(key, rd.at(value.Mark()));
    }
    for (const QString &field : std::as_const(required))
        if (!present.contains(field))
            rd.error(root.Mark(), Tr::tr("%1: the required field '%2' is missing").arg(kindText, field));
    switch (doc.kind) {
    case ResourceKind::ImageRecipe: doc.resource = readRecipe(rd, doc, fields); break;
    case ResourceKind::InfrastructureConfiguration: doc.resource = readInfrastructure(rd, fields); break;
    case ResourceKind::DistributionConfiguration: doc.resource = readDistribution(rd, doc, fields); break;
    case ResourceKind::ImagePipeline: doc.resource = readPipeline(rd, fields); break;
    }
    if (present.contains(QStringLiteral("name")))
        if (auto r = validateName(doc.name(), Tr::tr("%1 name").arg(kindText)); !r)
            rd.error(root["name"].Mark(), r.error().message);
    return doc;
}

} // namespace

Result<QList<ResourceDocument>> ResourceFile::parse(const QByteArray &text, const QString &file)
{
    QStringList errors;
    Reader rd(file, errors);
    std::vector<YAML::Node> roots;
    try {
        roots = YAML::LoadAll(text.toStdString());
    } catch (const YAML::Exception &e) {
        rd.error(e.mark, Tr::tr("YAML syntax: %1").arg(QString::fromStdString(e.msg)));
        return fail(errors.join(u'\n'), QStringLiteral("invalid"));
    }
    QList<ResourceDocument> out;
    for (const YAML::Node &root : roots) {
        if (!root || root.IsNull())
            continue; // an empty document, e.g. after a trailing ---
        try {
            if (auto doc = readDocument(rd, root))
                out.append(std::move(*doc));
        } catch (const YAML::Exception &e) {
            rd.error(e.mark, QString::fromStdString(e.msg));
        }
    }
    if (out.isEmpty() && errors.isEmpty())
        errors << Tr::tr("%1: error: no resource documents found (each needs 'kind:')").arg(file);
    if (!errors.isEmpty())
        return fail(errors.join(u'\n'), QStringLiteral("invalid"));
    return out;
}

Result<QList<ResourceDocument>> ResourceFile::load(const QString &path)
{
    QByteArray text;
    if (path == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return fail(Tr::tr("cannot read standard input"), QStringLiteral("io"));
        text = in.readAll();
        return parse(text, QStringLiteral("<stdin>"));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Tr::tr("cannot read %1: %2").arg(path, file.errorString()), QStringLiteral("io"));
    if (file.size() > 16 * 1024 * 1024)
        return fail(Tr::tr("%1 is larger than 16 MiB; that is not a resource file").arg(path), QStringLiteral("invalid"));
    return parse(file.readAll(), path);
}

} // namespace Kiln::Core
