#pragma once
// BuildPlan: everything one build needs, resolved and frozen when the build is created
// (ARCHITECTURE.md, "One build, end to end", step 1): the exact base image, the exact component
// versions with their documents and parameter values, and snapshots of the infrastructure and
// distribution configurations. It is stored as JSON in the build's catalog row, so a build worker
// started later (or restarted) runs exactly what was asked for, even if the pipeline, its
// configurations or wildcard matches change meanwhile. Plain value type; no catalog access.

#include "core/catalog/rows.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kiln::Core {

// The base image a build starts from.
struct PlanBaseImage {
    qint64 id = 0;
    QString reference;   // kiln:image/tinyos/1.0.0/1
    QString diskPath;    // a file on this host (imports), or empty
    QString libvirtUri;  // a volume (images built by Kiln)
    QString pool;
    QString volume;
    QString format;      // qcow2 | raw | …
    QString sha256;
    qint64 virtualSize = 0;
    QString kernelPath;  // direct kernel boot, when set
    QString initrdPath;
    QString kernelCmdline;
};

// One component, exactly as the build runs it.
struct PlanComponent {
    QString reference;   // kiln:component/hello/1.0.0/1, or file:<path> for a test run of a file
    qint64 componentId = 0;
    QString name;
    ComponentType type = ComponentType::Build;
    QMap<QString, QString> parameters;
    QString document;    // the AWSTOE YAML
    QString sha256;      // of the document
};

struct PlanInfrastructure {
    QString name;
    QString uri = QStringLiteral("qemu:///session");
    int vcpus = 1;
    int memoryMiB = 1024;
    Accelerator accelerator = Accelerator::Auto;
    NetworkMode network = NetworkMode::None;
    QString storagePool = QStringLiteral("kiln");
    bool keepVmOnFailure = false;
    StageTimeouts timeouts;
};

struct PlanDistribution {
    QString name;
    QList<DistributionTarget> targets;
};

struct BuildPlan {
    static constexpr int kVersion = 1;

    BuildKind kind = BuildKind::Pipeline;
    qint64 buildId = 0;
    QString pipeline;            // name; empty for component tests
    QString recipe;              // kiln:recipe/demo/1.0.0/1; empty for component tests
    qint64 recipeId = 0;
    QString imageName;           // the image this build makes (the recipe's name and version)
    SemVer imageVersion;
    qint64 imageId = 0;          // its PENDING catalog row
    QString image;               // kiln:image/demo/1.0.0/3
    PlanBaseImage base;
    QList<PlanComponent> components; // recipe order (build and test components)
    QString workingDirectory = QStringLiteral("/tmp");
    int diskSizeGiB = 0;         // 0: the base image's size
    bool tests = true;
    PlanInfrastructure infrastructure;
    std::optional<PlanDistribution> distribution;
    QStringList testPhases;      // component tests: the phases to run (build, validate, test)
    QString resolvedAt;          // RFC 3339

    QList<PlanComponent> buildComponents() const;
    QList<PlanComponent> testComponents() const;

    QJsonObject toJson() const;
    // A plan read back from the catalog; an error names the first missing or bad field.
    static Result<BuildPlan> fromJson(const QJsonObject &json);
};

QJsonObject toJson(const DistributionTarget &target);
Result<DistributionTarget> distributionTargetFromJson(const QJsonObject &json);

} // namespace Kiln::Core
