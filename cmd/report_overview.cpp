// report overview: the county at a quarter's end (issue: the centre's quarterly overview).

#include "report.hpp"

#include "context.hpp"
#include "html_report.hpp"
#include "input.hpp"

#include "assessment/overview.hpp"
#include "base/error.hpp"
#include "county_report/quarter_report.hpp"
#include "i18n/translate.hpp"
#include "ledger/catalogue.hpp"
#include "text/json.hpp"

#include <memory>
#include <ostream>

#include <CLI/CLI.hpp>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

namespace czs::cli {

namespace {

// Stations by construction batch (Art. 2.2): a JSON array of {batch, stations} ("" for the
// stations with none set) for scripts, "batch 3, ..." for people.
Cell batches_cell(const assessment::QuarterOverview& o, bool for_people)
{
  std::string text;
  for (const auto& [batch, n] : o.stations_by_batch) {
    if (for_people) {
      text += fmt::format("{}{} {}", text.empty() ? "" : ", ", batch.empty() ? tr("no batch") : batch, n);
    } else {
      text += fmt::format("{}{{\"batch\":{},\"stations\":{}}}", text.empty() ? "" : ",", text::json_quote(batch), n);
    }
  }
  return for_people ? Cell{text} : Cell{JsonText{"[" + text + "]"}};
}

std::vector<std::pair<Column, Cell>> overview_fields(const assessment::QuarterOverview& o, bool for_people)
{
  std::vector<std::pair<Column, Cell>> fields{
      {{"quarter", tr("quarter")}, o.quarter},
      {{"assessment_applied", tr("assessment applied")}, o.applied},
      {{"audit_anchor", tr("audit anchor at the assessment")}, o.audit_anchor.empty() ? Cell() : Cell(o.audit_anchor)},
      {{"stations_applied", tr("stations applied, not open"), true}, o.applied_stations},
      {{"stations_open", tr("stations open"), true}, o.open_stations},
      {{"stations_rectifying", tr("stations rectifying"), true}, o.rectifying_stations},
      {{"stations_closing", tr("stations closing"), true}, o.closing_stations},
      {{"stations_closed", tr("stations closed"), true}, o.closed_stations},
      {{"ledger_records", tr("ledger records in the quarter"), true}, o.ledger_records},
      {{"ledger_records_half_year", tr("ledger records in the half year"), true}, o.half_year_ledger_records},
      {{"rectifications_ordered", tr("rectifications ordered"), true}, o.rectifications_ordered},
      {{"rectifications_lifted", tr("rectifications lifted"), true}, o.rectifications_lifted},
      {{"rectifications_in_force", tr("rectifications in force"), true}, o.rectifications_in_force},
      {{"eligible_volume_termination", tr("eligible for termination: volume"), true}, o.eligible_volume_termination},
      {{"eligible_credit_termination", tr("eligible for termination: credit"), true}, o.eligible_credit_termination},
      {{"stations_by_batch", tr("stations by construction batch")}, batches_cell(o, for_people)},
      {{"outreach_activities", tr("outreach activities in the quarter"), true}, o.outreach_activities},
      {{"outreach_attendees", tr("villagers attending outreach"), true}, o.outreach_attendees},
  };
  // The quarter's purchase disputes by kind (Art. 8): disputes_counterfeit ... disputes_other.
  const auto kinds = ledger::dispute_kinds();
  for (std::size_t k = 0; k < kinds.size() && k < o.disputes_by_kind.size(); ++k) {
    fields.push_back({{"disputes_" + std::string(kinds[k].name), trf("disputes: {}", tr(kinds[k].label)), true},
                      o.disputes_by_kind[k]});
  }
  return fields;
}

int overview(Context& ctx, const std::string& text)
{
  const Period quarter = report_period(ctx, text);
  if (quarter.kind != PeriodKind::quarter) {
    throw Error(ErrorKind::usage, trf("--period: {} is not a quarter", text), tr("give a quarter, for example 2026Q2"));
  }
  SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
  if (ctx.format() == Format::html) {
    write_quarter_report(ctx, quarter);
    return 0;
  }
  if (ctx.format() == Format::xlsx) {
    // The batches and the disputes by kind have sheets of their own; the summary keeps the rest.
    const auto report = county_report::quarter_report(ctx.db(), quarter, ctx.params());
    auto summary = overview_fields(report.overview, true);
    std::erase_if(summary, [](const auto& field) {
      return field.first.key == "stations_by_batch" || field.first.key.starts_with("disputes_");
    });
    write_quarter_workbook(ctx, report, summary);
    return 0;
  }
  const auto fields =
      overview_fields(assessment::quarter_overview(ctx.db(), quarter, ctx.params()), ctx.format() == Format::table);
  if (ctx.format() == Format::table) {
    std::vector<std::pair<std::string, std::string>> lines;
    for (const auto& [column, cell] : fields) {
      lines.emplace_back(column.header, std::holds_alternative<bool>(cell)
                                            ? std::string(std::get<bool>(cell) ? tr("yes") : tr("no"))
                                            : cell_text(cell));
    }
    print_fields(ctx.out(), lines);
    return 0;
  }
  std::vector<Column> columns;
  std::vector<Cell> cells;
  for (const auto& [column, cell] : fields) {
    columns.push_back(column);
    cells.push_back(cell);
  }
  if (ctx.format() == Format::json) {
    std::string json = "{";
    for (std::size_t i = 0; i < columns.size(); ++i) {
      json += (i ? "," : "") + text::json_quote(columns[i].key) + ":" + cell_json(cells[i]);
    }
    ctx.out() << json << "}\n";
    return 0;
  }
  RecordWriter w(ctx.format(), ctx.out(), columns);
  w.row(cells);
  return 0;
}

} // namespace

void add_report_overview(CLI::App& report, Context& ctx, Action& chosen)
{
  auto period = std::make_shared<std::string>();
  CLI::App* sub = report.add_subcommand(
      "overview",
      tr("the county at a quarter's end: stations by status, volume, rectifications, eligible terminations"));
  sub->add_option("--period", *period, tr("a quarter, for example 2026Q2"))->required()->type_name(tr("PERIOD"));
  on_run(sub, chosen, [&ctx, period] { return overview(ctx, *period); });
}

} // namespace czs::cli
