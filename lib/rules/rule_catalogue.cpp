#include "rules/rule_catalogue.hpp"

#include "i18n/translate.hpp"

#include <array>

namespace czs::rules {

namespace {

constexpr std::array k_rules{
    RuleInfo{Rule::site_area, "R-SITE-AREA", "3.1", Duty::station, N_("usable floor area at least the minimum")},
    RuleInfo{Rule::site_premises, "R-SITE-PREMISES", "3.1", Duty::station, N_("fixed premises in the village")},
    RuleInfo{Rule::site_population, "R-SITE-POPULATION", "3.1", Duty::station,
             N_("resident population around the station at least the minimum, where one is set")},
    RuleInfo{Rule::site_plaque, "R-SITE-PLAQUE", "3.2(a), 6", Duty::station, N_("both plaques hung as required")},
    RuleInfo{Rule::site_room, "R-SITE-ROOM", "3.2(b)(c)", Duty::station,
             N_("clean room, computer with Internet, services and procedures posted")},
    RuleInfo{Rule::onboard_agreement, "R-ONBOARD-AGREEMENT", "7.2", Duty::station,
             N_("agreement signed by the e-commerce office and the village committee before opening")},
    RuleInfo{Rule::onboard_training, "R-ONBOARD-TRAINING", "7.1", Duty::station,
             N_("training completed before opening")},
    RuleInfo{Rule::inspect_freq, "R-INSPECT-FREQ", "10", Duty::centre,
             N_("the centre inspects each open station the required times per calendar month")},
    RuleInfo{Rule::post_quota, "R-POST-QUOTA", "12", Duty::station,
             N_("each open station publishes its quota of approved, non-duplicate posts per month")},
    RuleInfo{Rule::post_violations, "R-POST-VIOLATIONS", "12", Duty::station,
             N_("posts rejected as violations reaching the limit: accountability")},
    RuleInfo{Rule::stocktake, "R-STOCKTAKE", "11", Duty::station,
             N_("each open station takes stock every month, and the books match the stock")},
    RuleInfo{Rule::callback, "R-CALLBACK", "14.2", Duty::centre,
             N_("the centre calls each open station back every calendar quarter")},
    RuleInfo{Rule::volume, "R-VOLUME", "14.2", Duty::station,
             N_("open the minimum months, and fewer ledger records than the threshold in the half-year to a quarter's "
                "end: rectification")},
    RuleInfo{Rule::terminate_volume, "R-TERMINATE-VOLUME", "14.2", Duty::station,
             N_("no improvement at the set number of consecutive quarter ends under rectification: may be terminated")},
    RuleInfo{Rule::terminate_credit, "R-TERMINATE-CREDIT", "14.3", Duty::station,
             N_("serious bad credit not corrected within the grace period: may be terminated")},
    RuleInfo{Rule::exit_min, "R-EXIT-MIN", "14.1", Duty::station,
             N_("exit before the minimum months of operation needs a negotiated agreement")},
    RuleInfo{Rule::exit_recover, "R-EXIT-RECOVER", "14.4", Duty::centre,
             N_("closure completes only when all equipment and accounts are recovered")},
    RuleInfo{Rule::exit_waiting, "R-EXIT-WAITING", "5.1, 14.4", Duty::centre,
             N_("closure completes only when no villager's goods or parcel is still waiting at the station")},
    RuleInfo{Rule::pickup_notice, "R-PICKUP-NOTICE", "5.1, 8", Duty::station,
             N_("villager notified within the notice time of goods or a parcel arriving")},
    RuleInfo{Rule::fee, "R-FEE", "4.6", Duty::station, N_("fees within the schedule of the rules file")},
    RuleInfo{Rule::daily_login, "R-DAILY-LOGIN", "12", Duty::station,
             N_("station staff log in to the content platform on at least the minimum days of each month, where one "
                "is set")},
};

// The catalogue is indexed by the enum: each entry sits at its own constant's place.
constexpr bool in_enum_order()
{
  for (std::size_t i = 0; i < k_rules.size(); ++i) {
    if (static_cast<std::size_t>(k_rules[i].rule) != i) {
      return false;
    }
  }
  return true;
}
static_assert(in_enum_order(), "k_rules must list the rules in the order of enum class Rule");
static_assert(k_rules.size() == static_cast<std::size_t>(Rule::daily_login) + 1, "every Rule needs a catalogue entry");

} // namespace

std::span<const RuleInfo> rule_catalogue()
{
  return k_rules;
}

const RuleInfo& info(Rule rule)
{
  return k_rules[static_cast<std::size_t>(rule)];
}

std::string_view id_of(Rule rule)
{
  return info(rule).id;
}

const RuleInfo* find_rule(std::string_view id)
{
  for (const auto& rule : k_rules) {
    if (rule.id == id) {
      return &rule;
    }
  }
  return nullptr;
}

std::optional<Rule> parse_rule(std::string_view id)
{
  if (const RuleInfo* found = find_rule(id)) {
    return found->rule;
  }
  return std::nullopt;
}

std::string_view duty_key(Duty duty)
{
  return duty == Duty::centre ? "centre" : "station";
}

std::optional<Duty> parse_duty(std::string_view key)
{
  if (key == "centre") {
    return Duty::centre;
  }
  if (key == "station") {
    return Duty::station;
  }
  return std::nullopt;
}

std::string duty_label(Duty duty)
{
  return duty == Duty::centre ? tr("centre") : tr("station");
}

Diagnostic diagnostic(Rule rule, std::string message, std::string hint)
{
  const RuleInfo& r = info(rule);
  return Diagnostic{std::string(r.id), std::string(r.article), std::move(message), std::move(hint)};
}

Diagnostic diagnostic_at(Rule rule, std::string_view clause, std::string message, std::string hint)
{
  return Diagnostic{std::string(info(rule).id), std::string(clause), std::move(message), std::move(hint)};
}

bool clause_of_rule(Rule rule, std::string_view clause)
{
  // "3.2(b)(c)" names 3.2(b) and 3.2(c): the clauses are the comma-separated parts, each part's
  // base followed by one of its lettered sub-clauses, or the part whole.
  std::string_view rest = info(rule).article;
  if (clause == rest) {
    return true;
  }
  while (!rest.empty()) {
    const std::size_t comma = rest.find(", ");
    const std::string_view part = rest.substr(0, comma);
    rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 2);
    if (part == clause) {
      return true;
    }
    const std::size_t paren = part.find('(');
    if (paren == std::string_view::npos || clause.substr(0, paren) != part.substr(0, paren)) {
      continue;
    }
    const std::string_view sub = clause.substr(paren);
    if (sub.size() == 3 && part.find(sub, paren) != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

} // namespace czs::rules
