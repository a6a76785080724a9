#include "componenttemplates.h"

#include <QCoreApplication>
#include <QFile>

namespace Kiln::Widgets {

QString ComponentTemplate::text() const
{
    QFile f(QStringLiteral(":/templates/%1.yml").arg(id));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QList<ComponentTemplate> componentTemplates()
{
    const auto t = [](const char *s) { return QCoreApplication::translate("ComponentTemplates", s); };
    return {
        {QStringLiteral("build"), t(QT_TRANSLATE_NOOP("ComponentTemplates", "Build component")), t(QT_TRANSLATE_NOOP("ComponentTemplates", "Installs and configures software: build and validate phases")),
         Core::ComponentType::Build},
        {QStringLiteral("test"), t(QT_TRANSLATE_NOOP("ComponentTemplates", "Test component")), t(QT_TRANSLATE_NOOP("ComponentTemplates", "Checks the finished image: a test phase")), Core::ComponentType::Test},
        {QStringLiteral("empty"), t(QT_TRANSLATE_NOOP("ComponentTemplates", "Empty component")), t(QT_TRANSLATE_NOOP("ComponentTemplates", "Starts from scratch with one empty build phase")),
         Core::ComponentType::Build},
    };
}

ComponentTemplate componentTemplate(const QString &id)
{
    const auto all = componentTemplates();
    for (const ComponentTemplate &t : all)
        if (t.id == id)
            return t;
    return all.back();
}

} // namespace Kiln::Widgets
