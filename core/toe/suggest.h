#pragma once
// "Did you mean …?" for misspelt names: the closest candidate by edit distance, ignoring case.

#include <string>
#include <string_view>
#include <vector>

namespace Kiln::Toe {

// Edit distance (insert/delete/substitute/adjacent swap), case-insensitive.
int editDistance(std::string_view a, std::string_view b);

// The candidate closest to `word`, or "" when none is close enough to be a plausible typo.
std::string closestName(std::string_view word, const std::vector<std::string_view> &candidates);

// " (did you mean 'X'?)" or "" — ready to append to a message.
std::string didYouMean(std::string_view word, const std::vector<std::string_view> &candidates);

} // namespace Kiln::Toe
