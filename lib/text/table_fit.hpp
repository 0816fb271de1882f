#pragma once

#include <cstddef>
#include <vector>

namespace czs::text {

// One column of a table to fit: its natural width (display columns of its widest cell or
// header) and whether it may be shortened (long text may; identifiers, dates and numbers
// never are, so a phone or an order number is always read whole).
struct FitColumn
{
  std::size_t natural = 0;
  bool shortenable = false;
};

// The narrowest a shortened column becomes: room for a few characters and the ellipsis.
inline constexpr std::size_t k_min_shortened_width = 6;

// The width of each column so that the columns and the `gap` spaces between them fit in
// `total` display columns: the widest shortenable column is narrowed first, one column at a
// time, never below k_min_shortened_width (nor a column that is narrower already); when even
// that does not fit, the table is as narrow as it can be and wider than `total`.
std::vector<std::size_t> fit_widths(const std::vector<FitColumn>& columns, std::size_t total, std::size_t gap);

} // namespace czs::text
