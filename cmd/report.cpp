#include "report.hpp"

#include "context.hpp"
#include "html_report.hpp"
#include "input.hpp"
#include "ledger_rows.hpp"
#include "station_view.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "ledger/checks.hpp"
#include "ledger/ledger.hpp"
#include "ledger/words.hpp"
#include "period/period.hpp"
#include "stations/station_store.hpp"

#include <array>
#include <map>
#include <memory>

#include <CLI/CLI.hpp>
#include <SQLiteCpp/Transaction.h>

namespace czs::cli {

namespace {

struct ReportArgs
{
  std::string period;
  std::string by = "station";
  std::string station;
  std::string batch; // only the stations of this construction batch (Art. 2.2)
};

constexpr std::size_t k_kinds = 5;

// Records, amount and fee per ledger kind, in the order of ledger::ledger_kinds().
struct Totals
{
  std::array<ledger::LedgerTotal, k_kinds> by_kind{};

  void add(const Totals& other)
  {
    for (std::size_t i = 0; i < k_kinds; ++i) {
      by_kind[i].records += other.by_kind[i].records;
      by_kind[i].amount_fen += other.by_kind[i].amount_fen;
      by_kind[i].fee_fen += other.by_kind[i].fee_fen;
    }
  }
};

// A station belongs in the report when it was open at some time in the period.
bool open_during(const stations::Station& s, const Period& p)
{
  return !s.opened_on.empty() && s.opened_on <= to_string(p.last)
         && (s.closed_on.empty() || s.closed_on >= to_string(p.first));
}

void write_group(RecordWriter& w, const std::string& period, const std::string& level, const std::string& group,
                 const std::string& name, const Totals& t)
{
  ledger::LedgerTotal sum;
  for (std::size_t i = 0; i < k_kinds; ++i) {
    const auto& k = t.by_kind[i];
    sum.records += k.records;
    sum.amount_fen += k.amount_fen;
    sum.fee_fen += k.fee_fen;
    if (k.records > 0) {
      w.row({period, level, group, name, std::string(ledger::ledger_kinds()[i].name), k.records,
             yuan_cell(k.amount_fen), yuan_cell(k.fee_fen)});
    }
  }
  w.row({period, level, group, name, std::string("total"), sum.records, yuan_cell(sum.amount_fen),
         yuan_cell(sum.fee_fen)});
}

int ledger_report(Context& ctx, ReportArgs a)
{
  const Period period = report_period(ctx, a.period);
  // The key, or the Chinese a table's level column prints (乡镇).
  const auto level = ledger::parse_word(ledger::report_levels(), a.by);
  if (!level) {
    throw Error(ErrorKind::usage, trf("--by: '{}' is not station, township, county or batch", a.by),
                tr("use station (服务站), township (乡镇), county (全县) or batch (建设批次)"));
  }
  a.by = *level;
  auto& db = ctx.db();
  std::optional<std::int64_t> only;
  if (!a.station.empty()) {
    only = stations::require_station(db, station_code(a.station, "--station")).id;
  }
  SQLite::Transaction read(db, SQLite::TransactionBehavior::DEFERRED);
  stations::StationFilter filter;
  filter.batch = batch_filter(ctx, a.batch);
  std::map<std::int64_t, Totals> by_station;
  ledger::for_each_ledger_total(db, period.first, period.last, [&](const ledger::LedgerTotal& t) {
    by_station[t.station_id].by_kind[ledger::ledger_kind_index(t.kind)] = t;
  });
  if (ctx.format() == Format::html) {
    std::vector<LedgerGroup> groups;
    stations::for_each_station(db, filter, [&](const stations::Station& s) {
      const auto it = by_station.find(s.id);
      if ((only && s.id != *only) || (it == by_station.end() && !open_during(s, period))) {
        return;
      }
      groups.push_back(
          {s.code, s.name, s.township, it != by_station.end() ? it->second.by_kind : Totals{}.by_kind, s.batch});
    });
    write_ledger_document(ctx, period, a.by, groups, only.has_value());
    return 0;
  }
  const std::string label_text = label(period);
  const bool people = for_people(ctx.format());
  RecordWriter w(ctx.format(), ctx.out(),
                 {{"period", tr("period")},
                  {"level", tr("level"), ledger::report_levels()},
                  {"group", tr("group")},
                  {"name", tr("name")},
                  {"kind", tr("kind"), ledger::ledger_kind_words()},
                  {"records", tr("records"), true},
                  {"amount", tr("amount"), true},
                  {"fee", tr("fee"), true}});
  std::map<std::string, Totals> townships;
  std::map<std::string, Totals> batches; // "": the stations with no batch set
  Totals county;
  stations::for_each_station(db, filter, [&](const stations::Station& s) {
    const auto it = by_station.find(s.id);
    const bool has_records = it != by_station.end();
    if ((only && s.id != *only) || (!has_records && !open_during(s, period))) {
      return;
    }
    const Totals t = has_records ? it->second : Totals{};
    if (a.by == "station") {
      write_group(w, label_text, "station", s.code, s.name, t);
    }
    townships[s.township].add(t);
    batches[s.batch].add(t);
    county.add(t);
  });
  if (a.by == "township") {
    for (const auto& [township, t] : townships) {
      write_group(w, label_text, "township", township, township, t);
    }
  } else if (a.by == "county") {
    // A name czstation makes up is a word: English for scripts whatever --lang, translated for people.
    const char* county_name = N_("the whole county");
    write_group(w, label_text, "county", "county", people ? tr(county_name) : county_name, county);
  } else if (a.by == "batch") {
    const char* no_batch = N_("stations without a batch");
    for (const auto& [batch, t] : batches) {
      write_group(w, label_text, "batch", batch, !batch.empty() ? batch : people ? tr(no_batch) : no_batch, t);
    }
  }
  return 0;
}

int checks_report(Context& ctx, const ReportArgs& a)
{
  const Period period = report_period(ctx, a.period);
  auto& db = ctx.db();
  std::optional<std::int64_t> only;
  if (!a.station.empty()) {
    only = stations::require_station(db, station_code(a.station, "--station")).id;
  }
  SQLite::Transaction read(db, SQLite::TransactionBehavior::DEFERRED);
  stations::StationFilter filter;
  filter.batch = batch_filter(ctx, a.batch);
  std::map<std::int64_t, std::string> codes;
  stations::for_each_station(db, filter, [&](const stations::Station& s) { codes[s.id] = s.code; });
  RecordWriter w(ctx.format(), ctx.out(),
                 {{"rule", tr("rule")},
                  {"article", tr("article")},
                  {"station", tr("station")},
                  {"kind", tr("kind"), ledger::ledger_kind_words()},
                  {"record_id", tr("number"), true},
                  {"ref", tr("record")},
                  {"on", tr("on")},
                  {"measured", tr("measured"), true},
                  {"threshold", tr("threshold"), true},
                  {"message", tr("finding")}});
  auto write = [&](const ledger::LedgerFinding& f) {
    if (!codes.contains(f.station_id)) {
      return; // a station outside --batch
    }
    const bool money = f.in_fen();
    const rules::RuleInfo& rule = rules::info(f.rule);
    w.row({std::string(rule.id), std::string(rule.article), codes[f.station_id], f.kind, f.record_id, f.ref(), f.on,
           money ? yuan_cell(f.measured) : Cell{f.measured}, money ? yuan_cell(f.threshold) : Cell{f.threshold},
           f.message});
  };
  ledger::for_each_fee_finding(db, ctx.params(), period.first, period.last, only, write);
  DateTime now = now_in_zone(ctx.params().time_zone);
  now.date = ctx.today();
  ledger::for_each_notice_finding(db, ctx.params(), period.first, period.last, to_string(now), only, write);
  return 0;
}

void add_reports(CLI::App& report, Context& ctx, Action& chosen)
{
  auto a = std::make_shared<ReportArgs>();

  CLI::App* ledger_ = report.add_subcommand(
      "ledger", tr("completed records by kind, with amounts and fees, per station, township or the county"));
  ledger_->add_option("--period", a->period, tr("a month (2026-03), quarter (2026Q1), year (2026) or range (A..B)"))
      ->required()
      ->type_name(tr("PERIOD"));
  ledger_->add_option("--by", a->by, tr("station (default), township, county or batch"))->type_name("LEVEL");
  ledger_->add_option("--station", a->station, tr("only this station"))->type_name(tr("CODE"));
  add_batch_filter(ledger_, a->batch);
  on_run(ledger_, chosen, [&ctx, a] { return ledger_report(ctx, *a); });

  CLI::App* checks = report.add_subcommand(
      "checks", tr("records breaking R-FEE (fee schedule) or R-PICKUP-NOTICE (notice time) in a period"));
  checks->add_option("--period", a->period, tr("a month, quarter, year or range"))->required()->type_name(tr("PERIOD"));
  checks->add_option("--station", a->station, tr("only this station"))->type_name(tr("CODE"));
  add_batch_filter(checks, a->batch);
  on_run(checks, chosen, [&ctx, a] { return checks_report(ctx, *a); });

  add_report_overview(report, ctx, chosen);
  add_report_evaluation(report, ctx, chosen);
  add_report_disputes(report, ctx, chosen);
}

} // namespace

Period report_period(const Context& ctx, const std::string& text)
{
  const Period period = required_period(text, "--period");
  if (ctx.today() < period.first) {
    throw Error(
        ErrorKind::bad_data,
        trf("{} has not begun (today is {}): there is nothing to report yet", label(period), to_string(ctx.today())),
        tr("report a period that has begun, or give --as-of a day in it"));
  }
  return period;
}

void add_report(CLI::App& app, Context& ctx, Action& chosen)
{
  CLI::App* report = app.add_subcommand(
      "report", tr("reports over a period: the ledger (台账), its rule checks, the county overview of a quarter"));
  report->require_subcommand(1);
  // The children are built only when `report` is the command given (see order.cpp).
  report->preparse_callback([report, &ctx, &chosen](std::size_t) { add_reports(*report, ctx, chosen); });
}

} // namespace czs::cli
