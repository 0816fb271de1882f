#include "evaluation/scoring.hpp"

#include "assessment/operating_days.hpp"

#include <algorithm>

namespace czs::evaluation {

rules::Grade grade_of(const rules::Scoring& scoring, std::int64_t points_tenths)
{
  for (const auto& band : scoring.bands) { // best first
    if (points_tenths >= band.from_tenths) {
      return band.grade;
    }
  }
  return rules::Grade::fail;
}

Score score(const rules::Scoring& scoring, std::span<const assessment::Finding> findings, std::int64_t volume,
            int operated_days, const Period& period)
{
  Score s;
  s.full_marks_tenths = scoring.full_marks_tenths;
  for (const auto& f : findings) {
    const auto rule = rules::parse_rule(f.rule);
    const auto it = rule ? scoring.deductions_tenths.find(*rule) : scoring.deductions_tenths.end();
    if (it != scoring.deductions_tenths.end() && it->second > 0) {
      s.deductions.push_back({*rule, f.period, it->second});
      s.deducted_tenths += it->second;
    }
  }
  if (scoring.volume_points_tenths > 0) {
    const auto months = static_cast<int>(months_in(period).size());
    // full_at is at most 1,000,000 (rules file), so a quarter's due fits an int.
    const int per_period = static_cast<int>(scoring.volume_full_at) * months;
    s.volume_due = assessment::prorated_quota(per_period, operated_days, assessment::days_in(period));
    s.volume_points_tenths = s.volume_due == 0
                                 ? scoring.volume_points_tenths
                                 : scoring.volume_points_tenths * std::min(volume, s.volume_due) / s.volume_due;
  }
  const std::int64_t base = scoring.full_marks_tenths - scoring.volume_points_tenths;
  s.points_tenths = std::max<std::int64_t>(0, base + s.volume_points_tenths - s.deducted_tenths);
  s.grade = grade_of(scoring, s.points_tenths);
  return s;
}

} // namespace czs::evaluation
