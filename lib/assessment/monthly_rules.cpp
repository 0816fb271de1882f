#include "assessment/monthly_rules.hpp"

#include "i18n/translate.hpp"

#include <algorithm>

namespace czs::assessment {

namespace {

Finding finding_for(rules::Rule rule, const StationLife& station, const Period& month, std::int64_t measured,
                    std::int64_t threshold, Bilingual message)
{
  return make_finding(rule, station.id, station.code, label(month), measured, threshold, std::move(message));
}

void check_quotas(const StationLife& s, const Period& month, const MonthFacts& facts, const rules::Parameters& params,
                  int days, std::vector<Finding>& out)
{
  const int total = days_in(month);
  const int inspections = prorated_quota(params.inspections_per_month, days, total);
  if (facts.inspections < inspections) {
    out.push_back(
        finding_for(rules::Rule::inspect_freq, s, month, facts.inspections, inspections, in_both_languages([&] {
                      return trf("the centre inspected {} time(s) in {}; {} were due for {} day(s) open",
                                 facts.inspections, label(month), inspections, days);
                    })));
  }
  const int posts = prorated_quota(params.posts_per_month, days, total);
  if (facts.approved_posts < posts) {
    out.push_back(finding_for(rules::Rule::post_quota, s, month, facts.approved_posts, posts, in_both_languages([&] {
                                return trf("{} approved, non-duplicate post(s) in {}; {} were due for {} day(s) open",
                                           facts.approved_posts, label(month), posts, days);
                              })));
  }
}

void check_violations(const StationLife& s, const Period& month, const MonthFacts& facts,
                      const rules::Parameters& params, std::vector<Finding>& out)
{
  // "Three or more" is judged when a violation is added, so the accountability finding is
  // raised in the month the count reaches the limit and again for each later violation,
  // not repeated in quiet months.
  if (facts.violations_in_month > 0 && facts.violations_in_window >= params.violations_limit) {
    out.push_back(finding_for(rules::Rule::post_violations, s, month, facts.violations_in_window,
                              params.violations_limit, in_both_languages([&] {
                                const std::string window =
                                    params.violations_window_months == 0
                                        ? std::string(tr("since the station opened"))
                                        : trf("in the last {} month(s)", params.violations_window_months);
                                return trf("{} post(s) rejected as violations {}; {} or more call for accountability",
                                           facts.violations_in_window, window, params.violations_limit);
                              })));
  }
}

void check_stocktake(const StationLife& s, const Period& month, const MonthFacts& facts,
                     const rules::Parameters& params, std::vector<Finding>& out)
{
  if (params.stocktakes_per_month == 0 || !operating_on(s.span, month.last)) {
    return;
  }
  switch (facts.stocktake) {
  case StocktakeState::matched:
    return;
  case StocktakeState::missing:
    out.push_back(finding_for(rules::Rule::stocktake, s, month, 0, params.stocktakes_per_month, in_both_languages([&] {
                                return trf("no stock-take was recorded for {}", label(month));
                              })));
    return;
  case StocktakeState::unclosed:
    out.push_back(finding_for(rules::Rule::stocktake, s, month, 0, params.stocktakes_per_month, in_both_languages([&] {
                                return trf("the stock-take of {} was never closed", label(month));
                              })));
    return;
  case StocktakeState::mismatched:
    out.push_back(finding_for(rules::Rule::stocktake, s, month, 0, params.stocktakes_per_month, in_both_languages([&] {
                                return trf("the stock-take of {} did not match the books", label(month));
                              })));
    return;
  }
}

void check_service(const StationLife& s, const Period& month, const MonthFacts& facts, const rules::Parameters& params,
                   std::vector<Finding>& out)
{
  if (facts.late_notices > 0) {
    out.push_back(finding_for(rules::Rule::pickup_notice, s, month, facts.late_notices, 0, in_both_languages([&] {
                                return trf("{} arrival(s) in {} were not notified to the villager within {} hours",
                                           facts.late_notices, label(month), params.pickup_notice_hours);
                              })));
  }
  if (facts.overcharged_fees > 0) {
    out.push_back(finding_for(rules::Rule::fee, s, month, facts.overcharged_fees, 0, in_both_languages([&] {
                                return trf("{} record(s) in {} charged a fee above the schedule",
                                           facts.overcharged_fees, label(month));
                              })));
  }
}

void check_daily_login(const StationLife& s, const Period& month, const MonthFacts& facts,
                       const rules::Parameters& params, int days, std::vector<Finding>& out)
{
  const int due = login_days_due(params, days, days_in(month));
  if (facts.login_days < due) {
    out.push_back(finding_for(rules::Rule::daily_login, s, month, facts.login_days, due, in_both_languages([&] {
                                return trf(
                                    "active on the content platform on {} day(s) of {}; {} were due for {} day(s) open",
                                    facts.login_days, label(month), due, days);
                              })));
  }
}

} // namespace

int login_days_due(const rules::Parameters& params, int days_operated, int days_in_month)
{
  return std::min(prorated_quota(params.min_login_days, days_operated, days_in_month), days_operated);
}

void check_month(const StationLife& station, const Period& month, const MonthFacts& facts,
                 const rules::Parameters& params, std::vector<Finding>& out)
{
  const int days = operating_days(station.span, month);
  if (days == 0) {
    return;
  }
  check_quotas(station, month, facts, params, days, out);
  check_violations(station, month, facts, params, out);
  check_stocktake(station, month, facts, params, out);
  check_service(station, month, facts, params, out);
  check_daily_login(station, month, facts, params, days, out);
}

} // namespace czs::assessment
