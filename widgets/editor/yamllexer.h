#pragma once
// The component editor's YAML lexer: QScintilla's YAML lexer with AWSTOE's words (the 30 action
// modules, onFailure and then/else values, booleans) as keywords, and colours picked for the
// widget's palette so that light and dark themes both read well. One lexer per editor.
#include "widgets/common/qsci.h"

class QPalette;

namespace Kiln::Widgets {

class YamlLexer : public QsciLexerYAML
{
    Q_OBJECT
public:
    explicit YamlLexer(QObject *parent = nullptr);

    const char *keywords(int set) const override;
    // Colours and the monospace font for `palette` (called again when the palette changes).
    void applyPalette(const QPalette &palette);
    static bool isDark(const QPalette &palette);
};

} // namespace Kiln::Widgets
