// Test helper process for tst_catalog_faults: opens a catalog and writes to it, so that the test
// can kill it with SIGKILL in the middle of a transaction or run several at once.
//   catalog_child HOME long-transaction   one write job inserting rows forever (prints "inside")
//   catalog_child HOME components PREFIX N    creates N components PREFIX-0 … (prints "done")
//   catalog_child HOME populate    fills a catalog with one of everything; `sqlite3 catalog.db .dump`
//                                  of it is the schema fixture tests/data/catalog/schema-vN.sql
#include "core/catalog/catalog.h"
#include "core/catalog/catalogcontext.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Kiln::Core;

template <class T>
static bool check(const Result<T> &r, const char *what)
{
    if (!r)
        fprintf(stderr, "%s: %s\n", what, qPrintable(r.error().message));
    return bool(r);
}

static QString document(const QString &echo)
{
    return QStringLiteral("name: hello\ndescription: Says hello\nschemaVersion: 1.0\nparameters:\n  - Greeting:\n"
                          "      type: string\n      default: hello\nphases:\n  - name: build\n    steps:\n"
                          "      - name: Say\n        action: ExecuteBash\n        inputs:\n          commands:\n"
                          "            - echo \"%1 {{ Greeting }}\"\n").arg(echo);
}

static int populate(Catalog &c)
{
    NewComponent hello;
    hello.name = QStringLiteral("hello");
    hello.version = {1, 0, 0};
    hello.document = document(QStringLiteral("first"));
    if (!check(c.components().create(hello).result(), "component"))
        return 1;
    hello.document = document(QStringLiteral("second"));
    auto component = c.components().create(hello).result();
    if (!check(component, "component build 2"))
        return 1;
    NewImportedImage base;
    base.name = QStringLiteral("tinyos");
    base.version = {1, 0, 0};
    base.diskPath = QStringLiteral("/nonexistent/tinyos.qcow2");
    base.format = QStringLiteral("qcow2");
    base.virtualSize = 1 << 30;
    base.actualSize = 1 << 20;
    base.sha256 = QString(64, u'a');
    base.kernelPath = QStringLiteral("/nonexistent/vmlinuz");
    base.initrdPath = QStringLiteral("/nonexistent/initrd.img");
    base.kernelCmdline = QStringLiteral("console=ttyS0");
    auto image = c.images().registerImport(base).result();
    if (!check(image, "image"))
        return 1;
    InfrastructureRow infra;
    infra.name = QStringLiteral("local");
    if (!check(c.infrastructure().put(infra).result(), "infrastructure"))
        return 1;
    DistributionRow dist;
    dist.name = QStringLiteral("out");
    DistributionTarget target;
    target.directory = QStringLiteral("/srv/images");
    target.formats = {QStringLiteral("qcow2"), QStringLiteral("raw")};
    dist.targets = {target};
    if (!check(c.distributions().put(dist).result(), "distribution"))
        return 1;
    NewRecipe recipe;
    recipe.name = QStringLiteral("web");
    recipe.version = {1, 0, 0};
    recipe.parentImage = QStringLiteral("tinyos@1.x.x");
    recipe.components = {{QStringLiteral("hello@1.x.x"), {{QStringLiteral("Greeting"), QStringLiteral("hi")}}}};
    auto storedRecipe = c.recipes().create(recipe).result();
    if (!check(storedRecipe, "recipe"))
        return 1;
    PipelineRow pipeline;
    pipeline.name = QStringLiteral("web-pipeline");
    pipeline.recipe = QStringLiteral("web@1.0.0");
    pipeline.infrastructure = QStringLiteral("local");
    pipeline.distribution = QStringLiteral("out");
    auto storedPipeline = c.pipelines().put(pipeline).result();
    if (!check(storedPipeline, "pipeline"))
        return 1;
    NewBuild nb;
    nb.pipelineId = storedPipeline->row.id;
    nb.pipelineName = pipeline.name;
    auto build = c.builds().create(nb).result();
    if (!check(build, "build"))
        return 1;
    NewBuiltImage built;
    built.name = QStringLiteral("web");
    built.version = {1, 0, 0};
    built.recipeId = storedRecipe->row.id;
    built.baseImageId = image->row.id;
    built.buildId = build->id;
    built.components = {{0, component->row.id, {}, ComponentType::Build, {{QStringLiteral("Greeting"), QStringLiteral("hi")}}}};
    auto out = c.images().createForBuild(built).result();
    if (!check(out, "built image"))
        return 1;
    c.builds().setImage(build->id, out->id).waitForFinished();
    for (BuildState s : {BuildState::Creating, BuildState::Building})
        if (!check(c.builds().setState(build->id, s).result(), "build state"))
            return 1;
    c.images().setStatus(out->id, ImageStatus::Building).waitForFinished();
    BuildStepRow step;
    step.buildId = build->id;
    step.stage = QStringLiteral("BUILDING");
    step.component = component->row.reference();
    step.phase = QStringLiteral("build");
    step.step = QStringLiteral("Say");
    auto stepId = c.builds().addStep(step).result();
    if (!check(stepId, "step"))
        return 1;
    c.builds().finishStep(*stepId, StepStatus::Success, 0).waitForFinished();
    step.phase = QStringLiteral("validate");
    step.step = QStringLiteral("Check");
    stepId = c.builds().addStep(step).result();
    c.builds().finishStep(*stepId, StepStatus::Failed, 3, QStringLiteral("exit 3")).waitForFinished();
    FailureContext failure;
    failure.component = component->row.reference();
    failure.phase = QStringLiteral("validate");
    failure.step = QStringLiteral("Check");
    failure.exitCode = 3;
    failure.message = QStringLiteral("step Check failed with exit code 3");
    failure.logTail = {QStringLiteral("line 1"), QStringLiteral("line 2")};
    if (!check(c.builds().setFailed(build->id, failure).result(), "build failed"))
        return 1;
    c.images().setStatus(out->id, ImageStatus::Failed, failure.message).waitForFinished();
    c.builds().addLog(build->id, QStringLiteral("events"), QStringLiteral("/nonexistent/logs/build-1/events.jsonl")).waitForFinished();
    printf("populated\n");
    return 0;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    auto catalog = Catalog::open(Home(args.at(1)));
    if (!catalog) {
        fprintf(stderr, "%s\n", qPrintable(catalog.error().message));
        return 1;
    }
    const QString mode = args.at(2);
    if (mode == QLatin1String("long-transaction")) {
        // A build with steps inserted inside one never-ending write job.
        auto build = (*catalog)->builds().create({}).result();
        if (!build)
            return 1;
        const qint64 id = build->id;
        auto never = (*catalog)->context()->write<void>([id](Internal::WriteContext &w) -> Result<void> {
            for (qint64 i = 0;; ++i) {
                auto r = w.db.insert(QStringLiteral("INSERT INTO build_steps (build_id, stage, component, phase, step, "
                                                    "status, started_at) VALUES (?, 'BUILDING', 'c', 'build', ?, "
                                                    "'running', '2024-01-01T00:00:00.000Z')"),
                                     {id, QString::number(i)});
                if (!r)
                    return fail(r.error());
                if (i == 2000) {
                    printf("inside %lld\n", id);
                    fflush(stdout);
                }
            }
        });
        never.waitForFinished();
        return 0;
    }
    if (mode == QLatin1String("populate"))
        return populate(**catalog);
    if (mode == QLatin1String("components") && args.size() == 5) {
        const int n = args.at(4).toInt();
        int failures = 0;
        for (int i = 0; i < n; ++i) {
            NewComponent c;
            c.name = args.at(3) + u'-' + QString::number(i);
            c.version = {1, 0, 0};
            c.document = QStringLiteral("name: c\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: S\n"
                                        "        action: ExecuteBash\n        inputs:\n          commands: [\"true\"]\n");
            auto r = (*catalog)->components().create(c).result();
            if (!r) {
                ++failures;
                fprintf(stderr, "%s\n", qPrintable(r.error().message));
            }
        }
        printf("done %d\n", failures);
        return failures == 0 ? 0 : 1;
    }
    return 2;
}
