#include "componentdocument.h"

#include "db.h"

#include "core/toe/validator.h"

namespace Kiln::Core::Internal {

Result<ComponentDocumentInfo> inspectComponentDocument(const QString &text, const QString &file)
{
    const QByteArray utf8 = text.toUtf8();
    const Kiln::Toe::ValidationResult result =
        Kiln::Toe::validateText(std::string_view(utf8.constData(), size_t(utf8.size())), file.toStdString());
    ComponentDocumentInfo info;
    QStringList errors;
    for (const Kiln::Toe::Diagnostic &d : result.diagnostics) {
        const QString line = QString::fromStdString(d.toString());
        if (d.severity == Kiln::Toe::Severity::Error)
            errors << line;
        else if (d.severity == Kiln::Toe::Severity::Warning)
            info.warnings << line;
    }
    if (!result.ok()) {
        if (errors.isEmpty())
            errors << Tr::tr("%1: error: the document could not be read").arg(file);
        return fail(Tr::tr("%1 is not a valid component document (%n error(s)):\n%2", nullptr, int(errors.size()))
                        .arg(file, errors.join(u'\n')),
                    QStringLiteral("invalid-document"));
    }
    const Kiln::Toe::Document &doc = *result.document;
    info.name = QString::fromStdString(doc.name);
    info.description = QString::fromStdString(doc.description);
    for (const Kiln::Toe::Parameter &p : doc.parameters)
        info.parameters.append({QString::fromStdString(p.name), p.defaultValue.has_value()});
    return info;
}

} // namespace Kiln::Core::Internal
