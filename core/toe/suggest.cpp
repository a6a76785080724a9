#include "suggest.h"

#include <algorithm>
#include <cctype>

namespace Kiln::Toe {

namespace {
char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }
} // namespace

int editDistance(std::string_view a, std::string_view b)
{
    // Names are short; long inputs (a 10 MB scalar used as an action name) are cut off so this
    // stays cheap whatever the document holds.
    a = a.substr(0, 64);
    b = b.substr(0, 64);
    const std::size_t n = a.size(), m = b.size();
    // Three rolling rows (the adjacent-swap rule looks two rows back); at most 65 ints each.
    int rows[3][65];
    for (std::size_t j = 0; j <= m; ++j)
        rows[0][j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= n; ++i) {
        int *cur = rows[i % 3];
        const int *prev = rows[(i - 1) % 3];
        const int *prev2 = rows[(i + 1) % 3]; // row i - 2
        cur[0] = static_cast<int>(i);
        for (std::size_t j = 1; j <= m; ++j) {
            const int cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1]))
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
        }
    }
    return rows[n % 3][m];
}

std::string closestName(std::string_view word, const std::vector<std::string_view> &candidates)
{
    if (word.empty() || word.size() > 64)
        return {};
    std::string_view best;
    int bestDistance = 1 << 30;
    // Bounded work whatever the document holds: a typo differs in length by a few characters at
    // most, and beyond a few thousand candidates (variables of a generated document) no one
    // expects a suggestion.
    const std::size_t limit = std::min<std::size_t>(candidates.size(), 2000);
    for (std::size_t i = 0; i < limit; ++i) {
        const std::string_view c = candidates[i];
        const std::size_t longer = std::max(word.size(), c.size()), shorter = std::min(word.size(), c.size());
        if (longer - shorter > std::max<std::size_t>(1, longer / 3))
            continue;
        const int dist = editDistance(word, c);
        if (dist < bestDistance) {
            bestDistance = dist;
            best = c;
        }
    }
    // A plausible typo: a few edits, relative to the length (a case-only difference is distance 0).
    // Never offer a name that shares (almost) nothing with the word, e.g. 'B' for 'X'.
    const int allowed = std::max<int>(1, static_cast<int>(std::max(word.size(), best.size())) / 3);
    const int shorter = static_cast<int>(std::min(word.size(), best.size()));
    if (best.empty() || bestDistance > allowed || (bestDistance > 0 && bestDistance >= shorter))
        return {};
    return std::string(best);
}

std::string didYouMean(std::string_view word, const std::vector<std::string_view> &candidates)
{
    const std::string best = closestName(word, candidates);
    return best.empty() ? std::string() : " (did you mean '" + best + "'?)";
}

} // namespace Kiln::Toe
