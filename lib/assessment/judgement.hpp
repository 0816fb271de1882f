#pragma once

#include "assessment/operating_days.hpp"
#include "period/period.hpp"
#include "rules/parameters.hpp"
#include "rules/rule_catalogue.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace czs::assessment {

// Why a rule did not judge a station in a period; `judged` when it did (a finding or none).
enum class NotJudged : std::uint8_t
{
  judged,
  not_opened,    // the station has no opening day (still applying)
  opened_after,  // it opened after the period's last day
  closed,        // its exit was decided (closing or closed) on or before the day the rule looks at
  not_open_long, // R-VOLUME: not open min_months_open whole months at the quarter's end
  no_order,      // R-TERMINATE-VOLUME: no rectification order in force at the quarter's start
  not_required,  // the rules file sets the rule's quota to 0
};

// The stable JSON word of a reason ("judged", "not_opened", "opened_after_period", "closed",
// "not_open_min_months", "no_order", "not_required"), and back (nullopt for an unknown word).
std::string_view not_judged_key(NotJudged reason);
std::optional<NotJudged> parse_not_judged(std::string_view key);

// One rule's verdict on whether it judged a station.
struct RuleJudged
{
  rules::Rule rule = rules::Rule::volume;
  NotJudged reason = NotJudged::judged;
};

// Whether each rule of a run judged one station: every station in the register is listed, so a
// station that was not judged is told apart from one judged and found fine.
struct StationJudgement
{
  std::int64_t station_id = 0;
  std::string station_code;
  int operated_days = 0; // days of the period it operated (opening to exit decision)
  std::vector<RuleJudged> rules;
};

// A station as the register holds it: opening day (if any) and exit decision (if any).
struct RegisterEntry
{
  std::int64_t id = 0;
  std::string code;
  std::optional<Date> opened_on;
  std::optional<Date> exit_decided_on;
};

// Which rules of a month (the monthly rules) or a quarter (its months' rules and the quarterly
// ones, R-TERMINATE-VOLUME judged only under an order in force at the quarter's start) judged
// `station`, and if not, why; mirrors check_month and check_quarter.
StationJudgement judge_station(const RegisterEntry& station, const Period& period, bool under_order,
                               const rules::Parameters& params);

// A judgement as stored: "R-VOLUME=judged;R-CALLBACK=closed" (rule IDs in catalogue order), and
// back; unknown rules or reasons are skipped.
std::string encode_judged(const std::vector<RuleJudged>& rules);
std::vector<RuleJudged> decode_judged(std::string_view text);

} // namespace czs::assessment
