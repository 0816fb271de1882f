#pragma once

#include "assessment/assessor.hpp"
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
  std::string applied_at;         // UTC time it was recorded; empty for runs recorded before schema 8
  std::int64_t superseded_by = 0; // the amending run that replaced it, 0 while it is in force
  std::string reason;             // an amendment's reason, empty for a first run
  std::string audit_anchor;       // the audit chain's head when it was applied, ENTRY:HASH (16 hex
                                  // digits); empty for runs before schema 10 or on an empty log
};

// The applied run in force for a period (not superseded), if it was applied.
std::optional<RunInfo> applied_run(SQLite::Database& db, const std::string& period);

// A run by id, superseded or not.
std::optional<RunInfo> run_by_id(SQLite::Database& db, std::int64_t run_id);

// Every applied run, superseded ones included, oldest period first, in the order recorded.
void for_each_run(SQLite::Database& db, const std::function<void(const RunInfo&)>& each);

// Records a run, the rules that decided it (`rules`, canonical text; none when empty) and its
// findings (a finding already recorded for the same rule, station and period, by an earlier run,
// is not recorded twice). Returns the run id.
std::int64_t record_run(audit::AuditedTransaction& tx, const std::string& period, const std::string& kind,
                        const std::string& as_of, const std::vector<Finding>& findings, const std::string& rules);

// The parameters a run was decided with, or nullopt for a run recorded before schema 15. Throws
// czs::Error(config) when the recorded text no longer reads as a rules file.
std::optional<rules::Parameters> rules_of_run(SQLite::Database& db, std::int64_t run_id);

// The findings recorded by a run, in the order the run made them (station code, period, rule
// as checked); `expected` (the run's count) is room made at once.
std::vector<Finding> findings_of_run(SQLite::Database& db, std::int64_t run_id, std::size_t expected = 0);

// The SQL expression of a recorded finding's sentence in the current language, over
// `finding f LEFT JOIN finding_message m ON m.id = f.id` (schema 0016; older findings have one).
std::string finding_message_sql();

// Records a run's decisions and, per station, which rules judged it.
void record_decisions(audit::AuditedTransaction& tx, std::int64_t run_id, const Assessment& assessment);

// The run exactly as it was recorded: its findings, decisions and judgements, in the shapes of
// a fresh Assessment (stations counts the stations that operated in the period).
Assessment recorded_assessment(SQLite::Database& db, const RunInfo& run);

// The rectification orders in force at the start of `quarter`, by station id: issued at an
// earlier quarter end, not lifted before `quarter`, at a station whose exit was not decided by
// the quarter's end; quarters_without_improvement counts the applied quarters (runs in force)
// between the order and `quarter`. Reads only what the record held for those quarters, so it
// gives the same answer today as on the day the quarter was applied.
std::map<std::int64_t, OpenRectification> orders_in_force_at(SQLite::Database& db, const Period& quarter);

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

// An amendment's bookkeeping: `old_run` is superseded by `new_run`, which carries `reason`; an
// order withdrawn (its issuing run superseded by one that did not order it; it ends in the
// quarter it was issued, lifted on the day of the withdrawal); an order the
// amending run follows again (not lifted, with its quarters without improvement).
void supersede_run(audit::AuditedTransaction& tx, std::int64_t old_run, std::int64_t new_run,
                   const std::string& reason);
void withdraw_rectification(audit::AuditedTransaction& tx, std::int64_t order_id, std::int64_t run_id,
                            const std::string& withdrawn_on);
void restore_rectification(audit::AuditedTransaction& tx, std::int64_t order_id, const std::string& quarter,
                           int quarters_without_improvement);

// The latest applied quarterly run, when its findings include `rule` for the station: the
// assessment that makes the station eligible for termination (R-TERMINATE-*).
std::optional<RunInfo> eligibility_run(SQLite::Database& db, std::int64_t station_id, rules::Rule rule);

} // namespace czs::assessment
