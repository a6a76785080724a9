#pragma once
// Internal: what the catalog needs to know about a component document, read with the toe
// validator (core/toe/validator.h): whether it is valid (else every located error), its
// description and its parameters (recipes are checked against them).

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Kiln::Core::Internal {

struct ComponentParameterInfo {
    QString name;
    bool hasDefault = false;
};

struct ComponentDocumentInfo {
    QString name;
    QString description;
    QList<ComponentParameterInfo> parameters;
    QStringList warnings; // located, "file:line:col: warning: …"
};

Result<ComponentDocumentInfo> inspectComponentDocument(const QString &text, const QString &file);

} // namespace Kiln::Core::Internal
