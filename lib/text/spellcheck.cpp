#include "text/spellcheck.hpp"

#include <algorithm>
#include <cctype>
#include <numeric>

namespace czs::text {

int edit_distance(std::string_view a, std::string_view b, int max)
{
  // Optimal string alignment: two rows back are kept so that swapping two neighbouring letters
  // ("lsit" for "list"), the commonest typing slip, costs 1 and not 2.
  std::vector<int> before(b.size() + 1);
  std::vector<int> previous(b.size() + 1);
  std::vector<int> row(b.size() + 1);
  std::iota(previous.begin(), previous.end(), 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    row[0] = static_cast<int>(i);
    int best = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const int substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      row[j] = std::min({previous[j] + 1, row[j - 1] + 1, substitute});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        row[j] = std::min(row[j], before[j - 2] + 1);
      }
      best = std::min(best, row[j]);
    }
    if (best > max) {
      return max + 1;
    }
    std::swap(before, previous);
    std::swap(previous, row);
  }
  return std::min(previous[b.size()], max + 1);
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates)
{
  auto lower = [](std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
  };
  const std::string needle = lower(word);
  const int max = std::max(1, static_cast<int>(needle.size()) / 3);
  std::string best;
  int best_distance = max + 1;
  for (const auto& candidate : candidates) {
    const int d = edit_distance(needle, lower(candidate), max);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

} // namespace czs::text
