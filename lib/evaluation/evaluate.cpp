#include "evaluation/evaluate.hpp"

#include "assessment/assessor.hpp"
#include "assessment/fact_gathering.hpp"
#include "assessment/operating_days.hpp"
#include "assessment/run_store.hpp"
#include "evaluation/scoring.hpp"
#include "ledger/ledger.hpp"
#include "ledger/outreach.hpp"
#include "oversight/inspection.hpp"
#include "oversight/period_counts.hpp"
#include "stations/station_store.hpp"

#include <algorithm>
#include <map>

namespace czs::evaluation {

namespace {

// The findings the evaluation shows: a recorded run's (of a month inside an applied quarter,
// only that month's), else the rules run now over the facts already gathered.
std::vector<assessment::Finding> period_findings(SQLite::Database& db, const Evaluation& e,
                                                 const assessment::PeriodFacts& facts, const rules::Parameters& params)
{
  if (!e.recorded) {
    return assessment::assess(db, e.period, facts, params).findings;
  }
  auto findings = assessment::findings_of_run(db, e.recorded->id);
  const std::string period = label(e.period);
  if (e.recorded->period != period) {
    std::erase_if(findings, [&](const assessment::Finding& f) { return f.period != period; });
  }
  return findings;
}

// The ledger of every station in the period, by station id: each kind, in ledger_kinds() order.
std::map<std::int64_t, std::vector<KindVolume>> ledger_by_station(SQLite::Database& db, const Period& period)
{
  std::map<std::int64_t, std::vector<KindVolume>> out;
  ledger::for_each_ledger_total(db, period.first, period.last, [&](const ledger::LedgerTotal& t) {
    out[t.station_id].push_back({t.kind, t.records, t.amount_fen, t.fee_fen, false});
  });
  return out;
}

void fill_ledger(StationFacts& f, const std::vector<KindVolume>* totals, const rules::Parameters& params)
{
  for (const auto& kind : ledger::ledger_kinds()) {
    KindVolume v;
    v.kind = std::string(kind.name);
    if (totals) {
      const auto it =
          std::find_if(totals->begin(), totals->end(), [&](const KindVolume& t) { return t.kind == v.kind; });
      if (it != totals->end()) {
        v = *it;
      }
    }
    v.counted = std::find(params.volume_kinds.begin(), params.volume_kinds.end(), v.kind) != params.volume_kinds.end();
    f.volume += v.counted ? v.records : 0;
    f.fees_fen += v.fee_fen;
    f.ledger.push_back(std::move(v));
  }
}

// The counts the rules engine gathered, month by month, summed over the period.
void fill_months(StationFacts& f, const assessment::StationLife& life, const Period& period,
                 const assessment::PeriodFacts& facts)
{
  const auto months = months_in(period);
  const assessment::MonthFacts none;
  for (std::size_t i = 0; i < months.size(); ++i) {
    const auto it = facts.months[i].find(life.id);
    const auto& m = it == facts.months[i].end() ? none : it->second;
    f.stocktakes.push_back({label(months[i]), m.stocktake, assessment::operating_on(life.span, months[i].last)});
    f.approved_posts += m.approved_posts;
    f.violations += m.violations_in_month;
    f.login_days += m.login_days;
    f.late_notices += m.late_notices;
    f.overcharged_fees += m.overcharged_fees;
  }
  if (period.kind == PeriodKind::quarter) {
    const auto it = facts.quarter.find(life.id);
    f.callbacks_reached = it == facts.quarter.end() ? 0 : it->second.reached_callbacks;
  }
}

} // namespace

std::optional<assessment::RunInfo> recorded_run_for(SQLite::Database& db, const Period& period)
{
  auto run = assessment::applied_run(db, label(period));
  if (!run && period.kind == PeriodKind::month) {
    run = assessment::applied_run(db, label(quarter_of(period.first)));
  }
  return run;
}

Evaluation evaluate(SQLite::Database& db, const Period& period, Date as_of, const rules::Parameters& params,
                    std::optional<std::int64_t> only_station)
{
  Evaluation e;
  e.period = period;
  e.quarterly = period.kind == PeriodKind::quarter;
  e.as_of = as_of;
  e.scoring = params.scoring;
  e.recorded = recorded_run_for(db, period);
  const auto facts = assessment::gather_period(db, period, as_of, params);

  std::map<std::int64_t, std::vector<assessment::Finding>> findings;
  for (auto& f : period_findings(db, e, facts, params)) {
    findings[f.station_id].push_back(std::move(f));
  }
  std::map<std::int64_t, std::string> names;
  stations::for_each_station(db, {}, [&](const stations::Station& s) { names[s.id] = s.name; });
  std::map<std::int64_t, std::vector<InspectionFact>> inspections;
  oversight::InspectionFilter filter{
      only_station, to_string(period.first), to_string(period.last), {}, false, false, {}};
  oversight::for_each_inspection(db, filter, [&](const oversight::Inspection& i) {
    inspections[i.station_id].push_back({i.id, i.inspected_on, i.inspector, i.problems, i.failed});
  });
  const auto ledger = ledger_by_station(db, period);
  std::map<std::int64_t, oversight::Art9Rejections> art9;
  oversight::art9_rejections_by_station(db, period,
                                        [&](const oversight::Art9Rejections& r) { art9[r.station_id] = r; });
  auto outreach = ledger::outreach_by_station(db, period.first, period.last);

  const int days = assessment::days_in(period);
  for (const auto& life : facts.stations) {
    if (only_station && life.id != *only_station) {
      continue;
    }
    StationEvaluation s;
    s.station_id = life.id;
    s.code = life.code;
    s.name = names[life.id];
    s.township = life.township;
    s.opened_on = life.span.opened_on;
    s.exit_decided_on = life.span.exit_decided_on;
    s.operated_days = assessment::operating_days(life.span, period);
    s.days_in_period = days;
    s.facts.inspections = std::move(inspections[life.id]);
    fill_months(s.facts, life, period, facts);
    const auto it = ledger.find(life.id);
    fill_ledger(s.facts, it == ledger.end() ? nullptr : &it->second, params);
    s.facts.untrue_posts = art9[life.id].untrue;
    s.facts.nonstandard_posts = art9[life.id].nonstandard;
    s.facts.outreach = outreach[life.id];
    s.findings = std::move(findings[life.id]);
    if (params.scoring) {
      s.score = score(*params.scoring, s.findings, s.facts.volume, s.operated_days, period);
    }
    e.stations.push_back(std::move(s));
  }
  return e;
}

} // namespace czs::evaluation
