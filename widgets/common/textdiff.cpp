#include "textdiff.h"

#include <vector>

namespace Kiln::Widgets {

QStringList TextDiff::splitLines(const QString &text)
{
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast(); // a final newline does not start another line
    for (QString &l : lines)
        if (l.endsWith(u'\r'))
            l.chop(1);
    return lines;
}

QList<DiffLine> TextDiff::diffLines(const QStringList &a, const QStringList &b)
{
    const int n = int(a.size());
    const int m = int(b.size());
    const int max = n + m;
    // Myers: V[k] = furthest x on diagonal k; keep each round's V to walk the path back.
    std::vector<int> v(size_t(2 * max + 2), 0);
    std::vector<std::vector<int>> trace;
    const int offset = max + 1;
    int dFound = -1;
    for (int d = 0; d <= max && dFound < 0; ++d) {
        trace.push_back(v);
        for (int k = -d; k <= d; k += 2) {
            int x;
            if (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                x = v[size_t(offset + k + 1)];
            else
                x = v[size_t(offset + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && a.at(x) == b.at(y)) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                dFound = d;
                break;
            }
        }
    }
    // Backtrack from (n, m).
    QList<DiffLine> reversed;
    int x = n;
    int y = m;
    for (int d = dFound; d > 0; --d) {
        const std::vector<int> &pv = trace[size_t(d)];
        const int k = x - y;
        int prevK;
        if (k == -d || (k != d && pv[size_t(offset + k - 1)] < pv[size_t(offset + k + 1)]))
            prevK = k + 1;
        else
            prevK = k - 1;
        const int prevX = pv[size_t(offset + prevK)];
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            --x;
            --y;
            reversed.append({DiffLine::Kind::Same, a.at(x), x + 1, y + 1});
        }
        if (x == prevX) {
            --y;
            reversed.append({DiffLine::Kind::Added, b.at(y), 0, y + 1});
        } else {
            --x;
            reversed.append({DiffLine::Kind::Removed, a.at(x), x + 1, 0});
        }
    }
    while (x > 0 && y > 0) {
        --x;
        --y;
        reversed.append({DiffLine::Kind::Same, a.at(x), x + 1, y + 1});
    }
    QList<DiffLine> out(reversed.crbegin(), reversed.crend());
    return out;
}

QList<DiffLine> TextDiff::unified(const QString &oldText, const QString &newText, int context)
{
    const QList<DiffLine> all = diffLines(splitLines(oldText), splitLines(newText));
    QList<DiffLine> out;
    const int count = int(all.size());
    int i = 0;
    while (i < count) {
        if (all.at(i).kind == DiffLine::Kind::Same) {
            ++i;
            continue;
        }
        // A hunk: from `context` lines before this change to `context` lines after the last
        // change that is within 2*context lines of the previous one.
        const int start = std::max(0, i - context);
        int end = i;
        int lastChange = i;
        while (end < count) {
            if (all.at(end).kind != DiffLine::Kind::Same)
                lastChange = end;
            else if (end - lastChange > 2 * context)
                break;
            ++end;
        }
        end = std::min(count, lastChange + context + 1);
        int oldStart = 0, newStart = 0, oldCount = 0, newCount = 0;
        for (int j = start; j < end; ++j) {
            const DiffLine &l = all.at(j);
            if (l.kind != DiffLine::Kind::Added) {
                oldStart = oldStart ? oldStart : l.oldLine;
                ++oldCount;
            }
            if (l.kind != DiffLine::Kind::Removed) {
                newStart = newStart ? newStart : l.newLine;
                ++newCount;
            }
        }
        out.append({DiffLine::Kind::HunkHeader,
                    QStringLiteral("@@ -%1,%2 +%3,%4 @@").arg(oldStart).arg(oldCount).arg(newStart).arg(newCount), 0, 0});
        for (int j = start; j < end; ++j)
            out.append(all.at(j));
        i = end;
    }
    return out;
}

int TextDiff::changedLineCount(const QList<DiffLine> &lines)
{
    int n = 0;
    for (const DiffLine &l : lines)
        if (l.kind == DiffLine::Kind::Added || l.kind == DiffLine::Kind::Removed)
            ++n;
    return n;
}

} // namespace Kiln::Widgets
