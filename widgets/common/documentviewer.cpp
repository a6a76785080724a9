#include "documentviewer.h"


#include <QEvent>
#include <QFontDatabase>

namespace Kiln::Widgets {

DocumentViewer::DocumentViewer(QWidget *parent) : QsciScintilla(parent)
{
    setLexer(new QsciLexerYAML(this));
    setReadOnly(true);
    setUtf8(true);
    setMarginType(0, QsciScintilla::NumberMargin);
    setMarginLineNumbers(0, true);
    setMarginWidth(0, QStringLiteral("00000"));
    setFolding(QsciScintilla::NoFoldStyle);
    setWrapMode(QsciScintilla::WrapNone);
    setCaretLineVisible(false);
    applyPalette();
}

void DocumentViewer::setDocument(const QString &text)
{
    setReadOnly(false);
    setText(text);
    setReadOnly(true);
    setCursorPosition(0, 0);
}

void DocumentViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QsciScintilla::changeEvent(event);
}

void DocumentViewer::applyPalette()
{
    auto *yaml = qobject_cast<QsciLexerYAML *>(lexer());
    if (!yaml)
        return;
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    yaml->setFont(mono);
    yaml->setDefaultPaper(pal.color(QPalette::Base));
    yaml->setPaper(pal.color(QPalette::Base));
    yaml->setDefaultColor(pal.color(QPalette::Text));
    // QScintilla's YAML colours are made for white paper; on dark paper use lighter ones.
    struct Style { int id; QColor light; QColor dark; };
    const Style styles[] = {
        {QsciLexerYAML::Default, pal.color(QPalette::Text), pal.color(QPalette::Text)},
        {QsciLexerYAML::Comment, QColor(0x00, 0x7f, 0x00), QColor(0x7f, 0xc9, 0x7f)},
        {QsciLexerYAML::Identifier, QColor(0x00, 0x00, 0x8b), QColor(0x8c, 0xb4, 0xff)},
        {QsciLexerYAML::Keyword, QColor(0x88, 0x00, 0x88), QColor(0xe0, 0x9c, 0xe0)},
        {QsciLexerYAML::Number, QColor(0x00, 0x7f, 0x7f), QColor(0x6f, 0xd6, 0xd6)},
        {QsciLexerYAML::Reference, QColor(0x80, 0x40, 0x00), QColor(0xff, 0xb0, 0x60)},
        {QsciLexerYAML::DocumentDelimiter, pal.color(QPalette::Text), pal.color(QPalette::Text)},
        {QsciLexerYAML::TextBlockMarker, QColor(0x33, 0x33, 0x66), QColor(0xb0, 0xb0, 0xe0)},
        {QsciLexerYAML::SyntaxErrorMarker, QColor(0xc0, 0x00, 0x00), QColor(0xff, 0x80, 0x80)},
        {QsciLexerYAML::Operator, pal.color(QPalette::Text), pal.color(QPalette::Text)},
    };
    for (const Style &s : styles) {
        yaml->setColor(dark ? s.dark : s.light, s.id);
        yaml->setPaper(pal.color(QPalette::Base), s.id);
        yaml->setFont(mono, s.id);
    }
    setMarginsBackgroundColor(pal.color(QPalette::AlternateBase));
    setMarginsForegroundColor(pal.color(QPalette::PlaceholderText));
    setMarginsFont(mono);
    setSelectionBackgroundColor(pal.color(QPalette::Highlight));
    setSelectionForegroundColor(pal.color(QPalette::HighlightedText));
    setCaretForegroundColor(pal.color(QPalette::Text));
}

} // namespace Kiln::Widgets
