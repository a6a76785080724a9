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

namespace {

// Byte offset of the start of 1-based `line` in `text` (text.size() past the end).
std::size_t lineStart(std::string_view text, int line)
{
    std::size_t at = 0;
    for (int l = 1; l < line && at < text.size(); ++l) {
        const std::size_t eol = text.find('\n', at);
        if (eol == std::string_view::npos)
            return text.size();
        at = eol + 1;
    }
    return at;
}

// The outline of the longest readable prefix: cut the text where the loader failed, and again
// where the cut text fails (an error is often reported after its cause), eight times at most.
void partialOutline(DocumentAnalysis &a, std::string_view text, const std::string &file)
{
    int cut = a.loadErrorLine;
    for (int attempt = 0; attempt < 8 && cut > 1; ++attempt) {
        const std::string prefix(text.substr(0, lineStart(text, cut)));
        auto loaded = Toe::ComponentText::load(prefix, file);
        if (loaded) {
            a.partialOutline = loaded->outline();
            a.partialUntilLine = cut;
            return;
        }
        const int next = loaded.error().location.mark.line;
        cut = next > 0 && next < cut ? next : cut - 1;
    }
}

} // namespace

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
        partialOutline(*a, view, file);
    }
    a->elapsedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return a;
}

} // namespace Kiln::Widgets
