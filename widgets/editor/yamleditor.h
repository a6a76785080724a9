#pragma once
// YamlEditor: the text side of the component editor — QScintilla in the DB4S ExtendedScintilla
// pattern. A YamlLexer re-applied on every palette change, line numbers, folding, and
// diagnostics shown in place: a squiggle under the exact line/column/length (red for errors,
// amber for warnings), a marker in the margin and the message as a tooltip when hovering either.
// AWSTOE-aware completion (core/toe/completion.h) pops up as you type a key or after "key: ", and
// on Ctrl+Space. Visual edits arrive as byte-range TextEdits applied as one undo step.
// Large documents (over kLargeDocumentBytes) turn off folding and automatic completion.
#include "widgets/common/qsci.h"

#include "core/toe/completion.h"
#include "core/toe/yamledit.h"

#include <QList>
#include <QString>

#include <memory>

namespace Kiln::Toe { struct Document; }

namespace Kiln::Widgets {

class YamlLexer;

// A finding to show in the text. Lines and columns are 1-based, columns and length in characters.
struct TextDiagnostic {
    enum class Severity { Error, Warning, Info };
    Severity severity = Severity::Error;
    int line = 0;
    int column = 0;
    int length = 0; // 0: to the end of the word at the column
    QString message;
    QString code;
    friend bool operator==(const TextDiagnostic &, const TextDiagnostic &) = default;
};

class YamlEditor : public QsciScintilla
{
    Q_OBJECT
public:
    static constexpr int ErrorIndicator = 8;
    static constexpr int WarningIndicator = 9;
    static constexpr int ErrorMarker = 8;
    static constexpr int WarningMarker = 9;
    static constexpr int kLargeDocumentBytes = 2 * 1024 * 1024;
    static constexpr int kMaxShownDiagnostics = 1000;

    explicit YamlEditor(QWidget *parent = nullptr);
    ~YamlEditor() override;

    void setLexer(QsciLexer *lexer = nullptr) override;

    // Replaces the shown diagnostics (at most kMaxShownDiagnostics get squiggles).
    void setDiagnostics(const QList<TextDiagnostic> &diagnostics);
    const QList<TextDiagnostic> &diagnostics() const { return m_diagnostics; }
    // Whether `indicator` covers the character at a 0-based line and character column.
    bool hasIndicatorAt(int indicator, int line, int column) const;
    // The messages of the diagnostics covering a byte position (for the hover tooltip).
    QStringList messagesAt(int position) const;

    // The last successfully parsed document: names for {{ }} completion.
    void setCompletionDocument(std::shared_ptr<const Toe::Document> document);
    // Shows completions for the cursor's context. Returns the number offered.
    int showCompletions(bool explicitRequest);
    const std::vector<Toe::CompletionItem> &lastCompletions() const { return m_lastCompletions; }
    // The action of the step around the cursor ("" when none).
    QString stepActionAtCursor() const;

    // The document's UTF-8 bytes (what visual edits' offsets refer to).
    QByteArray utf8Text() const;
    // Applies byte-range edits as one undo step; returns false (changing nothing) when a range is
    // outside the text.
    bool applyTextEdits(const Toe::TextEdits &edits);
    // Moves the cursor to a 1-based line and character column, scrolls there and (optionally) focuses.
    void goToLine(int line, int column = 1, bool focus = true);
    // Selects a byte range and scrolls to it.
    void selectBytes(int begin, int end);

    bool isLargeDocument() const { return m_large; }
    // Re-evaluates the size (called after loading a text); emits largeDocumentChanged.
    void updateLargeDocumentMode();

Q_SIGNALS:
    void largeDocumentChanged(bool large);
    // The highlighted completion's description, or "" when the list closes.
    void completionHint(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void applySettings();
    void applyPalette();
    void charAdded(int ch);
    void completed(const char *selection, int position);
    void highlighted(const char *selection);
    void dwellStart(int position, int x, int y);
    void marginClicked(int margin, int line, Qt::KeyboardModifiers state);
    int positionAt(int line, int column) const;
    std::vector<std::string_view> windowLines(int cursorLine, int &firstLine, QByteArray &storage) const;

    YamlLexer *m_lexer = nullptr;
    QList<TextDiagnostic> m_diagnostics;
    std::shared_ptr<const Toe::Document> m_document;
    std::vector<Toe::CompletionItem> m_lastCompletions;
    Toe::CompletionContext m_lastContext;
    bool m_large = false;
};

} // namespace Kiln::Widgets
