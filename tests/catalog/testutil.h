#pragma once
// Shared helpers for the catalog tests: a catalog in a temporary home, a valid component
// document, and small qemu-img wrappers.

#include "core/catalog/catalog.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace KilnTest {

inline QByteArray componentDocument(const QString &name, const QString &extraParameter = {}, const QString &echo = QStringLiteral("hello"))
{
    QString doc = QStringLiteral("name: %1\ndescription: Test component %1\nschemaVersion: 1.0\n").arg(name);
    doc += QStringLiteral("parameters:\n  - Greeting:\n      type: string\n      default: hi\n");
    if (!extraParameter.isEmpty())
        doc += QStringLiteral("  - %1:\n      type: string\n").arg(extraParameter);
    doc += QStringLiteral("phases:\n  - name: build\n    steps:\n      - name: Say\n        action: ExecuteBash\n"
                          "        inputs:\n          commands:\n            - echo \"%1 {{ Greeting }}\"\n")
               .arg(echo);
    return doc.toUtf8();
}

struct TempCatalog {
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Kiln::Core::Catalog> catalog;

    bool open()
    {
        if (!dir)
            dir = std::make_unique<QTemporaryDir>();
        if (!dir->isValid())
            return false;
        auto c = Kiln::Core::Catalog::open(Kiln::Core::Home(dir->path()));
        if (!c) {
            qWarning("open failed: %s", qPrintable(c.error().message));
            return false;
        }
        catalog = std::move(*c);
        return true;
    }
    void close() { catalog.reset(); }
    void reset()
    {
        catalog.reset();
        dir.reset();
    }
    Kiln::Core::Catalog *operator->() { return catalog.get(); }
    QString path() const { return dir->path(); }
};

inline Kiln::Core::Result<Kiln::Core::Stored<Kiln::Core::ComponentRow>>
addComponent(Kiln::Core::Catalog &c, const QString &name, const QString &version, const QByteArray &doc = {},
             Kiln::Core::ComponentType type = Kiln::Core::ComponentType::Build)
{
    Kiln::Core::NewComponent n;
    n.name = name;
    n.version = *Kiln::Core::SemVer::parse(version);
    n.type = type;
    n.document = QString::fromUtf8(doc.isEmpty() ? componentDocument(name) : doc);
    return c.components().create(n).result();
}

// Runs a program to completion (tests run on a non-GUI main thread without windows).
inline int run(const QString &program, const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr,
               const QByteArray &input = {})
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return -1;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return -2;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3;
}

inline bool qemuImgCreate(const QString &format, const QString &path, const QString &size = QStringLiteral("16M"))
{
    return run(QStringLiteral("qemu-img"), {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), format, path, size}) == 0;
}

} // namespace KilnTest
