#pragma once

#include "assessment/finding.hpp"
#include "evaluation/station_evaluation.hpp"
#include "period/period.hpp"
#include "rules/scoring.hpp"

#include <cstdint>
#include <span>

namespace czs::evaluation {

// Scores one station for a month or a quarter, a pure function. It starts from full marks less
// the volume points, loses each finding's deduction (its rule's points; a rule without one costs
// nothing), and earns the volume points in proportion to `volume` against full_at counted records
// per calendar month, prorated to the `operated_days` of the period (rounded up, as quotas are)
// and capped at all of them; earned points are rounded down to a tenth. The score never falls
// below 0 (the deductions are still listed in full); its grade is the best band whose least
// score it reaches, else fail.
Score score(const rules::Scoring& scoring, std::span<const assessment::Finding> findings, std::int64_t volume,
            int operated_days, const Period& period);

// The grade of a score (tenths) under the bands: the best band it reaches, else fail.
rules::Grade grade_of(const rules::Scoring& scoring, std::int64_t points_tenths);

} // namespace czs::evaluation
