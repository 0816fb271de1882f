// review credit add / correct / list / overdue: bad credit of a station's staff (Art. 14.3).

#include "review.hpp"

#include "context.hpp"
#include "input.hpp"
#include "oversight_input.hpp"
#include "parse_errors.hpp"
#include "station_view.hpp"

#include "audit/audited_transaction.hpp"
#include "i18n/translate.hpp"
#include "oversight/credit.hpp"
#include "stations/station_store.hpp"

#include <memory>

#include <CLI/CLI.hpp>
#include <SQLiteCpp/Transaction.h>

namespace czs::cli {

namespace {

using oversight::CreditIncident;

struct CreditOptions
{
  std::string code;
  std::int64_t id = 0;
  std::string date;
  bool serious = false;
  std::string description;
  std::string note;
  // list
  std::string station;
  std::string batch;
  std::string period;
  bool serious_only = false;
  bool open_only = false;
};

std::vector<Column> credit_columns()
{
  return {{"id", tr("id"), true},
          {"station", tr("station")},
          {"happened_on", tr("date")},
          {"serious", tr("serious")},
          {"description", tr("description")},
          {"deadline", tr("correct by")},
          {"corrected_on", tr("corrected")},
          {"correction_note", tr("correction")},
          {"overdue", tr("overdue")}};
}

std::vector<Cell> credit_cells(const CreditIncident& c, Date today, int grace_days)
{
  Cell deadline;
  if (c.serious) {
    deadline = to_string(oversight::correction_deadline(parse_date(c.happened_on).value(), grace_days));
  }
  return {c.id,
          c.station_code,
          c.happened_on,
          c.serious,
          c.description,
          deadline,
          date_cell(c.corrected_on),
          c.correction_note,
          oversight::is_overdue(c, today, grace_days)};
}

void print_incident(Context& ctx, const CreditIncident& c)
{
  if (ctx.format() != Format::table) {
    RecordWriter w(ctx.format(), ctx.out(), credit_columns());
    w.row(credit_cells(c, ctx.today(), ctx.params().credit_grace_days));
  }
}

int add_incident(Context& ctx, const CreditOptions& o)
{
  CreditIncident c;
  c.happened_on = to_string(ctx.event_date_or_today(o.date, "--date"));
  c.serious = o.serious;
  c.description = required_note(o.description, "--description", 1000);
  const std::string code = station_code(o.code);
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "oversight.credit_incident");
  const stations::Station s = stations::require_station(ctx.db(), code);
  c.id = oversight::record_credit_incident(tx, s, c);
  tx.commit();
  c.station_code = s.code;
  print_incident(ctx, c);
  if (c.serious) {
    const Date deadline =
        oversight::correction_deadline(parse_date(c.happened_on).value(), ctx.params().credit_grace_days);
    ctx.confirm(
        trf("recorded serious credit incident {} of {} on {}; uncorrected after {} it makes the station eligible "
            "for termination (R-TERMINATE-CREDIT)",
            c.id, s.code, c.happened_on, to_string(deadline)));
  } else {
    ctx.confirm(trf("recorded credit incident {} of {} on {}", c.id, s.code, c.happened_on));
  }
  return 0;
}

int correct_incident(Context& ctx, const CreditOptions& o)
{
  const std::string date = to_string(ctx.event_date_or_today(o.date, "--date"));
  const std::string note = optional_note(o.note, "--note", 1000);
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "oversight.credit_correct");
  CreditIncident c = oversight::require_credit_incident(ctx.db(), o.id);
  oversight::correct_credit_incident(tx, c, date, note);
  tx.commit();
  print_incident(ctx, c);
  ctx.confirm(trf("recorded that credit incident {} of {} was corrected on {}", c.id, c.station_code, date));
  return 0;
}

int list_incidents(Context& ctx, const CreditOptions& o)
{
  SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
  oversight::CreditFilter filter;
  filter.station_id = station_filter(ctx, o.station);
  filter.batch = batch_filter(ctx, o.batch);
  if (auto period = period_option(o.period, "--period")) {
    filter.from = to_string(period->first);
    filter.to = to_string(period->last);
  }
  filter.serious_only = o.serious_only;
  filter.open_only = o.open_only;
  RecordWriter w(ctx.format(), ctx.out(), credit_columns());
  oversight::for_each_credit_incident(ctx.db(), filter, [&](const CreditIncident& c) {
    w.row(credit_cells(c, ctx.today(), ctx.params().credit_grace_days));
  });
  return 0;
}

int list_overdue(Context& ctx)
{
  SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
  RecordWriter w(ctx.format(), ctx.out(), credit_columns());
  const int grace = ctx.params().credit_grace_days;
  oversight::for_each_overdue_incident(ctx.db(), ctx.today(), grace,
                                       [&](const CreditIncident& c) { w.row(credit_cells(c, ctx.today(), grace)); });
  return 0;
}

} // namespace

void add_review_credit(CLI::App& review, Context& ctx, Action& chosen)
{
  CLI::App* credit =
      review.add_subcommand("credit", tr("bad credit of a station's staff, and its correction (Art. 14.3)"));
  credit->require_subcommand(1);
  auto o = std::make_shared<CreditOptions>();

  CLI::App* add = credit->add_subcommand("add", tr("record a credit incident"));
  add->add_option("code", o->code, tr("the station's code"))->required()->type_name(tr("CODE"));
  add->add_option("--date", o->date, tr("the date it happened (default: today)"))->type_name(tr("DATE"));
  add->add_flag(
      "--serious", o->serious,
      tr("serious bad credit: uncorrected past the grace period it makes the station eligible for termination"));
  add->add_option("--description", o->description, tr("what happened"))->required()->type_name(tr("TEXT"));
  on_run(add, chosen, [&ctx, o] { return add_incident(ctx, *o); });

  CLI::App* correct = credit->add_subcommand("correct", tr("record that the station corrected an incident"));
  correct->add_option("id", o->id, tr("the incident's id (see review credit list)"))
      ->required()
      ->transform(record_number())
      ->type_name(tr("ID"));
  correct->add_option("--date", o->date, tr("the date it was corrected (default: today)"))->type_name(tr("DATE"));
  correct->add_option("--note", o->note, tr("how it was corrected"))->type_name(tr("TEXT"));
  on_run(correct, chosen, [&ctx, o] { return correct_incident(ctx, *o); });

  CLI::App* list = credit->add_subcommand("list", tr("list credit incidents by date"));
  list->add_option("--station", o->station, tr("only this station"))->type_name(tr("CODE"));
  add_batch_filter(list, o->batch);
  list->add_option("--period", o->period, tr("only incidents in this period (2026-03, 2026Q1, 2026, A..B)"))
      ->type_name(tr("PERIOD"));
  list->add_flag("--serious", o->serious_only, tr("only serious incidents"));
  list->add_flag("--open", o->open_only, tr("only incidents not corrected"));
  on_run(list, chosen, [&ctx, o] { return list_incidents(ctx, *o); });

  CLI::App* overdue = credit->add_subcommand(
      "overdue", tr("serious incidents not corrected within the grace period (R-TERMINATE-CREDIT)"));
  on_run(overdue, chosen, [&ctx] { return list_overdue(ctx); });
}

} // namespace czs::cli
