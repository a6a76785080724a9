// kiln-screenshot-seed --home DIR: adds builds to a prepared catalog the way the pipeline runner
// records them (a succeeded build with its image, package inventory and steps; a failed build
// with its failure context; a build still running), through the catalog API, so the screenshots
// show the Builds panel, the build monitor and an image's lineage with real rows.
#include "core/catalog/catalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace Kiln::Core;

template <class T>
static T must(QFuture<Result<T>> f, const char *what)
{
    auto r = f.result();
    if (!r) {
        std::fprintf(stderr, "seed: %s: %s\n", what, qPrintable(r.error().message));
        std::exit(1);
    }
    return *r;
}

static void mustVoid(QFuture<Result<void>> f, const char *what)
{
    auto r = f.result();
    if (!r) {
        std::fprintf(stderr, "seed: %s: %s\n", what, qPrintable(r.error().message));
        std::exit(1);
    }
}

static void stage(Catalog &c, qint64 build, qint64 image, BuildState b, ImageStatus i)
{
    must(c.builds().setState(build, b), "build state");
    if (image)
        must(c.images().setStatus(image, i), "image status");
}

static void steps(Catalog &c, qint64 build, const QString &stageName, const QString &component, const QStringList &phases,
                  const QStringList &names, StepStatus last, std::optional<int> lastExit = 0)
{
    for (const QString &phase : phases) {
        for (int i = 0; i < names.size(); ++i) {
            BuildStepRow s;
            s.buildId = build;
            s.stage = stageName;
            s.component = component;
            s.phase = phase;
            s.step = names.at(i);
            s.startedAt = QDateTime::currentDateTimeUtc();
            const qint64 id = must(c.builds().addStep(s), "step");
            const bool isLast = phase == phases.constLast() && i == names.size() - 1;
            mustVoid(c.builds().finishStep(id, isLast ? last : StepStatus::Success, isLast ? lastExit : std::optional<int>(0), {},
                                           QDateTime::currentDateTimeUtc().addMSecs(800 + 350 * i)),
                     "finish step");
        }
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int h = int(args.indexOf(QStringLiteral("--home")));
    if (h < 0 || h + 1 >= args.size()) {
        std::fprintf(stderr, "usage: kiln-screenshot-seed --home DIR\n");
        return 2;
    }
    auto opened = Catalog::open(Home(args.at(h + 1)));
    if (!opened) {
        std::fprintf(stderr, "seed: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    Catalog &c = **opened;
    const PipelineRow pipeline = *c.pipelines().get(QStringLiteral("web-pipeline"));
    const RecipeRow recipe = *c.recipes().resolve(pipeline.recipe);
    const ImageRow base = *c.images().resolve(recipe.parentImage, ImagePurpose::Use);
    const QList<ResolvedComponent> comps = *c.recipes().resolveComponents(recipe);
    QList<ImageComponentRow> lineage;
    for (int i = 0; i < comps.size(); ++i) {
        ImageComponentRow r;
        r.position = i;
        r.componentId = comps.at(i).component.id;
        r.type = comps.at(i).component.type;
        r.parameters = comps.at(i).ref.parameters;
        lineage << r;
    }
    auto newBuild = [&]() {
        NewBuild b;
        b.pipelineId = pipeline.id;
        b.pipelineName = pipeline.name;
        b.plan = QJsonObject{{QStringLiteral("recipe"), recipe.reference()}};
        return must(c.builds().create(b), "build");
    };
    auto newImage = [&](qint64 buildId) {
        NewBuiltImage i;
        i.name = recipe.name;
        i.version = recipe.version;
        i.description = recipe.description;
        i.recipeId = recipe.id;
        i.baseImageId = base.id;
        i.buildId = buildId;
        i.components = lineage;
        const ImageRow row = must(c.images().createForBuild(i), "image");
        mustVoid(c.builds().setImage(buildId, row.id), "build image");
        return row;
    };
    const QString logs = QDir(c.home().logsDir()).filePath(QStringLiteral("seed"));
    QDir().mkpath(logs);

    // 1. Succeeded: every stage, an AVAILABLE image with inventory.
    {
        const BuildRow b = newBuild();
        const ImageRow img = newImage(b.id);
        stage(c, b.id, img.id, BuildState::Creating, ImageStatus::Creating);
        stage(c, b.id, img.id, BuildState::Building, ImageStatus::Building);
        steps(c, b.id, QStringLiteral("BUILDING"), comps.at(0).component.reference(), {QStringLiteral("build"), QStringLiteral("validate")},
              {QStringLiteral("WriteGreeting")}, StepStatus::Success);
        steps(c, b.id, QStringLiteral("BUILDING"), comps.at(1).component.reference(), {QStringLiteral("build")},
              {QStringLiteral("CreateRoot"), QStringLiteral("WriteIndex"), QStringLiteral("WriteConfig")}, StepStatus::Success);
        ImageOutput out;
        out.diskPath = base.diskPath;
        out.format = QStringLiteral("qcow2");
        out.virtualSize = base.virtualSize;
        out.actualSize = 48 * 1024 * 1024;
        out.sha256 = QStringLiteral("5f0c3a9e1b7d24c86a0e93f1d2b4c6a8e0f1a2b3c4d5e6f708192a3b4c5d6e7f");
        must(c.images().setOutput(img.id, out), "output");
        QList<PackageRow> packages;
        for (const char *p : {"base-files", "bash", "busybox", "ca-certificates", "coreutils", "dpkg", "libc6", "libssl3",
                              "libzstd1", "libcrypt1", "libgcc-s1", "libstdc++6", "lighttpd", "login", "mawk", "ncurses-base",
                              "openssl", "passwd", "perl-base", "sed", "systemd", "tar", "tzdata", "util-linux", "zlib1g"})
            packages << PackageRow{QString::fromLatin1(p), QStringLiteral("1.%1").arg(qstrlen(p)), QStringLiteral("amd64")};
        mustVoid(c.images().setInventory(img.id, QJsonObject{{QStringLiteral("ID"), QStringLiteral("debian")},
                                                             {QStringLiteral("VERSION_ID"), QStringLiteral("12")},
                                                             {QStringLiteral("PRETTY_NAME"), QStringLiteral("Debian GNU/Linux 12 (bookworm)")}},
                                         packages),
                 "inventory");
        stage(c, b.id, img.id, BuildState::Testing, ImageStatus::Testing);
        steps(c, b.id, QStringLiteral("TESTING"), comps.at(2).component.reference(), {QStringLiteral("test")},
              {QStringLiteral("IndexExists")}, StepStatus::Success);
        stage(c, b.id, img.id, BuildState::Distributing, ImageStatus::Distributing);
        stage(c, b.id, img.id, BuildState::Succeeded, ImageStatus::Available);
        for (const char *kind : {"events", "console"}) {
            const QString path = QDir(logs).filePath(QStringLiteral("build-%1.%2.log").arg(b.id).arg(QLatin1String(kind)));
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write("seeded log\n");
            mustVoid(c.builds().addLog(b.id, QString::fromLatin1(kind), path), "log");
        }
    }
    // 2. Failed in BUILDING with its failure context.
    {
        const BuildRow b = newBuild();
        const ImageRow img = newImage(b.id);
        stage(c, b.id, img.id, BuildState::Creating, ImageStatus::Creating);
        stage(c, b.id, img.id, BuildState::Building, ImageStatus::Building);
        steps(c, b.id, QStringLiteral("BUILDING"), comps.at(1).component.reference(), {QStringLiteral("build")},
              {QStringLiteral("CreateRoot"), QStringLiteral("WriteIndex"), QStringLiteral("WriteConfig")}, StepStatus::Failed, 127);
        FailureContext f;
        f.stage = QStringLiteral("BUILDING");
        f.component = comps.at(1).component.reference();
        f.phase = QStringLiteral("build");
        f.step = QStringLiteral("WriteConfig");
        f.exitCode = 127;
        f.message = QStringLiteral("ExecuteBash exited with code 127");
        f.logTail = {QStringLiteral("+ echo port=80"), QStringLiteral("+ httpd -t -f /etc/httpd.conf"),
                     QStringLiteral("bash: line 2: httpd: command not found")};
        must(c.builds().setFailed(b.id, f), "fail");
        must(c.images().setStatus(img.id, ImageStatus::Failed, f.message), "image failed");
    }
    // 3. Still running (BUILDING).
    {
        const BuildRow b = newBuild();
        const ImageRow img = newImage(b.id);
        stage(c, b.id, img.id, BuildState::Creating, ImageStatus::Creating);
        stage(c, b.id, img.id, BuildState::Building, ImageStatus::Building);
        steps(c, b.id, QStringLiteral("BUILDING"), comps.at(0).component.reference(), {QStringLiteral("build")},
              {QStringLiteral("WriteGreeting")}, StepStatus::Success);
    }
    mustVoid(c.flush(), "flush");
    std::printf("seeded 3 builds\n");
    return 0;
}
