#include "rules/rule_catalogue.hpp"

#include "i18n/translate.hpp"

#include <array>

namespace czs::rules {

namespace {

constexpr std::array k_rules{
    RuleInfo{"R-SITE-AREA", "3.1", Duty::station, N_("usable floor area at least the minimum")},
    RuleInfo{"R-SITE-PREMISES", "3.1", Duty::station, N_("fixed premises in the village")},
    RuleInfo{"R-SITE-POPULATION", "3.1", Duty::station,
             N_("resident population around the station at least the minimum, where one is set")},
    RuleInfo{"R-SITE-PLAQUE", "3.2(a), 6", Duty::station, N_("both plaques hung as required")},
    RuleInfo{"R-SITE-ROOM", "3.2(b)(c)", Duty::station,
             N_("clean room, computer with Internet, services and procedures posted")},
    RuleInfo{"R-ONBOARD-AGREEMENT", "7.2", Duty::station,
             N_("agreement signed by the e-commerce office and the village committee before opening")},
    RuleInfo{"R-ONBOARD-TRAINING", "7.1", Duty::station, N_("training completed before opening")},
    RuleInfo{"R-INSPECT-FREQ", "10", Duty::centre,
             N_("the centre inspects each open station the required times per calendar month")},
    RuleInfo{"R-POST-QUOTA", "12", Duty::station,
             N_("each open station publishes its quota of approved, non-duplicate posts per month")},
    RuleInfo{"R-POST-VIOLATIONS", "12", Duty::station,
             N_("posts rejected as violations reaching the limit: accountability")},
    RuleInfo{"R-STOCKTAKE", "11", Duty::station,
             N_("each open station takes stock every month, and the books match the stock")},
    RuleInfo{"R-CALLBACK", "14.2", Duty::centre, N_("the centre calls each open station back every calendar quarter")},
    RuleInfo{"R-VOLUME", "14.2", Duty::station,
             N_("open the minimum months, and fewer ledger records than the threshold in the half-year to a quarter's "
                "end: rectification")},
    RuleInfo{"R-TERMINATE-VOLUME", "14.2", Duty::station,
             N_("no improvement at the set number of consecutive quarter ends under rectification: may be terminated")},
    RuleInfo{"R-TERMINATE-CREDIT", "14.3", Duty::station,
             N_("serious bad credit not corrected within the grace period: may be terminated")},
    RuleInfo{"R-EXIT-MIN", "14.1", Duty::station,
             N_("exit before the minimum months of operation needs a negotiated agreement")},
    RuleInfo{"R-EXIT-RECOVER", "14.4", Duty::centre,
             N_("closure completes only when all equipment and accounts are recovered")},
    RuleInfo{"R-PICKUP-NOTICE", "5.1, 8", Duty::station,
             N_("villager notified within the notice time of goods or a parcel arriving")},
    RuleInfo{"R-FEE", "4.6", Duty::station, N_("fees within the schedule of the rules file")},
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
