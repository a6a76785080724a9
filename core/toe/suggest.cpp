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
    std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
    for (std::size_t i = 0; i <= n; ++i)
        d[i][0] = static_cast<int>(i);
    for (std::size_t j = 0; j <= m; ++j)
        d[0][j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= n; ++i) {
        for (std::size_t j = 1; j <= m; ++j) {
            const int cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1]))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

std::string closestName(std::string_view word, const std::vector<std::string_view> &candidates)
{
    if (word.empty() || word.size() > 64)
        return {};
    std::string_view best;
    int bestDistance = 1 << 30;
    for (const auto c : candidates) {
        const int dist = editDistance(word, c);
        if (dist < bestDistance) {
            bestDistance = dist;
            best = c;
        }
    }
    // A plausible typo: a few edits, relative to the length (a case-only difference is distance 0).
    const int allowed = std::max<int>(1, static_cast<int>(std::max(word.size(), best.size())) / 3);
    if (best.empty() || bestDistance > allowed)
        return {};
    return std::string(best);
}

std::string didYouMean(std::string_view word, const std::vector<std::string_view> &candidates)
{
    const std::string best = closestName(word, candidates);
    return best.empty() ? std::string() : " (did you mean '" + best + "'?)";
}

} // namespace Kiln::Toe
