#pragma once

#include "base/error.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace czs::rules {

// Every rule of SPEC.md section 3, as a constant: code names a rule only through these, so an
// unknown rule cannot compile, and its ID, article and duty are read from the catalogue.
enum class Rule : std::uint8_t
{
  site_area,
  site_premises,
  site_population,
  site_plaque,
  site_room,
  onboard_agreement,
  onboard_training,
  inspect_freq,
  post_quota,
  post_violations,
  stocktake,
  callback,
  volume,
  terminate_volume,
  terminate_credit,
  exit_min,
  exit_recover,
  exit_waiting,
  pickup_notice,
  fee,
  daily_login,
};

// Whose duty a rule describes: most bind the station; inspections and callbacks are duties of
// the county centre (Art. 10, 14.2) and are reported as such.
enum class Duty
{
  station,
  centre
};

// One rule of SPEC.md section 3: its ID, the article of the measures it comes from, and a
// one-line English summary (translated at display time) naming no threshold: thresholds are
// the rules file's (parameters.hpp).
struct RuleInfo
{
  Rule rule;
  std::string_view id;      // "R-VOLUME"
  std::string_view article; // "14.2"
  Duty duty;
  const char* summary;
};

// Every rule czstation knows, in the order of SPEC.md's table.
std::span<const RuleInfo> rule_catalogue();

// The catalogue entry of a rule.
const RuleInfo& info(Rule rule);

// The rule's ID, "R-VOLUME".
std::string_view id_of(Rule rule);

// The rule with this ID ("R-VOLUME"), or nullptr / nullopt: for IDs read from a database or a file.
const RuleInfo* find_rule(std::string_view id);
std::optional<Rule> parse_rule(std::string_view id);

// A duty's stable key for JSON, CSV and the database: "station" or "centre".
std::string_view duty_key(Duty duty);

// A duty's key read back; nullopt for any other text.
std::optional<Duty> parse_duty(std::string_view key);

// A duty's label for people, translated: "station" / "centre".
std::string duty_label(Duty duty);

// A refusal by a rule: its ID and article from the catalogue, what was wrong and what to do.
Diagnostic diagnostic(Rule rule, std::string message, std::string hint = {});

// The same, naming the clause of the rule's article that was broken ("3.2(a)" of R-SITE-PLAQUE's
// "3.2(a), 6"); a clause outside the rule's article is a bug (see clause_of_rule).
Diagnostic diagnostic_at(Rule rule, std::string_view clause, std::string message, std::string hint = {});

// True when `clause` is one of the clauses the rule's article names: "3.2(a)" and "6" of
// "3.2(a), 6"; "3.2(b)" and "3.2(c)" of "3.2(b)(c)".
bool clause_of_rule(Rule rule, std::string_view clause);

} // namespace czs::rules
