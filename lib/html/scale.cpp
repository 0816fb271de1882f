#include "html/scale.hpp"

#include "html/escape.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace czs::html {

double Scale::fraction(double value) const
{
  if (!(max > 0) || !(value > 0)) {
    return 0;
  }
  return std::min(1.0, value / max);
}

namespace {

// The smallest of 1, 2, 5 times a power of ten that is at least `raw`.
double nice_step(double raw)
{
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  for (const double m : {1.0, 2.0, 5.0, 10.0}) {
    // A little slack so that 0.30000000000000004 / 0.1 still counts as 3.
    if (raw <= m * magnitude * (1 + 1e-9)) {
      return m * magnitude;
    }
  }
  return 10 * magnitude;
}

} // namespace

Scale zero_based_scale(double largest, int max_intervals, bool whole_numbers)
{
  const int intervals = std::max(1, max_intervals);
  Scale s;
  const double top = std::isfinite(largest) && largest > 0 ? largest : 0;
  s.step = top > 0 ? nice_step(top / intervals) : 1;
  if (whole_numbers) {
    s.step = std::max(1.0, std::round(s.step));
  }
  const double steps = std::max(1.0, std::ceil(top / s.step - 1e-9));
  s.max = steps * s.step;
  for (int i = 0; i <= static_cast<int>(steps); ++i) {
    s.ticks.push_back(i * s.step);
  }
  return s;
}

std::string tick_label(const Scale& scale, double value)
{
  const int decimals = scale.step >= 1 ? 0 : static_cast<int>(std::ceil(-std::log10(scale.step) - 1e-9));
  return grouped(std::string_view(fmt::format("{:.{}f}", value, decimals)));
}

} // namespace czs::html
