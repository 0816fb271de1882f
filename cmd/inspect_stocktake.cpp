// inspect stocktake open / line / close / show / list: the monthly count of Art. 11.

#include "inspect.hpp"

#include "context.hpp"
#include "input.hpp"
#include "oversight_input.hpp"
#include "station_view.hpp"

#include "audit/audited_transaction.hpp"
#include "i18n/translate.hpp"
#include "money/money.hpp"
#include "oversight/stocktake.hpp"
#include "oversight/stocktake_sheet.hpp"
#include "stations/station_store.hpp"
#include "text/json.hpp"

#include <algorithm>
#include <fstream>
#include <memory>
#include <ostream>

#include <CLI/CLI.hpp>
#include <SQLiteCpp/Transaction.h>

namespace czs::cli {

namespace {

using oversight::Stocktake;
using oversight::StocktakeLine;

struct StocktakeOptions
{
  std::string code;
  std::string month;
  std::string date;
  std::string counter;
  std::string item;
  std::string unit;
  std::string book;
  std::string counted;
  std::string reason;
  std::string reason_kind;
  std::string file;
  std::string encoding = "utf-8";
  // list
  std::string station;
  std::string batch;
  std::string period;
  bool open_only = false;
};

std::vector<Column> stocktake_columns()
{
  return {{"station", tr("station")},       {"month", tr("month")},
          {"counted_on", tr("counted on")}, {"counter", tr("counted by")},
          {"lines", tr("lines"), true},     {"mismatched", tr("mismatched"), true},
          {"closed_on", tr("closed on")},   {"matched", tr("books match stock")}};
}

std::vector<Cell> stocktake_cells(const Stocktake& k)
{
  return {k.station_code,         k.month,
          k.counted_on,           k.counter,
          k.line_count,           k.mismatched_count,
          date_cell(k.closed_on), k.closed_on.empty() ? Cell{} : Cell{k.matched}};
}

std::vector<Column> line_columns()
{
  return {{"item", tr("item")},
          {"unit", tr("unit")},
          {"book", tr("book"), true},
          {"counted", tr("counted"), true},
          {"difference", tr("difference"), true},
          {"reason", tr("reason")}};
}

// A line's cells; for people (a table, a workbook) its reason's key in the clerk's language.
std::vector<Cell> line_cells(const StocktakeLine& l, bool people = false)
{
  return {l.item,
          l.unit,
          Decimal{l.book_centi, 2},
          Decimal{l.counted_centi, 2},
          Decimal{l.counted_centi - l.book_centi, 2},
          people ? oversight::reason_for_people(l.reason) : l.reason};
}

// The stock-take a command works on: the month given, else this month.
Stocktake load(Context& ctx, const StocktakeOptions& o, stations::Station& station)
{
  const Period month = month_option(o.month, "--month", ctx.today());
  station = stations::require_station(ctx.db(), station_code(o.code));
  return oversight::require_stocktake(ctx.db(), station, label(month));
}

void print_summary(Context& ctx, const Stocktake& k)
{
  if (ctx.format() != Format::table) {
    RecordWriter w(ctx.format(), ctx.out(), stocktake_columns());
    w.row(stocktake_cells(k));
  }
}

int open_stocktake(Context& ctx, const StocktakeOptions& o)
{
  const Date counted_on = ctx.event_date_or_today(o.date, "--date");
  const Period month = month_option(o.month, "--month", counted_on);
  const std::string counter = required_text(o.counter, "--counter", 50);
  const std::string code = station_code(o.code);
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "oversight.stocktake_open");
  const stations::Station s = stations::require_station(ctx.db(), code);
  oversight::open_stocktake(tx, s, month, to_string(counted_on), counter);
  tx.commit();
  print_summary(ctx, oversight::require_stocktake(ctx.db(), s, label(month)));
  ctx.confirm(trf("opened the stock-take of {} for {}, counted on {} by {}", s.code, label(month),
                  to_string(counted_on), counter));
  return 0;
}

// The line as the clerk gave it; --book and --counted may be left out when recounting an item
// to add its reason, and then keep their recorded values.
StocktakeLine line_of(const StocktakeOptions& o, const Stocktake& k)
{
  StocktakeLine line;
  line.item = required_text(o.item, "--item", 100);
  const auto recorded =
      std::find_if(k.lines.begin(), k.lines.end(), [&](const auto& l) { return l.item == line.item; });
  const bool known = recorded != k.lines.end();
  if (!known && (o.book.empty() || o.counted.empty())) {
    throw Error(ErrorKind::bad_data, trf("{} is not on the count sheet yet: give both --book and --counted", line.item),
                tr("a new line needs the quantity in the books and the quantity counted"));
  }
  line.unit = o.unit.empty() && known ? recorded->unit : optional_text(o.unit, "--unit", 20);
  line.book_centi = o.book.empty() ? recorded->book_centi : quantity_centi(o.book, tr("book quantity"));
  line.counted_centi = o.counted.empty() ? recorded->counted_centi : quantity_centi(o.counted, tr("counted quantity"));
  if (!o.reason_kind.empty()) {
    // A reason from the list, the text as its note.
    line.reason = must(oversight::mismatch_reason(o.reason_kind, optional_note(o.reason, "--reason", 500)));
  } else {
    line.reason = o.reason.empty() && known ? recorded->reason : optional_note(o.reason, "--reason", 500);
  }
  return line;
}

int put_line(Context& ctx, const StocktakeOptions& o)
{
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "oversight.stocktake_line");
  stations::Station s;
  Stocktake k = load(ctx, o, s);
  const StocktakeLine line = line_of(o, k);
  const bool replaced = oversight::put_line(tx, k, line);
  tx.commit();
  if (ctx.format() != Format::table) {
    RecordWriter w(ctx.format(), ctx.out(), line_columns());
    w.row(line_cells(line));
  }
  const std::string quantities =
      trf("book {}, counted {}", format_decimal(line.book_centi, 2), format_decimal(line.counted_centi, 2));
  ctx.confirm(replaced ? trf("recounted {} in the stock-take of {} for {}: {}", line.item, s.code, k.month, quantities)
                       : trf("counted {} in the stock-take of {} for {}: {}", line.item, s.code, k.month, quantities));
  return 0;
}

int close_stocktake(Context& ctx, const StocktakeOptions& o)
{
  const std::string date = to_string(ctx.event_date_or_today(o.date, "--date"));
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "oversight.stocktake_close");
  stations::Station s;
  Stocktake k = load(ctx, o, s);
  oversight::close_stocktake(tx, k, date);
  tx.commit();
  print_summary(ctx, k);
  ctx.confirm(
      k.matched ? trf("closed the stock-take of {} for {}: the books match the stock", s.code, k.month)
                : trf("closed the stock-take of {} for {}: {} of {} lines differ from the books, each with its reason",
                      s.code, k.month, k.mismatched_count, k.line_count));
  return 0;
}

// Last month's items with the quantities counted then as this month's books, to be counted.
int print_sheet(Context& ctx, const StocktakeOptions& o)
{
  const Period month = month_option(o.month, "--month", ctx.today());
  SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
  const auto station = stations::require_station(ctx.db(), station_code(o.code));
  const auto sheet = oversight::carried_over_sheet(ctx.db(), station, month);
  // The keys are oversight::sheet_columns(), the header `fill` reads back.
  const std::vector<Column> columns{
      {"month", tr("month")},           {"item", tr("item")},     {"unit", tr("unit")}, {"book", tr("book"), true},
      {"counted", tr("counted"), true}, {"reason", tr("reason")}, {"note", tr("note")}};
  RecordWriter w(ctx.format(), ctx.out(), columns);
  for (const auto& line : sheet) {
    w.row({label(month), line.item, line.unit, Decimal{line.book_centi, 2}, Cell{}, Cell{}, Cell{}});
  }
  return 0;
}

// A filled sheet put into the open stock-take of the month, every line in one command.
int fill_sheet(Context& ctx, const StocktakeOptions& o)
{
  const Period month = month_option(o.month, "--month", ctx.today());
  const bool gbk = gbk_encoding(o.encoding);
  std::ifstream in = open_input_file(o.file);
  const auto lines = oversight::read_filled_sheet(in, label(month), gbk);
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "oversight.stocktake_fill");
  stations::Station s;
  Stocktake k = load(ctx, o, s);
  for (const auto& line : lines) {
    oversight::put_line(tx, k, line);
  }
  tx.commit();
  const auto mismatched = std::count_if(lines.begin(), lines.end(), [](const auto& l) { return !l.matches(); });
  ctx.confirm(trf("counted {} items into the stock-take of {} for {} from {}; {} differ from the books", lines.size(),
                  s.code, k.month, o.file, mismatched));
  return 0;
}

void show_json(Context& ctx, const Stocktake& k)
{
  text::JsonWriter j;
  j.begin_object();
  const auto columns = stocktake_columns();
  const auto cells = stocktake_cells(k);
  for (std::size_t n = 0; n < columns.size(); ++n) {
    j.key(columns[n].key).raw(cell_json(cells[n]));
  }
  j.key("items").begin_array();
  const auto line_cols = line_columns();
  for (const auto& line : k.lines) {
    j.begin_object();
    const auto lc = line_cells(line);
    for (std::size_t n = 0; n < line_cols.size(); ++n) {
      j.key(line_cols[n].key).raw(cell_json(lc[n]));
    }
    j.key("matches").value(line.matches()).end_object();
  }
  j.end_array().end_object();
  ctx.out() << j.str() << '\n';
}

int show_stocktake(Context& ctx, const StocktakeOptions& o)
{
  SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
  stations::Station s;
  const Stocktake k = load(ctx, o, s);
  if (ctx.format() == Format::json) {
    show_json(ctx, k);
    return 0;
  }
  if (ctx.format() == Format::table) {
    const auto columns = stocktake_columns();
    const auto cells = stocktake_cells(k);
    std::vector<std::pair<std::string, std::string>> fields;
    for (std::size_t n = 0; n < columns.size(); ++n) {
      fields.emplace_back(columns[n].header, people_text(cells[n]));
    }
    print_fields(ctx.out(), fields);
    ctx.out() << '\n';
  }
  RecordWriter w(ctx.format(), ctx.out(), line_columns());
  for (const auto& line : k.lines) {
    w.row(line_cells(line, for_people(ctx.format())));
  }
  return 0;
}

int list_stocktakes(Context& ctx, const StocktakeOptions& o)
{
  SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
  oversight::StocktakeFilter filter;
  filter.station_id = station_filter(ctx, o.station);
  filter.batch = batch_filter(ctx, o.batch);
  if (auto period = period_option(o.period, "--period")) {
    filter.from_month = label(month_of(period->first));
    filter.to_month = label(month_of(period->last));
  }
  filter.open_only = o.open_only;
  RecordWriter w(ctx.format(), ctx.out(), stocktake_columns());
  oversight::for_each_stocktake(ctx.db(), filter, [&](const Stocktake& k) { w.row(stocktake_cells(k)); });
  return 0;
}

CLI::App* with_station(CLI::App* sub, StocktakeOptions& o, bool month_from_date)
{
  sub->add_option("code", o.code, tr("the station's code"))->required()->type_name(tr("CODE"));
  sub->add_option("--month", o.month,
                  month_from_date ? tr("the month counted (default: the month of --date)")
                                  : tr("the month of the stock-take (default: this month)"))
      ->type_name(tr("MONTH"));
  return sub;
}

} // namespace

void add_inspect_stocktake(CLI::App& inspect, Context& ctx, Action& chosen)
{
  CLI::App* stocktake =
      inspect.add_subcommand("stocktake", tr("monthly stock-takes: books against counted stock (Art. 11)"));
  stocktake->require_subcommand(1);
  auto o = std::make_shared<StocktakeOptions>();

  CLI::App* open = with_station(
      stocktake->add_subcommand("open", tr("start a station's stock-take of a month (one per month)")), *o, true);
  open->add_option("--date", o->date, tr("the date of the count (default: today)"))->type_name(tr("DATE"));
  open->add_option("--counter", o->counter, tr("who counted"))->required()->type_name(tr("NAME"));
  on_run(open, chosen, [&ctx, o] { return open_stocktake(ctx, *o); });

  CLI::App* line = with_station(
      stocktake->add_subcommand("line", tr("add a line to the count sheet, or recount an item")), *o, false);
  line->add_option("--item", o->item, tr("the goods counted, e.g. 菜籽油 5L"))->required()->type_name(tr("TEXT"));
  line->add_option("--unit", o->unit, tr("the unit, e.g. 桶, kg"))->type_name(tr("TEXT"));
  line->add_option("--book", o->book, tr("the quantity in the books, up to 2 decimals"))->type_name(tr("QTY"));
  line->add_option("--counted", o->counted, tr("the quantity counted, up to 2 decimals"))->type_name(tr("QTY"));
  line->add_option("--reason", o->reason, tr("why the count differs from the books (with --reason-kind: a note)"))
      ->type_name(tr("TEXT"));
  line->add_option("--reason-kind", o->reason_kind,
                   tr("the reason from the list: spoiled (变质), damaged (损坏), counting_error (盘点差错), "
                      "sold_not_recorded (售出未记账), other (其他, with a note in --reason)"))
      ->type_name(tr("KIND"));
  on_run(line, chosen, [&ctx, o] { return put_line(ctx, *o); });

  CLI::App* close = with_station(
      stocktake->add_subcommand(
          "close", tr("close the stock-take: every mismatch needs a reason; the count is kept as a snapshot")),
      *o, false);
  close->add_option("--date", o->date, tr("the date it was signed off (default: today)"))->type_name(tr("DATE"));
  on_run(close, chosen, [&ctx, o] { return close_stocktake(ctx, *o); });

  CLI::App* show =
      with_station(stocktake->add_subcommand("show", tr("show a stock-take with its count sheet")), *o, false);
  on_run(show, chosen, [&ctx, o] { return show_stocktake(ctx, *o); });

  CLI::App* sheet = with_station(
      stocktake->add_subcommand("sheet", tr("print the count sheet of a month: last month's items, counted then, as "
                                            "the books now (--format csv to fill in)")),
      *o, false);
  on_run(sheet, chosen, [&ctx, o] { return print_sheet(ctx, *o); });

  CLI::App* fill = with_station(
      stocktake->add_subcommand("fill", tr("put a filled count sheet (CSV) into the month's open stock-take at once")),
      *o, false);
  fill->add_option("file", o->file, tr("the filled sheet, as written by sheet --format csv"))
      ->required()
      ->type_name("FILE");
  fill->add_option("--encoding", o->encoding, tr("the file's encoding: utf-8 (default) or gbk"))
      ->type_name(tr("ENCODING"));
  on_run(fill, chosen, [&ctx, o] { return fill_sheet(ctx, *o); });

  CLI::App* list = stocktake->add_subcommand("list", tr("list stock-takes by month, then station"));
  list->add_option("--station", o->station, tr("only this station"))->type_name(tr("CODE"));
  add_batch_filter(list, o->batch);
  list->add_option("--period", o->period, tr("only months in this period (2026-03, 2026Q1, 2026, A..B)"))
      ->type_name(tr("PERIOD"));
  list->add_flag("--open", o->open_only, tr("only stock-takes not yet closed"));
  on_run(list, chosen, [&ctx, o] { return list_stocktakes(ctx, *o); });
}

} // namespace czs::cli
