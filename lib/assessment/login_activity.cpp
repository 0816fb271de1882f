#include "assessment/login_activity.hpp"

#include "assessment/fact_gathering.hpp"
#include "assessment/monthly_rules.hpp"
#include "assessment/operating_days.hpp"
#include "oversight/platform_login.hpp"
#include "stations/station_store.hpp"

#include <map>

namespace czs::assessment {

std::vector<LoginActivity> login_activity(SQLite::Database& db, const Period& month, const rules::Parameters& params,
                                          std::optional<std::int64_t> only_station)
{
  std::map<std::int64_t, int> active;
  oversight::login_days_by_station(
      db, month, [&](const oversight::StationCount& c) { active[c.station_id] = static_cast<int>(c.count); });
  std::map<std::int64_t, std::string> names;
  stations::for_each_station(db, {}, [&](const stations::Station& s) { names[s.id] = s.name; });
  std::vector<LoginActivity> out;
  const int days = days_in(month);
  for (const auto& life : stations_in_period(db, month)) {
    if (only_station && life.id != *only_station) {
      continue;
    }
    LoginActivity a;
    a.station_id = life.id;
    a.code = life.code;
    a.name = names[life.id];
    a.township = life.township;
    a.operated_days = operating_days(life.span, month);
    a.days_in_month = days;
    a.active_days = active[life.id];
    a.due = login_days_due(params, a.operated_days, days);
    out.push_back(std::move(a));
  }
  return out;
}

} // namespace czs::assessment
