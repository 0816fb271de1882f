#include "text/table_fit.hpp"

#include <algorithm>
#include <numeric>

namespace czs::text {

std::vector<std::size_t> fit_widths(const std::vector<FitColumn>& columns, std::size_t total, std::size_t gap)
{
  std::vector<std::size_t> widths;
  for (const auto& c : columns) {
    widths.push_back(c.natural);
  }
  const std::size_t gaps = columns.empty() ? 0 : gap * (columns.size() - 1);
  std::size_t used = std::accumulate(widths.begin(), widths.end(), gaps);
  // Narrow the widest shortenable column to the next-widest one's width (or to what is still
  // needed), so several long columns end up sharing the room evenly.
  while (used > total) {
    std::size_t widest = columns.size();
    std::size_t second = k_min_shortened_width;
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (!columns[i].shortenable || widths[i] <= k_min_shortened_width) {
        continue;
      }
      if (widest == columns.size() || widths[i] > widths[widest]) {
        if (widest != columns.size()) {
          second = std::max(second, widths[widest]);
        }
        widest = i;
      } else {
        second = std::max(second, widths[i]);
      }
    }
    if (widest == columns.size()) {
      break; // nothing left to shorten
    }
    const std::size_t excess = used - total;
    const std::size_t room = widths[widest] - second;
    const std::size_t cut = std::max<std::size_t>(1, std::min(excess, room));
    widths[widest] -= cut;
    used -= cut;
  }
  return widths;
}

} // namespace czs::text
