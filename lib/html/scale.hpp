#pragma once

#include <string>
#include <vector>

namespace czs::html {

// A chart's value axis from zero: `max` is a whole number of `step`s, each step 1, 2 or 5
// times a power of ten, and `ticks` are 0, step, 2 step, ... max. Values are counts or amounts,
// never negative: a negative value is drawn as zero.
struct Scale
{
  double max = 1;
  double step = 1;
  std::vector<double> ticks;

  // Where `value` lies on the axis, 0 at zero and 1 at max (clamped to 0..1).
  double fraction(double value) const;
};

// The scale covering 0..largest in at most `max_intervals` steps (at least 1). With
// `whole_numbers` (counts) a step is never below 1. When `largest` is zero or below (no data)
// the axis still has one step, so an empty chart draws an honest zero line.
Scale zero_based_scale(double largest, int max_intervals = 5, bool whole_numbers = true);

// A tick's label: grouped digits ("2,000,000"), with as many decimals as the step needs.
std::string tick_label(const Scale& scale, double value);

} // namespace czs::html
