// report disputes: the purchase disputes of each station and quarter by kind (Art. 4.3, 8).

#include "report.hpp"

#include "context.hpp"
#include "input.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "ledger/catalogue.hpp"
#include "ledger/dispute_counts.hpp"
#include "ledger/words.hpp"
#include "stations/station_store.hpp"
#include "text/shown_value.hpp"

#include <map>
#include <memory>

#include <CLI/CLI.hpp>
#include <SQLiteCpp/Transaction.h>

namespace czs::cli {

namespace {

struct DisputeArgs
{
  std::string period;
  std::string by = "station";
  std::string station;
  std::string kind;
};

std::vector<Column> dispute_columns()
{
  std::vector<Column> c{{"period", tr("period")},
                        {"level", tr("level"), ledger::report_levels()},
                        {"group", tr("group")},
                        {"name", tr("name")}};
  for (const auto& kind : ledger::dispute_kinds()) {
    c.push_back({std::string(kind.name), tr(kind.label), true});
  }
  c.push_back({"total", tr("total"), true});
  return c;
}

// With --kind, only the groups that had a dispute of that kind.
void write_tally(RecordWriter& w, std::optional<std::size_t> kind, const std::string& period, const std::string& level,
                 const std::string& group, const std::string& name, const ledger::DisputeTally& t)
{
  if (kind && t.by_kind[*kind] == 0) {
    return;
  }
  std::vector<Cell> cells{period, level, group, name};
  for (const auto n : t.by_kind) {
    cells.emplace_back(n);
  }
  cells.emplace_back(t.total());
  w.row(cells);
}

bool open_during(const stations::Station& s, const Period& p)
{
  return !s.opened_on.empty() && s.opened_on <= to_string(p.last)
         && (s.closed_on.empty() || s.closed_on >= to_string(p.first));
}

int disputes_report(Context& ctx, DisputeArgs a)
{
  const Period period = report_period(ctx, a.period);
  const auto level = ledger::parse_word(ledger::report_levels(), a.by);
  if (!level || *level == "batch") {
    throw Error(ErrorKind::usage, trf("--by: '{}' is not station, township or county", a.by),
                tr("use station (服务站), township (乡镇) or county (全县)"));
  }
  a.by = *level;
  std::optional<std::size_t> kind;
  if (!a.kind.empty()) {
    const auto name = ledger::parse_choice(ledger::dispute_kinds(), a.kind);
    if (!name) {
      throw Error(ErrorKind::usage, trf("--kind: unknown dispute kind '{}'", text::shown_value(a.kind)),
                  trf("use one of: {}", ledger::choice_list(ledger::dispute_kinds())));
    }
    kind = ledger::dispute_kind_index(*name);
  }
  auto& db = ctx.db();
  std::optional<std::int64_t> only;
  if (!a.station.empty()) {
    only = stations::require_station(db, station_code(a.station, "--station")).id;
  }
  SQLite::Transaction read(db, SQLite::TransactionBehavior::DEFERRED);
  std::vector<stations::Station> all;
  stations::for_each_station(db, {}, [&](const stations::Station& s) {
    if (!only || s.id == *only) {
      all.push_back(s);
    }
  });
  RecordWriter w(ctx.format(), ctx.out(), dispute_columns());
  for (const Period& part : ledger::quarters_in(period)) {
    if (ctx.today() < part.first) {
      break; // a quarter to come would print zeros as facts (see report_period)
    }
    std::map<std::int64_t, ledger::DisputeTally> by_station;
    ledger::for_each_dispute_tally(db, part, only,
                                   [&](std::int64_t id, const ledger::DisputeTally& t) { by_station[id] = t; });
    const std::string part_label = label(part);
    std::map<std::string, ledger::DisputeTally> townships;
    ledger::DisputeTally county;
    for (const auto& s : all) {
      const auto it = by_station.find(s.id);
      if (it == by_station.end() && !open_during(s, part)) {
        continue;
      }
      const ledger::DisputeTally t = it == by_station.end() ? ledger::DisputeTally{} : it->second;
      if (a.by == "station") {
        write_tally(w, kind, part_label, "station", s.code, s.name, t);
      }
      townships[s.township].add(t);
      county.add(t);
    }
    if (a.by == "township") {
      for (const auto& [township, t] : townships) {
        write_tally(w, kind, part_label, "township", township, township, t);
      }
    } else if (a.by == "county") {
      write_tally(w, kind, part_label, "county", "county", tr("the whole county"), county);
    }
  }
  return 0;
}

} // namespace

void add_report_disputes(CLI::App& report, Context& ctx, Action& chosen)
{
  auto a = std::make_shared<DisputeArgs>();
  CLI::App* sub = report.add_subcommand(
      "disputes", tr("purchase disputes opened, by kind (counterfeit, spoiled, damaged, late, other), per station, "
                     "township or the county and quarter (Art. 4.3, 8)"));
  sub->add_option("--period", a->period, tr("a quarter (2026Q2), or a year or range, reported quarter by quarter"))
      ->required()
      ->type_name(tr("PERIOD"));
  sub->add_option("--by", a->by, tr("station (default), township or county"))->type_name("LEVEL");
  sub->add_option("--station", a->station, tr("only this station"))->type_name(tr("CODE"));
  sub->add_option("--kind", a->kind, tr("only the groups with a dispute of this kind"))
      ->type_name("counterfeit|spoiled|damaged|late|other");
  on_run(sub, chosen, [&ctx, a] { return disputes_report(ctx, *a); });
}

} // namespace czs::cli
