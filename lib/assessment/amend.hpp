#pragma once

#include "assessment/assessor.hpp"
#include "assessment/run_store.hpp"

#include <cstdint>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

namespace czs::audit {
class AuditedTransaction;
}

namespace czs::assessment {

// A decision that moved between a recorded run and a run of the same period over today's
// records: the station and what it is ("R-VOLUME order", "R-TERMINATE-CREDIT eligibility").
struct DecisionChange
{
  std::string station_code;
  rules::Rule rule = rules::Rule::volume;
};

// What a run over the records as they stand would decide differently from the recorded run.
struct RunDifference
{
  std::string period;
  std::int64_t recorded_run = 0;           // the run in force (superseded by an amendment)
  std::int64_t amending_run = 0;           // the run an amendment recorded, 0 before
  std::vector<Finding> findings_added;     // new, or with another measured value
  std::vector<Finding> findings_withdrawn; // recorded, no longer found (or measured otherwise)
  std::vector<std::string> orders_issued, orders_withdrawn, orders_lifted, lifts_withdrawn; // station codes
  std::vector<DecisionChange> eligibility_gained, eligibility_lost;
  // Whether the run's own rules were recorded (schema 15): then the rerun used them, and
  // rules_changed lists how the rules in force now differ ("section.key: BEFORE → AFTER").
  bool rules_recorded = false;
  std::vector<std::string> rules_changed;
  bool empty() const;
};

// The difference between a recorded run and a fresh one of the same period, in station order.
RunDifference difference(const Assessment& recorded, const Assessment& fresh);

// What the records of an applied period now say against its recorded run: the rules run again
// with the run's own --as-of and the run's own rules when recorded (else `params`), so only
// changed records make a difference. Reads only.
RunDifference rerun_difference(SQLite::Database& db, const RunInfo& run, const rules::Parameters& params);

// A closure whose termination rested on an eligibility the amendment withdrew (Art. 14.2,
// 14.3): the closure stands, but the clerk is told.
struct ClosureAtStake
{
  std::string station_code;
  std::string period;
  rules::Rule rule = rules::Rule::terminate_volume;
};

struct Amendment
{
  std::vector<RunDifference> differences; // the amended period, then each later applied one
  std::vector<ClosureAtStake> closures;
};

// Amends an applied period: records a superseding run for it (with `reason`) and then for every
// later applied period in order, each over the records as they stand with its own --as-of and
// its own rules (`params` for a run recorded before schema 15);
// issues, withdraws, lifts and restores rectification orders and moves stations between open
// and rectifying on `today` as the new runs decide (a closing or closed station is never moved:
// an amendment does not undo a closure). The caller commits, or not when `closures` is not
// empty and the clerk did not confirm. Throws not_found when the period was never applied.
Amendment amend(audit::AuditedTransaction& tx, const Period& period, Date today, const rules::Parameters& params,
                const std::string& reason);

} // namespace czs::assessment
