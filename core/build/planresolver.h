#pragma once
// PlanResolver: step 1 of a build (PENDING). Turns a pipeline — or a single component to try —
// into a frozen BuildPlan: recipe → exact parent image (wildcards pick the newest AVAILABLE) →
// exact component versions (wildcards resolved through the catalog) with their documents and
// parameters, plus snapshots of the infrastructure and distribution configurations. prepare*()
// then records the build (PENDING, plan stored) and, for pipelines, the image it will make
// (PENDING, exact lineage), so every later step reads only the plan.
//
// Blocking: the catalog reads run on the calling thread and the writes are waited for. Call from
// kilnctl, the build worker or a worker thread (BuildLauncher does that for the GUI).

#include "core/build/buildplan.h"

namespace Kiln::Core {

class Catalog;

// `kilnctl test-component`: one component against a base image in a throwaway VM.
struct ComponentTestRequest {
    QString component;               // a catalog reference (hello@1.x.x), or
    QString file;                    // a YAML file on this host (not stored in the catalog)
    QString baseImage;               // an image reference
    QMap<QString, QString> parameters;
    QString infrastructure;          // a configuration's name; empty: "default" if it exists,
                                     // else built-in defaults (qemu:///session, TCG when KVM fails)
    QStringList phases{QStringLiteral("build"), QStringLiteral("validate"), QStringLiteral("test")};
};

class PlanResolver
{
public:
    // Pure reads: the plan a build of this pipeline would run now (buildId/imageId not set).
    static Result<BuildPlan> resolvePipeline(Catalog &catalog, const PipelineRow &pipeline);
    static Result<BuildPlan> resolveComponentTest(Catalog &catalog, const ComponentTestRequest &request);

    // Resolves, then creates the PENDING build (and image) rows and stores the plan.
    static Result<BuildRow> preparePipelineBuild(Catalog &catalog, const QString &pipelineName);
    static Result<BuildRow> prepareComponentTest(Catalog &catalog, const ComponentTestRequest &request);

    // "k=v,k2=v2" (values may contain '=' but not ','; a backslash escapes a comma).
    static Result<QMap<QString, QString>> parseParameters(const QString &text);
};

} // namespace Kiln::Core
