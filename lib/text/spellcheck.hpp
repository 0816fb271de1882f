#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace czs::text {

// Edit distance (insertions, deletions, substitutions, swaps of neighbours) between two byte strings, giving up
// and returning max + 1 once it exceeds max (as ninja's EditDistance does).
int edit_distance(std::string_view a, std::string_view b, int max);

// The candidate closest to `word` within a small distance (a third of its length, at least 1,
// case-insensitive for ASCII), for "did you mean ...?" hints; empty when none is close.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

} // namespace czs::text
