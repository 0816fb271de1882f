#include "rules/rule_catalogue.hpp"

#include "i18n/translate.hpp"

#include <array>

namespace czs::rules {

namespace {

constexpr std::array k_rules{
  RuleInfo{"R-SITE-AREA", "3.1", Duty::station, N_("usable floor area at least the minimum (30 m²)")},
  RuleInfo{"R-SITE-PREMISES", "3.1", Duty::station, N_("fixed premises in the village")},
  RuleInfo{"R-SITE-POPULATION", "3.1", Duty::station, N_("resident population around the station at least the minimum")},
  RuleInfo{"R-SITE-PLAQUE", "3.2(a), 6", Duty::station, N_("both plaques hung as required")},
  RuleInfo{"R-SITE-ROOM", "3.2(b)(c)", Duty::station, N_("clean room, computer with Internet, services and procedures posted")},
  RuleInfo{"R-ONBOARD-AGREEMENT", "7.2", Duty::station, N_("agreement signed by the e-commerce office and the village committee before opening")},
  RuleInfo{"R-ONBOARD-TRAINING", "7.1", Duty::station, N_("training completed before opening")},
  RuleInfo{"R-INSPECT-FREQ", "10", Duty::centre, N_("at least 2 inspections per open station per calendar month")},
  RuleInfo{"R-POST-QUOTA", "12", Duty::station, N_("at least 15 approved, non-duplicate posts per open station per month")},
  RuleInfo{"R-POST-VIOLATIONS", "12", Duty::station, N_("3 or more posts rejected as violations: accountability")},
  RuleInfo{"R-STOCKTAKE", "11", Duty::station, N_("one matching stock-take per open station per month")},
  RuleInfo{"R-CALLBACK", "14.2", Duty::centre, N_("one callback per open station per calendar quarter")},
  RuleInfo{"R-VOLUME", "14.2", Duty::station, N_("fewer than 100 ledger records in the half-year after 6 months open: rectification")},
  RuleInfo{"R-TERMINATE-VOLUME", "14.2", Duty::station, N_("no improvement at 3 consecutive quarter ends under rectification: may be terminated")},
  RuleInfo{"R-TERMINATE-CREDIT", "14.3", Duty::station, N_("serious bad credit not corrected within the grace period: may be terminated")},
  RuleInfo{"R-EXIT-MIN", "14.1", Duty::station, N_("exit before 6 months of operation needs a negotiated agreement")},
  RuleInfo{"R-EXIT-RECOVER", "14.4", Duty::centre, N_("closure completes only when all equipment and accounts are recovered")},
  RuleInfo{"R-PICKUP-NOTICE", "5.1, 8", Duty::station, N_("villager notified within the notice time of goods arriving")},
  RuleInfo{"R-FEE", "4.6", Duty::station, N_("fees within the schedule")},
};

} // namespace

std::span<const RuleInfo> rule_catalogue()
{
  return k_rules;
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

} // namespace czs::rules
