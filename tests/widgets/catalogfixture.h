#pragma once
// A temporary catalog filled through the catalog API for widget tests: components (with and
// without required parameters), imported images in several versions and statuses, recipes,
// configurations and a pipeline. Everything is real (SQLite file in a QTemporaryDir).
#include "core/catalog/catalog.h"
#include "core/catalog/resourceapplier.h"
#include "core/catalog/resourcefile.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace KilnTest {

using namespace Kiln::Core;

template <class T>
T wait(QFuture<Result<T>> f)
{
    f.waitForFinished();
    auto r = f.result();
    if (!r)
        qFatal("fixture: %s", qPrintable(r.error().message));
    return *r;
}

inline QString componentYaml(const QString &name, bool requiredParameter, const QString &phase = QStringLiteral("build"))
{
    QString y = QStringLiteral("name: %1\ndescription: %1 for tests\nschemaVersion: 1.0\n").arg(name);
    if (requiredParameter)
        y += QStringLiteral("parameters:\n  - Greeting:\n      type: string\n      description: what to say\n");
    y += QStringLiteral("phases:\n  - name: %1\n    steps:\n      - name: Say\n        action: ExecuteBash\n        inputs:\n"
                        "          commands:\n            - echo %2\n")
             .arg(phase, requiredParameter ? QStringLiteral("\"{{ Greeting }}\"") : QStringLiteral("hi"));
    return y;
}

struct CatalogFixture {
    QTemporaryDir dir;
    std::unique_ptr<Catalog> catalog;

    CatalogFixture()
    {
        auto c = Catalog::open(Home(dir.path()));
        if (!c)
            qFatal("fixture: %s", qPrintable(c.error().message));
        catalog = std::move(*c);
    }

    ComponentRow addComponent(const QString &name, const QString &version, bool requiredParameter = false,
                              ComponentType type = ComponentType::Build)
    {
        NewComponent n;
        n.name = name;
        n.version = *SemVer::parse(version);
        n.type = type;
        n.document = componentYaml(name, requiredParameter, type == ComponentType::Test ? QStringLiteral("test") : QStringLiteral("build"));
        return wait(catalog->components().create(n)).row;
    }

    ImageRow addImage(const QString &name, const QString &version, const QString &sha = {})
    {
        NewImportedImage i;
        i.name = name;
        i.version = *SemVer::parse(version);
        i.diskPath = dir.filePath(name + u'-' + version + QLatin1String(".qcow2"));
        i.ownsDisk = false;
        i.format = QStringLiteral("qcow2");
        i.virtualSize = 64 * 1024 * 1024;
        i.actualSize = 1024 * 1024;
        i.sha256 = sha.isEmpty() ? QString::fromLatin1(QString(name + version).toUtf8().toHex()).leftJustified(64, u'0') : sha;
        return wait(catalog->images().registerImport(i)).row;
    }

    void apply(const QByteArray &yaml)
    {
        auto docs = ResourceFile::parse(yaml, QStringLiteral("fixture.yml"));
        if (!docs)
            qFatal("fixture: %s", qPrintable(docs.error().message));
        wait(ResourceApplier::apply(*catalog, *docs));
    }

    // hello (required parameter), tools (no parameters), check (test component), tinyos 1.0.0 and 1.1.0.
    void standard()
    {
        addComponent(QStringLiteral("hello"), QStringLiteral("1.0.0"), true);
        addComponent(QStringLiteral("hello"), QStringLiteral("1.1.0"), true);
        addComponent(QStringLiteral("tools"), QStringLiteral("2.0.0"));
        addComponent(QStringLiteral("check"), QStringLiteral("1.0.0"), false, ComponentType::Test);
        addImage(QStringLiteral("tinyos"), QStringLiteral("1.0.0"));
        addImage(QStringLiteral("tinyos"), QStringLiteral("1.1.0"));
    }
};

} // namespace KilnTest
