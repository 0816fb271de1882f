#pragma once

#include "evaluation/station_evaluation.hpp"
#include "period/date.hpp"
#include "period/period.hpp"
#include "rules/parameters.hpp"

#include <cstdint>
#include <optional>

#include <SQLiteCpp/Database.h>

namespace czs::evaluation {

// The evaluation of a calendar month or quarter (Art. 7.2, 10) for every station that operated
// at least one day of it (from its opening to the day its exit was decided), or only for
// `only_station` (nothing when it did not operate then): each station's facts from the records
// as they stand; its findings from the period's applied assessment run (the month's own, else its
// quarter's) when there is one, else from the rules run now with `as_of` (monthly rules for a
// month, monthly and quarterly ones for a quarter); and its score when params.scoring is set.
// Reads only, in one pass per kind of record for all stations at once. `period` must be a
// calendar month or quarter.
Evaluation evaluate(SQLite::Database& db, const Period& period, Date as_of, const rules::Parameters& params,
                    std::optional<std::int64_t> only_station = std::nullopt);

// The applied run whose findings the evaluation of `period` shows: the period's own, else (for
// a month) its quarter's; nullopt when neither was applied.
std::optional<assessment::RunInfo> recorded_run_for(SQLite::Database& db, const Period& period);

} // namespace czs::evaluation
