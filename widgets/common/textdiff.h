#pragma once
// A line diff (Myers' O(ND) algorithm) between two texts, for "compare two versions" of a
// component document or a recipe. Pure and thread-safe: run it with QtConcurrent::run.
#include <QList>
#include <QString>
#include <QStringList>

namespace Kiln::Widgets {

struct DiffLine {
    enum class Kind { Same, Removed, Added, HunkHeader };
    Kind kind = Kind::Same;
    QString text;
    int oldLine = 0; // 1-based, 0 when not in the old text
    int newLine = 0; // 1-based, 0 when not in the new text
    friend bool operator==(const DiffLine &, const DiffLine &) = default;
};

class TextDiff
{
public:
    // Every line of both texts, in order.
    static QList<DiffLine> diffLines(const QStringList &oldLines, const QStringList &newLines);
    // Unified-diff hunks with `context` unchanged lines around each change (HunkHeader rows
    // "@@ -a,b +c,d @@" separate them). Empty when the texts are equal.
    static QList<DiffLine> unified(const QString &oldText, const QString &newText, int context = 3);
    static QStringList splitLines(const QString &text);
    static int changedLineCount(const QList<DiffLine> &lines);
};

} // namespace Kiln::Widgets
