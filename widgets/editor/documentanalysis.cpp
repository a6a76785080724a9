#include "documentanalysis.h"

#include "core/toe/validator.h"

#include <QElapsedTimer>

namespace Kiln::Widgets {

TextDiagnostic toTextDiagnostic(const Toe::Diagnostic &d)
{
    TextDiagnostic t;
    switch (d.severity) {
    case Toe::Severity::Error: t.severity = TextDiagnostic::Severity::Error; break;
    case Toe::Severity::Warning: t.severity = TextDiagnostic::Severity::Warning; break;
    case Toe::Severity::Info: t.severity = TextDiagnostic::Severity::Info; break;
    }
    t.line = d.location.mark.line;
    t.column = d.location.mark.column;
    t.length = d.length;
    t.message = QString::fromStdString(d.message);
    t.code = QString::fromStdString(d.code);
    return t;
}

std::shared_ptr<const DocumentAnalysis> analyzeComponent(const QByteArray &text, const QString &fileName, quint64 revision)
{
    QElapsedTimer timer;
    timer.start();
    auto a = std::make_shared<DocumentAnalysis>();
    a->revision = revision;
    a->text = text;
    const std::string file = fileName.toStdString();
    const std::string_view view(text.constData(), static_cast<std::size_t>(text.size()));
    Toe::ValidationResult validation = Toe::validateText(view, file);
    for (const auto &d : validation.diagnostics) {
        a->diagnostics.append(toTextDiagnostic(d));
        if (d.severity == Toe::Severity::Error)
            ++a->errors;
        else if (d.severity == Toe::Severity::Warning)
            ++a->warnings;
    }
    if (validation.document)
        a->document = std::make_shared<const Toe::Document>(std::move(*validation.document));
    auto component = Toe::ComponentText::load(std::string(view), file);
    if (component) {
        a->outline = component->outline();
        a->component = std::move(*component);
    } else {
        a->loadError = QString::fromStdString(component.error().message);
        a->loadErrorLine = component.error().location.mark.line;
    }
    a->elapsedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return a;
}

} // namespace Kiln::Widgets
