#pragma once

#include "period/period.hpp"
#include "rules/parameters.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

namespace czs::assessment {

// One station's activity on the content platform in a calendar month (Art. 12), as
// R-DAILY-LOGIN judges it.
struct LoginActivity
{
  std::int64_t station_id = 0;
  std::string code;
  std::string name;
  std::string township;
  int operated_days = 0; // days of the month it operated (opening to exit decision)
  int days_in_month = 0;
  int active_days = 0; // days of the month with a recorded login
  int due = 0;         // login_days_due: 0 when the rules file sets no minimum
};

// The activity of every station that operated in `month` (or of `only_station`, nothing when it
// did not operate then), in code order, with the days R-DAILY-LOGIN owes it under `params`.
// Reads only: one query for the stations, one for the days.
std::vector<LoginActivity> login_activity(SQLite::Database& db, const Period& month, const rules::Parameters& params,
                                          std::optional<std::int64_t> only_station = std::nullopt);

} // namespace czs::assessment
