#include "yamllexer.h"

#include "core/toe/actions.h"

#include <QFontDatabase>
#include <QPalette>

namespace Kiln::Widgets {

YamlLexer::YamlLexer(QObject *parent) : QsciLexerYAML(parent) {}

const char *YamlLexer::keywords(int set) const
{
    if (set != 1)
        return QsciLexerYAML::keywords(set);
    // Built once: YAML's booleans, then AWSTOE's fixed values, as written and in lower case
    // (Scintilla's YAML lexer lower-cases values before looking them up in some versions).
    static const std::string words = [] {
        std::string w = "true false yes no null Abort Continue Ignore Execute Skip abort continue ignore execute skip";
        for (std::string_view name : Toe::actionNames()) {
            w += ' ';
            w += name;
            w += ' ';
            for (char c : name)
                w += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        }
        return w;
    }();
    return words.c_str();
}

bool YamlLexer::isDark(const QPalette &palette) { return palette.color(QPalette::Base).lightness() < 128; }

void YamlLexer::applyPalette(const QPalette &pal)
{
    const bool dark = isDark(pal);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setDefaultFont(mono);
    setFont(mono);
    setDefaultPaper(pal.color(QPalette::Base));
    setDefaultColor(pal.color(QPalette::Text));
    // QScintilla's YAML colours are made for white paper; dark paper gets lighter ones.
    struct Style {
        int id;
        QColor light;
        QColor dark;
        bool bold;
    };
    const QColor text = pal.color(QPalette::Text);
    const Style styles[] = {
        {Default, text, text, false},
        {Comment, QColor(0x5f, 0x7f, 0x5f), QColor(0x8f, 0xb8, 0x8f), false},
        {Identifier, QColor(0x1f, 0x4e, 0x9c), QColor(0x8c, 0xb4, 0xff), false},
        {Keyword, QColor(0x8a, 0x2b, 0x9c), QColor(0xe0, 0x9c, 0xf0), true},
        {Number, QColor(0x00, 0x6f, 0x6f), QColor(0x6f, 0xd6, 0xd6), false},
        {Reference, QColor(0x9a, 0x4b, 0x00), QColor(0xff, 0xb0, 0x60), false},
        {DocumentDelimiter, text, text, true},
        {TextBlockMarker, QColor(0x33, 0x33, 0x80), QColor(0xb0, 0xb0, 0xf0), true},
        {SyntaxErrorMarker, QColor(0xc0, 0x00, 0x00), QColor(0xff, 0x80, 0x80), false},
        {Operator, text, text, false},
    };
    for (const Style &s : styles) {
        setColor(dark ? s.dark : s.light, s.id);
        setPaper(pal.color(QPalette::Base), s.id);
        QFont f = mono;
        f.setBold(s.bold);
        setFont(f, s.id);
    }
}

} // namespace Kiln::Widgets
