// review callback add / list / coverage: the centre's quarterly phone call (Art. 14.2).

#include "review.hpp"

#include "context.hpp"
#include "input.hpp"
#include "oversight_input.hpp"
#include "station_view.hpp"

#include "audit/audited_transaction.hpp"
#include "i18n/translate.hpp"
#include "oversight/callback.hpp"
#include "oversight/coverage.hpp"
#include "stations/station_store.hpp"

#include <algorithm>
#include <memory>

#include <CLI/CLI.hpp>
#include <SQLiteCpp/Transaction.h>

namespace czs::cli {

namespace {

using oversight::Callback;

struct CallbackOptions
{
  std::string code;
  std::string quarter;
  std::string date;
  std::string caller;
  bool reached = false;
  bool not_reached = false;
  std::string reported;
  std::string notes;
  // list and coverage
  std::string station;
  std::string batch;
  std::string period;
  bool due_only = false;
};

std::vector<Column> callback_columns()
{
  return {{"id", tr("id"), true},   {"station", tr("station")}, {"quarter", tr("quarter")},   {"called_on", tr("date")},
          {"caller", tr("caller")}, {"reached", tr("reached")}, {"reported", tr("reported")}, {"notes", tr("notes")}};
}

std::vector<Cell> callback_cells(const Callback& c)
{
  return {c.id, c.station_code, c.quarter, c.called_on, c.caller, c.reached, c.reported, c.notes};
}

int add_callback(Context& ctx, const CallbackOptions& o)
{
  if (o.reached == o.not_reached) {
    throw Error(ErrorKind::usage, tr("say whether the call got through: give --reached or --not-reached"));
  }
  Callback c;
  const Date called_on = ctx.event_date_or_today(o.date, "--date");
  const Period quarter = quarter_option(o.quarter, "--quarter", called_on);
  c.called_on = to_string(called_on);
  c.caller = required_text(o.caller, "--caller", 50);
  c.reached = o.reached;
  c.reported = optional_note(o.reported, "--reported", 1000);
  c.notes = optional_note(o.notes, "--notes", 1000);
  const std::string code = station_code(o.code);

  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "oversight.callback");
  const stations::Station s = stations::require_station(ctx.db(), code);
  c.id = oversight::record_callback(tx, s, quarter, c, ctx.today());
  tx.commit();
  c.station_code = s.code;
  c.quarter = label(quarter);
  if (ctx.format() != Format::table) {
    RecordWriter w(ctx.format(), ctx.out(), callback_columns());
    w.row(callback_cells(c));
  }
  ctx.confirm(c.reached ? trf("recorded the {} callback to {} on {}: reached", c.quarter, s.code, c.called_on)
                        : trf("recorded the {} callback to {} on {}: not reached; call again this quarter", c.quarter,
                              s.code, c.called_on));
  return 0;
}

int list_callbacks(Context& ctx, const CallbackOptions& o)
{
  SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
  oversight::CallbackFilter filter;
  filter.station_id = station_filter(ctx, o.station);
  filter.batch = batch_filter(ctx, o.batch);
  if (auto period = period_option(o.period, "--period")) {
    filter.from_quarter = label(quarter_of(period->first));
    filter.to_quarter = label(quarter_of(period->last));
  }
  RecordWriter w(ctx.format(), ctx.out(), callback_columns());
  oversight::for_each_callback(ctx.db(), filter, [&](const Callback& c) { w.row(callback_cells(c)); });
  return 0;
}

int show_coverage(Context& ctx, const CallbackOptions& o)
{
  const Period quarter = quarter_option(o.quarter, "--quarter", ctx.today(), ErrorKind::usage);
  const std::int64_t required = ctx.params().callbacks_per_quarter;
  SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
  RecordWriter w(ctx.format(), ctx.out(),
                 {{"station", tr("station")},
                  {"name", tr("name")},
                  {"township", tr("township")},
                  {"status", tr("status")},
                  {"quarter", tr("quarter")},
                  {"calls", tr("calls"), true},
                  {"reached", tr("reached"), true},
                  {"required", tr("required"), true},
                  {"due", tr("due")},
                  {"last_called_on", tr("last call")}});
  const bool table = for_people(ctx.format()); // words in the clerk's language
  oversight::quarter_coverage(ctx.db(), quarter, [&](const oversight::QuarterCoverage& c) {
    const bool due = c.reached < required;
    if (o.due_only && !due) {
      return;
    }
    w.row({c.station.code, c.station.name, c.station.township,
           table ? std::string(stations::status_label(c.station.status))
                 : std::string(stations::to_string(c.station.status)),
           label(quarter), c.attempts, c.reached, required, due, date_cell(c.last_called_on)});
  });
  return 0;
}

} // namespace

void add_review_callback(CLI::App& review, Context& ctx, Action& chosen)
{
  CLI::App* callback =
      review.add_subcommand("callback", tr("the county centre's quarterly phone callbacks to stations (Art. 14.2)"));
  callback->require_subcommand(1);
  auto o = std::make_shared<CallbackOptions>();

  CLI::App* add =
      callback->add_subcommand("add", tr("record a callback; call again in the quarter when it did not get through"));
  add->add_option("code", o->code, tr("the station's code"))->required()->type_name(tr("CODE"));
  add->add_option("--date", o->date, tr("the date of the call (default: today)"))->type_name(tr("DATE"));
  add->add_option("--quarter", o->quarter, tr("the quarter the call is for (default: the quarter of --date)"))
      ->type_name(tr("QUARTER"));
  add->add_option("--caller", o->caller, tr("who called"))->required()->type_name(tr("NAME"));
  add->add_flag("--reached", o->reached, tr("the call got through to the station"));
  add->add_flag("--not-reached", o->not_reached, tr("nobody answered"));
  add->add_option("--reported", o->reported, tr("what the station reported (business, problems, needs)"))
      ->type_name(tr("TEXT"));
  add->add_option("--notes", o->notes, tr("the caller's notes"))->type_name(tr("TEXT"));
  on_run(add, chosen, [&ctx, o] { return add_callback(ctx, *o); });

  CLI::App* list = callback->add_subcommand("list", tr("list callbacks by quarter, then station"));
  list->add_option("--station", o->station, tr("only this station"))->type_name(tr("CODE"));
  add_batch_filter(list, o->batch);
  list->add_option("--period", o->period, tr("only quarters in this period (2026Q1, 2026, A..B)"))
      ->type_name(tr("PERIOD"));
  on_run(list, chosen, [&ctx, o] { return list_callbacks(ctx, *o); });

  CLI::App* coverage =
      callback->add_subcommand("coverage", tr("per station in service: callbacks of a quarter against R-CALLBACK"));
  coverage->add_option("--quarter", o->quarter, tr("the quarter (default: this quarter)"))->type_name(tr("QUARTER"));
  coverage->add_flag("--due", o->due_only, tr("only stations not yet reached"));
  on_run(coverage, chosen, [&ctx, o] { return show_coverage(ctx, *o); });
}

} // namespace czs::cli
