#include "export_cmd.hpp"

#include "context.hpp"
#include "input.hpp"
#include "ledger_rows.hpp"
#include "privacy.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "ledger/record_query.hpp"
#include "ledger/repeat_sales.hpp"
#include "period/period.hpp"
#include "stations/station_store.hpp"
#include "text/input_fields.hpp"

#include <memory>

#include <CLI/CLI.hpp>
#include <SQLiteCpp/Transaction.h>

namespace czs::cli {

namespace {

struct ExportArgs
{
  std::string station;
  std::string period;
};

ledger::RecordFilter export_filter(Context& ctx, const ExportArgs& a)
{
  ledger::RecordFilter f;
  if (!a.station.empty()) {
    f.station_id = stations::require_station(ctx.db(), station_code(a.station, "--station")).id;
  }
  if (!a.period.empty()) {
    auto period = text::input_period(a.period);
    if (!period) {
      throw Error(ErrorKind::usage, trf("--period: {}", period.error()));
    }
    f.from = to_string(period->first);
    f.to = to_string(period->last);
  }
  return f;
}

int run_export(Context& ctx, const std::string& kind, const ExportArgs& a)
{
  const auto filter = export_filter(ctx, a);
  log_reveal(ctx, trf("names and phones in an export of {}", kind));
  const Privacy privacy(ctx);
  // An export is a file for a spreadsheet or a script: a table would be neither.
  const Format format = ctx.format() == Format::table ? Format::csv : ctx.format();
  SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
  auto& db = ctx.db();
  if (kind == "purchases") {
    RecordWriter w(format, ctx.out(), purchase_columns());
    // An exchanged purchase is preceded by its exchanges, oldest first, which name it in
    // exchange_of: import replays them before the purchase's own dates. Its disputes follow it,
    // oldest first, naming it in dispute_of: import opens them on the purchase it wrote.
    ledger::PurchaseDisputes disputes(db);
    ledger::for_each_purchase(db, filter, [&](const auto& r, const std::string& s) {
      if (!r.exchanged_on.empty()) {
        ledger::for_each_exchange_of(db, r.id, [&](const auto& e) { w.row(purchase_exchange_cells(e, s)); });
      }
      w.row(purchase_cells(r, s, privacy));
      for (const auto& d : disputes.of(r.id)) {
        w.row(purchase_dispute_cells(d, s));
      }
    });
  } else if (kind == "sales") {
    RecordWriter w(format, ctx.out(), sale_columns());
    // Each sale is followed by its further sales, which name it in again_of (import reads them back).
    ledger::SaleSequels sequels(db);
    ledger::for_each_sale(db, filter, [&](const auto& r, const std::string& s) {
      w.row(sale_cells(r, s, privacy, sequels.delisting(r.id)));
      for (const auto& again : sequels.repeats(r.id)) {
        w.row(sale_repeat_cells(again, s));
      }
    });
  } else if (kind == "services") {
    RecordWriter w(format, ctx.out(), service_columns());
    ledger::for_each_service(db, filter,
                             [&](const auto& r, const std::string& s) { w.row(service_cells(r, s, privacy)); });
  } else {
    RecordWriter w(format, ctx.out(), parcel_columns());
    ledger::for_each_parcel(db, filter,
                            [&](const auto& r, const std::string& s) { w.row(parcel_cells(r, s, privacy)); });
  }
  return 0;
}

void add_kinds(CLI::App& exp, Context& ctx, Action& chosen)
{
  auto a = std::make_shared<ExportArgs>();
  for (const char* kind : {"purchases", "sales", "services", "parcels"}) {
    CLI::App* sub = exp.add_subcommand(kind, trf("export {}, in the columns czstation import reads", kind));
    sub->add_option("--station", a->station, tr("only this station"))->type_name(tr("CODE"));
    sub->add_option("--period", a->period, tr("only records started in this period (2026-03, 2026Q1, 2026, A..B)"))
        ->type_name(tr("PERIOD"));
    const std::string name = kind;
    on_run(sub, chosen, [&ctx, a, name] { return run_export(ctx, name, *a); });
  }
}

} // namespace

void add_export(CLI::App& app, Context& ctx, Action& chosen)
{
  CLI::App* exp = app.add_subcommand("export", tr("export purchases, sales, services or parcels as CSV (default), JSON "
                                                  "or TSV; names and phones masked unless --reveal"));
  exp->require_subcommand(1);
  // The children are built only when `export` is the command given (see order.cpp).
  exp->preparse_callback([exp, &ctx, &chosen](std::size_t) { add_kinds(*exp, ctx, chosen); });
}

} // namespace czs::cli
