#include "assessment/judgement.hpp"

#include <array>
#include <utility>

namespace czs::assessment {

namespace {

constexpr std::array<std::pair<NotJudged, std::string_view>, 7> k_keys{{
    {NotJudged::judged, "judged"},
    {NotJudged::not_opened, "not_opened"},
    {NotJudged::opened_after, "opened_after_period"},
    {NotJudged::closed, "closed"},
    {NotJudged::not_open_long, "not_open_min_months"},
    {NotJudged::no_order, "no_order"},
    {NotJudged::not_required, "not_required"},
}};

constexpr std::array k_monthly{rules::Rule::inspect_freq, rules::Rule::post_quota,    rules::Rule::post_violations,
                               rules::Rule::stocktake,    rules::Rule::pickup_notice, rules::Rule::fee,
                               rules::Rule::daily_login};
constexpr std::array k_quarterly{rules::Rule::callback, rules::Rule::volume, rules::Rule::terminate_volume,
                                 rules::Rule::terminate_credit};

// R-STOCKTAKE looks at the stations operating on a month's last day (check_stocktake).
bool operating_at_a_month_end(const OperatingSpan& span, const Period& period)
{
  for (const auto& month : months_in(period)) {
    if (operating_on(span, month.last)) {
      return true;
    }
  }
  return false;
}

NotJudged monthly(rules::Rule rule, const OperatingSpan& span, const Period& period, const rules::Parameters& p)
{
  switch (rule) {
  case rules::Rule::inspect_freq:
    return p.inspections_per_month > 0 ? NotJudged::judged : NotJudged::not_required;
  case rules::Rule::post_quota:
    return p.posts_per_month > 0 ? NotJudged::judged : NotJudged::not_required;
  case rules::Rule::daily_login: // 0, the default: the days are recorded, not enforced
    return p.min_login_days > 0 ? NotJudged::judged : NotJudged::not_required;
  case rules::Rule::stocktake:
    if (p.stocktakes_per_month == 0) {
      return NotJudged::not_required;
    }
    return operating_at_a_month_end(span, period) ? NotJudged::judged : NotJudged::closed;
  default:
    return NotJudged::judged;
  }
}

NotJudged quarterly(rules::Rule rule, const OperatingSpan& span, const Period& quarter, bool under_order,
                    const rules::Parameters& p)
{
  const bool at_end = operating_on(span, quarter.last);
  switch (rule) {
  case rules::Rule::callback:
    if (p.callbacks_per_quarter == 0) {
      return NotJudged::not_required;
    }
    return at_end ? NotJudged::judged : NotJudged::closed;
  case rules::Rule::volume:
    if (!at_end) {
      return NotJudged::closed;
    }
    return operated_months_by(span, p.min_months_open, quarter.last) ? NotJudged::judged : NotJudged::not_open_long;
  case rules::Rule::terminate_volume:
    return under_order ? NotJudged::judged : NotJudged::no_order;
  default: // R-TERMINATE-CREDIT: any station that operated in the quarter
    return NotJudged::judged;
  }
}

} // namespace

std::string_view not_judged_key(NotJudged reason)
{
  for (const auto& [r, key] : k_keys) {
    if (r == reason) {
      return key;
    }
  }
  return "judged";
}

std::optional<NotJudged> parse_not_judged(std::string_view key)
{
  for (const auto& [r, k] : k_keys) {
    if (k == key) {
      return r;
    }
  }
  return std::nullopt;
}

StationJudgement judge_station(const RegisterEntry& station, const Period& period, bool under_order,
                               const rules::Parameters& params)
{
  StationJudgement out;
  out.station_id = station.id;
  out.station_code = station.code;
  const bool quarter = period.kind == PeriodKind::quarter;
  std::vector<rules::Rule> all(k_monthly.begin(), k_monthly.end());
  if (quarter) {
    all.insert(all.end(), k_quarterly.begin(), k_quarterly.end());
  }
  // Before anything a rule asks: did the station operate in the period at all?
  std::optional<NotJudged> whole;
  OperatingSpan span;
  if (!station.opened_on) {
    whole = NotJudged::not_opened;
  } else if (period.last < *station.opened_on) {
    whole = NotJudged::opened_after;
  } else {
    span = {*station.opened_on, station.exit_decided_on};
    out.operated_days = operating_days(span, period);
    if (out.operated_days == 0) {
      whole = NotJudged::closed;
    }
  }
  for (const auto rule : all) {
    NotJudged reason = NotJudged::judged;
    const bool quarterly_rule = quarter
                                && (rule == rules::Rule::callback || rule == rules::Rule::volume
                                    || rule == rules::Rule::terminate_volume || rule == rules::Rule::terminate_credit);
    if (whole && !(quarterly_rule && rule == rules::Rule::terminate_volume && under_order)) {
      reason = *whole;
    } else if (quarterly_rule) {
      reason = quarterly(rule, span, period, under_order, params);
    } else {
      reason = monthly(rule, span, period, params);
    }
    out.rules.push_back({rule, reason});
  }
  return out;
}

std::string encode_judged(const std::vector<RuleJudged>& rules)
{
  std::string out;
  for (const auto& r : rules) {
    if (!out.empty()) {
      out += ';';
    }
    out += rules::id_of(r.rule);
    out += '=';
    out += not_judged_key(r.reason);
  }
  return out;
}

std::vector<RuleJudged> decode_judged(std::string_view text)
{
  std::vector<RuleJudged> out;
  while (!text.empty()) {
    const auto end = text.find(';');
    const std::string_view pair = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    const auto eq = pair.find('=');
    if (eq == std::string_view::npos) {
      continue;
    }
    const auto rule = rules::parse_rule(pair.substr(0, eq));
    const auto reason = parse_not_judged(pair.substr(eq + 1));
    if (rule && reason) {
      out.push_back({*rule, *reason});
    }
  }
  return out;
}

} // namespace czs::assessment
