#include "assessment/amend.hpp"

#include "audit/audited_transaction.hpp"
#include "i18n/translate.hpp"
#include "rules/rules_text.hpp"
#include "stations/station_store.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <tuple>

#include <SQLiteCpp/Statement.h>

namespace czs::assessment {

namespace {

using FindingKey = std::tuple<std::string, std::string, std::string, std::int64_t>;

FindingKey key_of(const Finding& f)
{
  return {f.station_code, f.period, f.rule, f.measured};
}

std::vector<Finding> missing_from(const std::vector<Finding>& from, const std::vector<Finding>& in)
{
  std::set<FindingKey> there;
  for (const auto& f : in) {
    there.insert(key_of(f));
  }
  std::vector<Finding> out;
  for (const auto& f : from) {
    if (!there.count(key_of(f))) {
      out.push_back(f);
    }
  }
  return out;
}

std::map<std::string, StationDecision> by_station(const Assessment& a)
{
  std::map<std::string, StationDecision> out;
  for (const auto& d : a.decisions) {
    out[d.station_code] = d;
  }
  return out;
}

// Calls each(code, was, now) for every station either assessment decided about, in code order;
// a station one of them does not list gets an empty decision (nothing ordered, lifted or eligible).
void for_each_station(
    const Assessment& old, const Assessment& fresh,
    const std::function<void(const std::string&, const StationDecision&, const StationDecision&)>& each)
{
  const auto before = by_station(old);
  const auto after = by_station(fresh);
  std::set<std::string> codes;
  for (const auto& [code, d] : before) {
    codes.insert(code);
  }
  for (const auto& [code, d] : after) {
    codes.insert(code);
  }
  const StationDecision none;
  for (const auto& code : codes) {
    const auto b = before.find(code);
    const auto a = after.find(code);
    each(code, b == before.end() ? none : b->second, a == after.end() ? none : a->second);
  }
}

void set_status(audit::AuditedTransaction& tx, const std::string& code, stations::Status from, stations::Status to,
                const std::string& date, const Bilingual& reason)
{
  auto station = stations::require_station(tx.db(), code);
  if (station.status == from) {
    stations::change_status(tx, station, to, date, reason);
  }
}

// The order a quarter's run issued to a station, not withdrawn since (0 when none).
std::int64_t order_issued_at(SQLite::Database& db, std::int64_t station_id, const std::string& quarter)
{
  SQLite::Statement q(db, "SELECT id FROM rectification WHERE station_id = ? AND issued_quarter = ? "
                          "AND id NOT IN (SELECT id FROM rectification_withdrawal)");
  q.bind(1, station_id);
  q.bind(2, quarter);
  return q.executeStep() ? q.getColumn(0).getInt64() : 0;
}

// Brings the orders and station statuses from what `old` decided to what `fresh` decides.
void reconcile(audit::AuditedTransaction& tx, const Assessment& old, const Assessment& fresh, std::int64_t run_id,
               const std::string& day)
{
  const std::string quarter = label(fresh.period);
  for_each_station(old, fresh, [&](const std::string& code, const StationDecision& was, const StationDecision& now) {
    const std::int64_t station_id = now.station_id != 0 ? now.station_id : was.station_id;
    if (was.order_rectification && !now.order_rectification) {
      if (const std::int64_t id = order_issued_at(tx.db(), station_id, quarter)) {
        withdraw_rectification(tx, id, run_id, day);
      }
      set_status(tx, code, stations::Status::rectifying, stations::Status::open, day, in_both_languages([&] {
                   return trf("rectification order of {} withdrawn by an amendment", quarter);
                 }));
    }
    if (now.order_rectification && !was.order_rectification) {
      order_rectification(tx, station_id, quarter, day, now.half_year_volume);
      set_status(tx, code, stations::Status::open, stations::Status::rectifying, day, in_both_languages([&] {
                   return trf("rectification ordered at the end of {} by an amendment (R-VOLUME, Art. 14.2): {} ledger "
                              "record(s) in the half year",
                              quarter, now.half_year_volume);
                 }));
    }
    if (now.rectification_id == 0) {
      return;
    }
    if (now.lift_rectification) {
      lift_rectification(tx, now.rectification_id, quarter, day);
      if (!was.lift_rectification) {
        set_status(tx, code, stations::Status::rectifying, stations::Status::open, day, in_both_languages([&] {
                     return trf("rectification lifted at the end of {} by an amendment", quarter);
                   }));
      }
    } else {
      restore_rectification(tx, now.rectification_id, quarter, now.quarters_without_improvement);
      if (was.lift_rectification) {
        set_status(tx, code, stations::Status::open, stations::Status::rectifying, day, in_both_languages([&] {
                     return trf("the lifting of the rectification order at the end of {} withdrawn by an amendment",
                                quarter);
                   }));
      }
    }
  });
}

void closures_at_stake(SQLite::Database& db, const RunDifference& diff, std::int64_t old_run,
                       std::vector<ClosureAtStake>& out)
{
  SQLite::Statement q(db, "SELECT 1 FROM closure c JOIN station s ON s.id = c.station_id "
                          "WHERE s.code = ? AND c.eligibility_run = ?");
  for (const auto& lost : diff.eligibility_lost) {
    q.bind(1, lost.station_code);
    q.bind(2, old_run);
    if (q.executeStep()) {
      out.push_back({lost.station_code, diff.period, lost.rule});
    }
    q.reset();
  }
}

// The runs an amendment of `period` redoes: its own and every later applied one, in the order
// their periods end (a month before the quarter that ends with it).
std::vector<RunInfo> runs_to_redo(SQLite::Database& db, const Period& period)
{
  std::vector<RunInfo> out;
  for_each_run(db, [&](const RunInfo& r) {
    if (r.superseded_by != 0) {
      return;
    }
    const Period p = *parse_period(r.period);
    if (r.period == label(period) || period.last < p.last) {
      out.push_back(r);
    }
  });
  std::stable_sort(out.begin(), out.end(), [](const RunInfo& a, const RunInfo& b) {
    const Period pa = *parse_period(a.period);
    const Period pb = *parse_period(b.period);
    return std::make_tuple(to_days(pa.last), a.kind == "quarter")
           < std::make_tuple(to_days(pb.last), b.kind == "quarter");
  });
  return out;
}

} // namespace

bool RunDifference::empty() const
{
  return findings_added.empty() && findings_withdrawn.empty() && orders_issued.empty() && orders_withdrawn.empty()
         && orders_lifted.empty() && lifts_withdrawn.empty() && eligibility_gained.empty() && eligibility_lost.empty();
}

RunDifference difference(const Assessment& recorded, const Assessment& fresh)
{
  RunDifference out;
  out.period = label(fresh.period);
  out.findings_added = missing_from(fresh.findings, recorded.findings);
  out.findings_withdrawn = missing_from(recorded.findings, fresh.findings);
  for_each_station(recorded, fresh,
                   [&out](const std::string& code, const StationDecision& was, const StationDecision& now) {
                     if (now.order_rectification != was.order_rectification) {
                       (now.order_rectification ? out.orders_issued : out.orders_withdrawn).push_back(code);
                     }
                     if (now.lift_rectification != was.lift_rectification) {
                       (now.lift_rectification ? out.orders_lifted : out.lifts_withdrawn).push_back(code);
                     }
                     if (now.eligible_volume_termination != was.eligible_volume_termination) {
                       (now.eligible_volume_termination ? out.eligibility_gained : out.eligibility_lost)
                           .push_back({code, rules::Rule::terminate_volume});
                     }
                     if (now.eligible_credit_termination != was.eligible_credit_termination) {
                       (now.eligible_credit_termination ? out.eligibility_gained : out.eligibility_lost)
                           .push_back({code, rules::Rule::terminate_credit});
                     }
                   });
  return out;
}

RunDifference rerun_difference(SQLite::Database& db, const RunInfo& run, const rules::Parameters& params)
{
  const Assessment recorded = recorded_assessment(db, run);
  const auto own = rules_of_run(db, run.id);
  const Assessment fresh = assess(db, recorded.period, *parse_date(run.as_of), own ? *own : params);
  RunDifference out = difference(recorded, fresh);
  out.recorded_run = run.id;
  out.rules_recorded = own.has_value();
  if (own) {
    out.rules_changed = rules::rules_differences(*own, params);
  }
  return out;
}

Amendment amend(audit::AuditedTransaction& tx, const Period& period, Date today, const rules::Parameters& params,
                const std::string& reason)
{
  const auto runs = runs_to_redo(tx.db(), period);
  if (runs.empty() || runs.front().period != label(period)) {
    throw Error(ErrorKind::not_found, trf("{} was never applied; there is nothing to amend", label(period)),
                trf("apply it: czstation assess --period {} --apply", label(period)));
  }
  Amendment out;
  const std::string day = to_string(today);
  for (const auto& run : runs) {
    const Assessment old = recorded_assessment(tx.db(), run);
    // Each period is rerun with its own --as-of and its own rules: only changed records make a
    // difference.
    const auto own = rules_of_run(tx.db(), run.id);
    const Assessment fresh = assess(tx.db(), old.period, *parse_date(run.as_of), own ? *own : params);
    RunDifference diff = difference(old, fresh);
    diff.recorded_run = run.id;
    diff.amending_run = record_run(tx, run.period, run.kind, run.as_of, fresh.findings, fresh.rules);
    record_decisions(tx, diff.amending_run, fresh);
    supersede_run(tx, run.id, diff.amending_run, reason);
    if (fresh.quarterly) {
      reconcile(tx, old, fresh, diff.amending_run, day);
    }
    closures_at_stake(tx.db(), diff, run.id, out.closures);
    out.differences.push_back(std::move(diff));
  }
  return out;
}

} // namespace czs::assessment
