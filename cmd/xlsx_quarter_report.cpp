// The quarterly county report as an Excel workbook (report overview --period QUARTER --format
// xlsx): the sections of the printed report (cmd/html_quarter_report.cpp), one sheet each, so a
// clerk can sort, sum and chart them; the figures are numbers, codes and periods text.

#include "report.hpp"

#include "context.hpp"
#include "html_report.hpp"
#include "output.hpp"

#include "county_report/quarter_report.hpp"
#include "i18n/translate.hpp"
#include "ledger/catalogue.hpp"
#include "rules/rule_catalogue.hpp"

#include <array>
#include <ostream>
#include <string>
#include <vector>

namespace czs::cli {

namespace {

using county_report::KindVolumes;
using county_report::QuarterReport;

constexpr std::array k_statuses{stations::Status::applied, stations::Status::open, stations::Status::rectifying,
                                stations::Status::closing, stations::Status::closed};

Cell money(std::int64_t fen)
{
  return Decimal{fen, 2};
}

// The columns and a row of a volume by kind: records of each kind, then the total records,
// money and fees.
std::vector<Column> volume_columns(Column first, bool with_money)
{
  std::vector<Column> columns{std::move(first)};
  for (const auto& k : ledger::ledger_kinds()) {
    columns.push_back({"records_" + std::string(k.name), kind_label(k.name), ColumnKind::text, true});
  }
  columns.push_back({"records", tr("records"), ColumnKind::text, true});
  if (with_money) {
    columns.push_back({"amount", tr("amount (yuan)"), ColumnKind::text, true});
    columns.push_back({"fee", tr("fee (yuan)"), ColumnKind::text, true});
  }
  return columns;
}

std::vector<Cell> volume_row(const std::string& first, const KindVolumes& by_kind)
{
  std::vector<Cell> cells{first};
  county_report::Volume total;
  for (const auto& k : by_kind) {
    cells.emplace_back(k.records);
    total.add(k);
  }
  cells.insert(cells.end(), {Cell{total.records}, money(total.amount_fen), money(total.fee_fen)});
  return cells;
}

void summary_sheet(std::ostream& out, const std::vector<std::pair<Column, Cell>>& fields)
{
  RecordWriter w(Format::xlsx, out, {{"figure", tr("figure")}, {"value", tr("value"), ColumnKind::text, true}},
                 tr("Summary"));
  for (const auto& [column, cell] : fields) {
    w.row({column.header, cell});
  }
}

void stations_sheets(std::ostream& out, const QuarterReport& r)
{
  std::vector<Column> columns{{"township", tr("township")}};
  for (const auto s : k_statuses) {
    columns.push_back({std::string(stations::to_string(s)), stations::status_label(s), ColumnKind::text, true});
  }
  columns.push_back({"total", tr("total"), ColumnKind::text, true});
  RecordWriter w(Format::xlsx, out, columns, tr("Stations by township"));
  for (const auto& town : r.stations_by_township) {
    std::vector<Cell> cells{town.township};
    std::int64_t all = 0;
    for (const auto n : town.by_status) {
      cells.emplace_back(n);
      all += n;
    }
    cells.emplace_back(all);
    w.row(cells);
  }
  RecordWriter b(Format::xlsx, out, {{"batch", tr("batch")}, {"stations", tr("stations"), ColumnKind::text, true}},
                 tr("Construction batches"));
  for (const auto& [batch, n] : r.overview.stations_by_batch) {
    b.row({batch.empty() ? std::string(tr("no batch")) : batch, n});
  }
}

void volume_sheets(std::ostream& out, const QuarterReport& r)
{
  RecordWriter v(Format::xlsx, out, volume_columns({"township", tr("township")}, true), tr("Volume by township"));
  for (const auto& town : r.volume_by_township) {
    v.row(volume_row(town.township, town.by_kind));
  }
  v.row(volume_row(tr("total"), r.quarter_total));
  RecordWriter t(Format::xlsx, out, volume_columns({"quarter", tr("quarter")}, false), tr("The last eight quarters"));
  for (const auto& q : r.trend) {
    std::vector<Cell> cells{q.quarter};
    cells.insert(cells.end(), q.records.begin(), q.records.end());
    cells.emplace_back(q.total());
    t.row(cells);
  }
}

void rules_sheets(std::ostream& out, const QuarterReport& r)
{
  RecordWriter f(Format::xlsx, out,
                 {{"rule", tr("rule")},
                  {"article", tr("article")},
                  {"asks", tr("what it asks")},
                  {"duty", tr("whose duty")},
                  {"findings", tr("findings"), ColumnKind::text, true},
                  {"stations", tr("stations"), ColumnKind::text, true}},
                 tr("Findings by rule"));
  for (const auto& x : r.findings) {
    const auto* info = rules::find_rule(x.rule);
    f.row({x.rule, x.article, info ? std::string(tr(info->summary)) : std::string(),
           info ? rules::duty_label(info->duty) : std::string(), x.findings, x.stations});
  }
  RecordWriter o(Format::xlsx, out,
                 {{"code", tr("code")},
                  {"name", tr("station")},
                  {"township", tr("township")},
                  {"issued_quarter", tr("ordered at"), ColumnKind::identifier},
                  {"volume", tr("half-year volume"), ColumnKind::text, true},
                  {"standing", tr("standing"), ColumnKind::text}},
                 tr("Rectifications"));
  for (const auto& x : r.rectifications) {
    o.row({x.station.code, x.station.name, x.station.township, x.issued_quarter, x.volume, rectification_standing(x)});
  }
  RecordWriter e(Format::xlsx, out,
                 {{"code", tr("code")},
                  {"name", tr("station")},
                  {"township", tr("township")},
                  {"rule", tr("rule")},
                  {"finding", tr("finding")}},
                 tr("Eligible terminations"));
  for (const auto& x : r.eligible) {
    e.row({x.station.code, x.station.name, x.station.township, x.rule, x.message});
  }
}

void oversight_sheets(std::ostream& out, const QuarterReport& r)
{
  RecordWriter m(
      Format::xlsx, out,
      {{"month", tr("month")},
       {"in_service", tr("stations in service"), ColumnKind::text, true},
       {"inspections", tr("inspections"), ColumnKind::text, true},
       {"inspected_enough", trf("inspected {} times or more", r.inspections_required), ColumnKind::text, true},
       {"stocktakes_matched", tr("stock-takes matched"), ColumnKind::text, true}},
      tr("Inspections"));
  for (const auto& x : r.months) {
    m.row({x.month, x.in_service, x.inspections, x.inspected_enough, x.stocktakes_matched});
  }
  RecordWriter c(Format::xlsx, out,
                 {{"in_service", tr("stations in service"), ColumnKind::text, true},
                  {"called", tr("called"), ColumnKind::text, true},
                  {"reached", tr("reached"), ColumnKind::text, true}},
                 tr("Callbacks"));
  c.row({r.callbacks.in_service, r.callbacks.called, r.callbacks.reached});
  RecordWriter d(
      Format::xlsx, out,
      {{"kind", tr("dispute kind"), ColumnKind::text}, {"disputes", tr("disputes opened"), ColumnKind::text, true}},
      tr("Disputes"));
  const auto kinds = ledger::dispute_kinds();
  for (std::size_t k = 0; k < kinds.size() && k < r.overview.disputes_by_kind.size(); ++k) {
    d.row({std::string(tr(kinds[k].label)), r.overview.disputes_by_kind[k]});
  }
}

void activity_sheet(std::ostream& out, const std::string& name, const std::vector<county_report::StationActivity>& list)
{
  RecordWriter w(Format::xlsx, out,
                 {{"rank", tr("no."), ColumnKind::text, true},
                  {"code", tr("code")},
                  {"name", tr("station")},
                  {"township", tr("township")},
                  {"records", tr("records"), ColumnKind::text, true},
                  {"amount", tr("amount (yuan)"), ColumnKind::text, true}},
                 name);
  std::int64_t n = 0;
  for (const auto& a : list) {
    w.row({++n, a.station.code, a.station.name, a.station.township, a.records, money(a.amount_fen)});
  }
}

} // namespace

void write_quarter_workbook(Context& ctx, const QuarterReport& r, const std::vector<std::pair<Column, Cell>>& summary)
{
  std::ostream& out = ctx.out();
  summary_sheet(out, summary);
  stations_sheets(out, r);
  volume_sheets(out, r);
  rules_sheets(out, r);
  oversight_sheets(out, r);
  activity_sheet(out, tr("Most active"), r.most_active);
  activity_sheet(out, tr("Least active"), r.least_active);
}

} // namespace czs::cli
