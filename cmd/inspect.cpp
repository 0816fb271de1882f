#include "inspect.hpp"

#include "context.hpp"
#include "html_report.hpp"
#include "input.hpp"
#include "oversight_input.hpp"
#include "parse_errors.hpp"
#include "station_view.hpp"

#include "audit/audited_transaction.hpp"
#include "i18n/translate.hpp"
#include "oversight/checklist.hpp"
#include "oversight/coverage.hpp"
#include "oversight/inspection.hpp"
#include "stations/station_store.hpp"
#include "text/json.hpp"

#include <algorithm>
#include <memory>
#include <ostream>

#include <CLI/CLI.hpp>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

namespace czs::cli {

namespace {

using oversight::Inspection;

struct InspectOptions
{
  std::string code;
  std::int64_t id = 0;
  std::string date;
  std::string inspector;
  std::vector<std::string> pass;
  std::vector<std::string> fail;
  std::vector<std::string> notes;
  std::string problems;
  std::string followup_by;
  std::string note;
  // list and coverage
  std::string station;
  std::string batch;
  std::string period;
  std::string month;
  bool failed_only = false;
  bool followup_open = false;
  bool due_only = false;
};

std::vector<Column> inspection_columns()
{
  return {{"id", tr("id"), true},
          {"station", tr("station")},
          {"inspected_on", tr("date")},
          {"inspector", tr("inspector")},
          {"failed_items", tr("failed"), true},
          {"problems", tr("problems")},
          {"followup_by", tr("follow-up by")},
          {"followup_on", tr("followed up")},
          {"followup_note", tr("follow-up note")}};
}

std::vector<Cell> inspection_cells(const Inspection& i)
{
  return {i.id,       i.station_code,           i.inspected_on,           i.inspector,    i.failed,
          i.problems, date_cell(i.followup_by), date_cell(i.followup_on), i.followup_note};
}

void print_inspection_row(Context& ctx, const Inspection& i)
{
  RecordWriter w(ctx.format(), ctx.out(), inspection_columns());
  w.row(inspection_cells(i));
}

int add_inspection(Context& ctx, const InspectOptions& o)
{
  Inspection i;
  i.inspected_on = to_string(ctx.event_date_or_today(o.date, "--date"));
  i.inspector = required_text(o.inspector, "--inspector", 50);
  i.problems = optional_note(o.problems, "--problems", 1000);
  if (!o.followup_by.empty()) {
    i.followup_by = deadline_option(o.followup_by, "--followup-by");
  }
  i.items = judged_items(oversight::inspection_items(), o.pass, o.fail, o.notes);
  const std::string code = station_code(o.code);

  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "oversight.inspection");
  const stations::Station s = stations::require_station(ctx.db(), code);
  i.id = oversight::record_inspection(tx, s, i);
  tx.commit();
  i.station_code = s.code;
  i.failed = std::count_if(i.items.begin(), i.items.end(), [](const auto& r) { return !r.passed; });
  if (ctx.format() != Format::table) {
    print_inspection_row(ctx, i);
  }
  ctx.confirm(trf("recorded inspection {} of {} on {}: {} of {} items failed", i.id, s.code, i.inspected_on, i.failed,
                  i.items.size()));
  return 0;
}

int record_followup(Context& ctx, const InspectOptions& o)
{
  const std::string date = to_string(ctx.event_date_or_today(o.date, "--date"));
  const std::string note = required_note(o.note, "--note", 1000);
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "oversight.inspection_followup");
  Inspection i = oversight::require_inspection(ctx.db(), o.id);
  oversight::record_followup(tx, i, date, note);
  tx.commit();
  if (ctx.format() != Format::table) {
    print_inspection_row(ctx, i);
  }
  ctx.confirm(trf("recorded the follow-up of inspection {} ({}) on {}", i.id, i.station_code, date));
  return 0;
}

int list_inspections(Context& ctx, const InspectOptions& o)
{
  SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
  oversight::InspectionFilter filter;
  filter.station_id = station_filter(ctx, o.station);
  if (auto period = period_option(o.period, "--period")) {
    filter.from = to_string(period->first);
    filter.to = to_string(period->last);
  }
  filter.inspector = o.inspector;
  filter.failed_only = o.failed_only;
  filter.followup_open = o.followup_open;
  filter.batch = batch_filter(ctx, o.batch);
  RecordWriter w(ctx.format(), ctx.out(), inspection_columns());
  oversight::for_each_inspection(ctx.db(), filter, [&](const Inspection& i) { w.row(inspection_cells(i)); });
  return 0;
}

std::string item_label(const std::string& id)
{
  const auto* info = oversight::find_inspection_item(id);
  return info ? std::string(tr(info->label)) : id;
}

void show_json(Context& ctx, const Inspection& i)
{
  text::JsonWriter j;
  j.begin_object();
  const auto columns = inspection_columns();
  const auto cells = inspection_cells(i);
  for (std::size_t n = 0; n < columns.size(); ++n) {
    j.key(columns[n].key).raw(cell_json(cells[n]));
  }
  j.key("items").begin_array();
  for (const auto& item : i.items) {
    const auto* info = oversight::find_inspection_item(item.item);
    j.begin_object().key("item").value(item.item);
    j.key("rule").raw(cell_json(info && info->rule ? Cell{std::string(rules::id_of(*info->rule))} : Cell{}));
    j.key("article").raw(cell_json(info ? text_cell(std::string(info->article)) : Cell{}));
    j.key("passed").value(item.passed).key("note").value(item.note).end_object();
  }
  j.end_array();
  // An inspection recorded before an item joined the checklist did not judge it.
  j.key("not_judged").begin_array();
  for (const auto* info : oversight::not_judged(i.items)) {
    j.value(info->id);
  }
  j.end_array().end_object();
  ctx.out() << j.str() << '\n';
}

void show_table(Context& ctx, const Inspection& i)
{
  const auto columns = inspection_columns();
  const auto cells = inspection_cells(i);
  std::vector<std::pair<std::string, std::string>> fields;
  for (std::size_t n = 0; n < columns.size(); ++n) {
    fields.emplace_back(columns[n].header, people_text(cells[n]));
  }
  print_fields(ctx.out(), fields);
  ctx.out() << '\n';
  RecordWriter w(Format::table, ctx.out(),
                 {{"item", tr("item")},
                  {"what", tr("checked")},
                  {"article", tr("article")},
                  {"passed", tr("passed")},
                  {"note", tr("note")}});
  for (const auto& item : i.items) {
    const auto* info = oversight::find_inspection_item(item.item);
    w.row(
        {item.item, item_label(item.item), info ? std::string(info->article) : std::string(), item.passed, item.note});
  }
  for (const auto* info : oversight::not_judged(i.items)) {
    w.row({std::string(info->id), std::string(tr(info->label)), std::string(info->article), Cell{},
           std::string(tr("not on the checklist when this inspection was recorded"))});
  }
}

int show_inspection(Context& ctx, const InspectOptions& o)
{
  SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
  const Inspection i = oversight::require_inspection(ctx.db(), o.id);
  switch (ctx.format()) {
  case Format::json:
    show_json(ctx, i);
    break;
  case Format::table:
    show_table(ctx, i);
    break;
  case Format::html:
    write_inspection_sheet(ctx, i, stations::require_station(ctx.db(), i.station_code));
    break;
  case Format::csv:
  case Format::tsv:
  case Format::xlsx: {
    RecordWriter w(ctx.format(), ctx.out(),
                   {{"id", "id"}, {"station", "station"}, {"item", "item"}, {"passed", "passed"}, {"note", "note"}});
    for (const auto& item : i.items) {
      w.row({i.id, i.station_code, item.item, item.passed, item.note});
    }
    break;
  }
  }
  return 0;
}

int show_coverage(Context& ctx, const InspectOptions& o)
{
  const Period month = month_option(o.month, "--month", ctx.today(), ErrorKind::usage);
  const std::int64_t required = ctx.params().inspections_per_month;
  SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
  RecordWriter w(ctx.format(), ctx.out(),
                 {{"station", tr("station")},
                  {"name", tr("name")},
                  {"township", tr("township")},
                  {"status", tr("status")},
                  {"month", tr("month")},
                  {"inspections", tr("inspections"), true},
                  {"required", tr("required"), true},
                  {"missing", tr("missing"), true},
                  {"last_inspected_on", tr("last visit")},
                  {"stocktake", tr("stock-take")}});
  const bool table = for_people(ctx.format()); // words in the clerk's language
  oversight::month_coverage(ctx.db(), month, [&](const oversight::MonthCoverage& c) {
    const std::int64_t missing = std::max<std::int64_t>(0, required - c.inspections);
    if (o.due_only && missing == 0) {
      return;
    }
    w.row({c.station.code, c.station.name, c.station.township,
           table ? std::string(stations::status_label(c.station.status))
                 : std::string(stations::to_string(c.station.status)),
           label(month), c.inspections, required, missing, date_cell(c.last_inspected_on),
           table ? std::string(oversight::stocktake_standing_label(c.stocktake))
                 : std::string(oversight::to_string(c.stocktake))});
  });
  return 0;
}

std::string checklist_help()
{
  std::string list = tr("Checklist items (rule, article):");
  for (const auto& info : oversight::inspection_items()) {
    list += fmt::format("\n  {:<26} {} [{}]", info.id, tr(info.label), stations::item_reference(info));
  }
  return list;
}

} // namespace

void add_inspect(CLI::App& app, Context& ctx, Action& chosen)
{
  CLI::App* inspect = app.add_subcommand(
      "inspect",
      tr("the county centre's inspections with their checklist (Art. 10) and monthly stock-takes (Art. 11)"));
  inspect->require_subcommand(1);
  auto o = std::make_shared<InspectOptions>();

  CLI::App* add = inspect->add_subcommand(
      "add", tr("record an inspection: every checklist item passed or failed, problems found, follow-up"));
  add->add_option("code", o->code, tr("the station's code"))->required()->type_name(tr("CODE"));
  add->add_option("--date", o->date, tr("the date of the visit (default: today)"))->type_name(tr("DATE"));
  add->add_option("--inspector", o->inspector, tr("who inspected"))->required()->type_name(tr("NAME"));
  add->add_option("--pass", o->pass, tr("items that passed, or 'all' for every item not failed"))
      ->type_name(tr("ITEM"));
  add->add_option("--fail", o->fail, tr("an item that failed, with what was wrong"))->type_name(tr("ITEM=NOTE"));
  add->add_option("--note", o->notes, tr("a note on a passed item"))->type_name(tr("ITEM=NOTE"));
  add->add_option("--problems", o->problems, tr("the problems found, for the inspection record sheet"))
      ->type_name(tr("TEXT"));
  add->add_option("--followup-by", o->followup_by, tr("the date by which the problems must be followed up"))
      ->type_name(tr("DATE"));
  add->footer(checklist_help());
  on_run(add, chosen, [&ctx, o] { return add_inspection(ctx, *o); });

  CLI::App* list = inspect->add_subcommand("list", tr("list inspections, oldest first"));
  list->add_option("--station", o->station, tr("only this station"))->type_name(tr("CODE"));
  list->add_option("--period", o->period, tr("only visits in this period (2026-03, 2026Q1, 2026, A..B)"))
      ->type_name(tr("PERIOD"));
  list->add_option("--inspector", o->inspector, tr("only visits by this inspector"))->type_name(tr("NAME"));
  list->add_flag("--failed", o->failed_only, tr("only inspections with a failed item"));
  list->add_flag("--followup-open", o->followup_open, tr("only inspections whose follow-up is required and not done"));
  add_batch_filter(list, o->batch);
  on_run(list, chosen, [&ctx, o] { return list_inspections(ctx, *o); });

  CLI::App* show = inspect->add_subcommand("show", tr("show an inspection with its checklist"));
  show->add_option("id", o->id, tr("the inspection's id (see inspect list)"))
      ->required()
      ->transform(record_number())
      ->type_name(tr("ID"));
  on_run(show, chosen, [&ctx, o] { return show_inspection(ctx, *o); });

  CLI::App* coverage = inspect->add_subcommand(
      "coverage", tr("per station in service: inspections in a month against R-INSPECT-FREQ, and its stock-take"));
  coverage->add_option("--month", o->month, tr("the month (default: this month)"))->type_name(tr("MONTH"));
  coverage->add_flag("--due", o->due_only, tr("only stations that still need a visit"));
  on_run(coverage, chosen, [&ctx, o] { return show_coverage(ctx, *o); });

  CLI::App* followup = inspect->add_subcommand("followup", tr("record that an inspection's problems were followed up"));
  followup->add_option("id", o->id, tr("the inspection's id"))
      ->required()
      ->transform(record_number())
      ->type_name(tr("ID"));
  followup->add_option("--date", o->date, tr("the date of the follow-up (default: today)"))->type_name(tr("DATE"));
  followup->add_option("--note", o->note, tr("what was found and done"))->required()->type_name(tr("TEXT"));
  on_run(followup, chosen, [&ctx, o] { return record_followup(ctx, *o); });

  add_inspect_stocktake(*inspect, ctx, chosen);
}

} // namespace czs::cli
