#include "assessment/apply.hpp"

#include "assessment/run_store.hpp"
#include "audit/audited_transaction.hpp"
#include "i18n/translate.hpp"
#include "stations/station_store.hpp"

namespace czs::assessment {

namespace {

Period quarter_after(const std::string& quarter_label)
{
  const Period q = *parse_period(quarter_label);
  return quarter_of(add_days(q.last, 1));
}

void set_status(audit::AuditedTransaction& tx, const std::string& code, stations::Status from, stations::Status to,
                const std::string& date, const Bilingual& reason)
{
  auto station = stations::require_station(tx.db(), code);
  if (station.status == from) {
    stations::change_status(tx, station, to, date, reason);
  }
}

void decide(audit::AuditedTransaction& tx, const Assessment& a, const StationDecision& d, const std::string& day,
            Applied& out)
{
  const std::string quarter = label(a.period);
  if (d.order_rectification) {
    order_rectification(tx, d.station_id, quarter, day, d.half_year_volume);
    set_status(tx, d.station_code, stations::Status::open, stations::Status::rectifying, day, in_both_languages([&] {
                 return trf("rectification ordered at the end of {} (R-VOLUME, Art. 14.2): {} ledger record(s) in the "
                            "half year",
                            quarter, d.half_year_volume);
               }));
    ++out.orders;
  }
  if (d.rectification_id != 0 && d.lift_rectification) {
    lift_rectification(tx, d.rectification_id, quarter, day);
    set_status(tx, d.station_code, stations::Status::rectifying, stations::Status::open, day, in_both_languages([&] {
                 return trf("rectification lifted at the end of {}: {} ledger record(s) in the half year", quarter,
                            d.half_year_volume);
               }));
    ++out.lifts;
  } else if (d.rectification_id != 0) {
    follow_rectification(tx, d.rectification_id, quarter, d.quarters_without_improvement);
  }
  if (d.eligible_volume_termination || d.eligible_credit_termination) {
    ++out.eligible;
  }
}

} // namespace

std::optional<std::string> quarter_to_apply_first(SQLite::Database& db, const Period& quarter)
{
  std::optional<std::string> first;
  for (const auto& [station_id, followed] : rectification_followed_to(db)) {
    const std::string next = label(quarter_after(followed));
    if (next < label(quarter) && (!first || next < *first)) {
      first = next;
    }
  }
  return first;
}

Applied apply(audit::AuditedTransaction& tx, const Assessment& a, Date as_of)
{
  Applied out;
  if (auto run = applied_run(tx.db(), label(a.period))) {
    out.already = true;
    out.applied_as_of = run->as_of;
    out.run_id = run->id;
    return out;
  }
  const std::string day = to_string(as_of);
  out.run_id = record_run(tx, label(a.period), a.quarterly ? "quarter" : "month", day, a.findings, a.rules);
  record_decisions(tx, out.run_id, a);
  for (const auto& d : a.decisions) {
    decide(tx, a, d, day, out);
  }
  return out;
}

} // namespace czs::assessment
