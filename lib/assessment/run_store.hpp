#pragma once

#include "assessment/facts.hpp"
#include "assessment/finding.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

namespace czs::audit {
class AuditedTransaction;
}

namespace czs::assessment {

// An applied assessment run.
struct RunInfo
{
  std::int64_t id = 0;
  std::string period;
  std::string kind; // month or quarter
  std::string as_of;
  std::int64_t findings = 0;
};

// The applied run of a period, if it was applied.
std::optional<RunInfo> applied_run(SQLite::Database& db, const std::string& period);

// Every applied run, oldest period first.
void for_each_run(SQLite::Database& db, const std::function<void(const RunInfo&)>& each);

// Records a run and its findings (a finding already recorded for the same rule, station and
// period, by an earlier run, is not recorded twice). Returns the run id.
std::int64_t record_run(audit::AuditedTransaction& tx, const std::string& period, const std::string& kind,
                        const std::string& as_of, const std::vector<Finding>& findings);

// The findings recorded by a run, in station-code order.
std::vector<Finding> findings_of_run(SQLite::Database& db, std::int64_t run_id);

// Rectification orders still in force, by station id.
std::map<std::int64_t, OpenRectification> open_rectifications(SQLite::Database& db);

// The quarters each order in force has been followed to: issued_quarter, or the last applied
// quarter that judged it.
std::map<std::int64_t, std::string> rectification_followed_to(SQLite::Database& db);

// Orders, follows and lifts rectifications as a quarter's outcome says.
std::int64_t order_rectification(audit::AuditedTransaction& tx, std::int64_t station_id, const std::string& quarter,
                                 const std::string& issued_on, std::int64_t volume);
void follow_rectification(audit::AuditedTransaction& tx, std::int64_t order_id, const std::string& quarter,
                          int quarters_without_improvement);
void lift_rectification(audit::AuditedTransaction& tx, std::int64_t order_id, const std::string& quarter,
                        const std::string& lifted_on);

// The latest applied quarterly run, when its findings include `rule` for the station: the
// assessment that makes the station eligible for termination (R-TERMINATE-*).
std::optional<RunInfo> eligibility_run(SQLite::Database& db, std::int64_t station_id, rules::Rule rule);

} // namespace czs::assessment
