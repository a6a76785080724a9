#pragma once
// The templates a new component starts from (resources/templates/*.yml, embedded under
// :/templates): a build component, a test component, and an empty one.
#include "core/catalog/rows.h"

#include <QList>
#include <QString>

namespace Kiln::Widgets {

struct ComponentTemplate {
    QString id;          // "build" | "test" | "empty"
    QString title;       // "Build component"
    QString description; // one line for the menu's status tip
    Core::ComponentType type = Core::ComponentType::Build;
    QString text() const; // the YAML
};

QList<ComponentTemplate> componentTemplates();
ComponentTemplate componentTemplate(const QString &id); // the empty template for unknown ids

} // namespace Kiln::Widgets
