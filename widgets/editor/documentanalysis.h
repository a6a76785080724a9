#pragma once
// What one validation run found out about a snapshot of the editor's text: the validator's
// diagnostics, the parsed document (for completion and the help panel), the loaded YAML tree
// that visual edits are computed on (ComponentText), and the outline of phases and steps. A pure
// function of the text, run off the GUI thread (AnalysisController); shared read-only afterwards.
#include "widgets/editor/yamleditor.h"

#include "core/toe/model.h"
#include "core/toe/yamledit.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace Kiln::Widgets {

struct DocumentAnalysis {
    quint64 revision = 0;                             // the editor revision the text was taken at
    QByteArray text;                                  // the analysed UTF-8 text
    std::optional<Toe::ComponentText> component;      // absent when the YAML cannot be loaded
    QString loadError;                                // …and why (with its line in loadErrorLine)
    int loadErrorLine = 0;
    std::shared_ptr<const Toe::Document> document;    // as parsed (possibly partial); null if unreadable
    QList<TextDiagnostic> diagnostics;                // parser + validator, sorted by line
    std::vector<Toe::OutlinePhase> outline;
    // When the YAML cannot be loaded: the outline of the readable part before the error (the
    // text cut at the start of an error line), so a document opened broken still shows its steps.
    std::vector<Toe::OutlinePhase> partialOutline;
    int partialUntilLine = 0;                         // 1-based: the outline covers the lines before it
    int errors = 0;
    int warnings = 0;
    double elapsedMs = 0;                             // time the analysis took (off the GUI thread)

    bool readable() const { return component.has_value(); }
};

// Parses, validates and loads `text`. Thread-safe; never throws.
std::shared_ptr<const DocumentAnalysis> analyzeComponent(const QByteArray &text, const QString &fileName, quint64 revision);

TextDiagnostic toTextDiagnostic(const Toe::Diagnostic &diagnostic);

} // namespace Kiln::Widgets
