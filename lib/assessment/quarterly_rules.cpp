#include "assessment/quarterly_rules.hpp"

#include "i18n/translate.hpp"

namespace czs::assessment {

namespace {

Finding finding_for(rules::Rule rule, const StationLife& station, const Period& quarter, std::int64_t measured,
                    std::int64_t threshold, Bilingual message)
{
  return make_finding(rule, station.id, station.code, label(quarter), measured, threshold, std::move(message));
}

void check_callback(const StationLife& s, const Period& q, const QuarterFacts& facts, const rules::Parameters& params,
                    QuarterOutcome& out)
{
  if (params.callbacks_per_quarter > 0 && operating_on(s.span, q.last)
      && facts.reached_callbacks < params.callbacks_per_quarter) {
    out.findings.push_back(finding_for(rules::Rule::callback, s, q, facts.reached_callbacks,
                                       params.callbacks_per_quarter, in_both_languages([&] {
                                         return trf("the centre reached the station by phone {} time(s) in {}; {} due",
                                                    facts.reached_callbacks, label(q), params.callbacks_per_quarter);
                                       })));
  }
}

// Under an order: improvement lifts it; otherwise one more quarter without improvement.
void follow_order(const StationLife& s, const Period& q, const QuarterFacts& facts, const rules::Parameters& params,
                  QuarterOutcome& out)
{
  const auto& order = *facts.rectification;
  if (facts.half_year_volume >= params.half_year_volume) {
    out.lift_rectification = true;
    return;
  }
  out.quarters_without_improvement = order.quarters_without_improvement + 1;
  if (out.quarters_without_improvement >= params.quarters_without_improvement) {
    out.eligible_volume_termination = true;
    out.findings.push_back(
        finding_for(rules::Rule::terminate_volume, s, q, out.quarters_without_improvement,
                    params.quarters_without_improvement, in_both_languages([&] {
                      return trf("no improvement at {} consecutive quarter end(s) since the rectification order of {} "
                                 "(half-year volume {}, threshold {}): the centre may terminate the station",
                                 out.quarters_without_improvement, order.issued_quarter, facts.half_year_volume,
                                 params.half_year_volume);
                    })));
  }
}

void check_volume(const StationLife& s, const Period& q, const QuarterFacts& facts, const rules::Parameters& params,
                  QuarterOutcome& out)
{
  if (facts.rectification) {
    follow_order(s, q, facts, params, out);
  }
  if (!operating_on(s.span, q.last) || !operated_months_by(s.span, params.min_months_open, q.last)) {
    return;
  }
  if (facts.half_year_volume < params.half_year_volume) {
    out.findings.push_back(finding_for(
        rules::Rule::volume, s, q, facts.half_year_volume, params.half_year_volume, in_both_languages([&] {
          return trf("{} ledger record(s) in the half year ending {}, below {}{}", facts.half_year_volume,
                     to_string(q.last), params.half_year_volume,
                     facts.rectification
                         ? trf(" (under the rectification order of {})", facts.rectification->issued_quarter)
                         : std::string(tr(": rectification is ordered")));
        })));
    out.order_rectification = !facts.rectification;
  }
}

void check_credit(const StationLife& s, const Period& q, const QuarterFacts& facts, const rules::Parameters& params,
                  QuarterOutcome& out)
{
  if (facts.overdue_credit_incidents > 0) {
    out.eligible_credit_termination = true;
    out.findings.push_back(finding_for(
        rules::Rule::terminate_credit, s, q, facts.credit_uncorrected_days, params.credit_grace_days,
        in_both_languages([&] {
          return trf("{} serious credit incident(s) not corrected within the {}-day grace period; the longest, of {}, "
                     "stayed uncorrected {} days (its grace period ended on {}): the centre may terminate the station",
                     facts.overdue_credit_incidents, params.credit_grace_days, facts.credit_happened_on,
                     facts.credit_uncorrected_days, facts.credit_grace_ended);
        })));
  }
}

} // namespace

QuarterOutcome check_quarter(const StationLife& station, const Period& quarter, const QuarterFacts& facts,
                             const rules::Parameters& params)
{
  QuarterOutcome out;
  if (operating_days(station.span, quarter) == 0 && !facts.rectification) {
    return out;
  }
  check_callback(station, quarter, facts, params, out);
  check_volume(station, quarter, facts, params, out);
  check_credit(station, quarter, facts, params, out);
  return out;
}

} // namespace czs::assessment
