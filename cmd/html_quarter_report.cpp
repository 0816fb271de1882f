// The quarterly county report for leadership (report overview --period QUARTER --format html):
// what a county head reads in five minutes (first sheet: key figures and two charts), then the
// stations, the volume, the rules' findings and the centre's own work, each on its own sheet.

#include "html_report.hpp"

#include "county_report/quarter_report.hpp"
#include "html/chart.hpp"
#include "html/document.hpp"
#include "html/table.hpp"
#include "i18n/translate.hpp"
#include "ledger/catalogue.hpp"
#include "rules/rule_catalogue.hpp"

#include <fmt/format.h>

namespace czs::cli {

namespace {

using county_report::KindVolumes;
using county_report::QuarterReport;
using county_report::Volume;

constexpr std::array k_statuses{stations::Status::applied, stations::Status::open, stations::Status::rectifying,
                                stations::Status::closing, stations::Status::closed};

Volume total_of(const KindVolumes& kinds)
{
  Volume v;
  for (const auto& k : kinds) {
    v.add(k);
  }
  return v;
}

std::size_t kinds()
{
  return ledger::ledger_kinds().size();
}

std::string kind_name(std::size_t k)
{
  return kind_label(ledger::ledger_kinds()[k].name);
}

std::string share(std::int64_t part, std::int64_t whole)
{
  return whole > 0 ? fmt::format("{}%", (part * 100 + whole / 2) / whole) : "–";
}

// "+12% (on 2026Q1)", "-5% (on 2026Q1)", or nothing when the quarter before had no records.
std::string change_note(std::int64_t now, std::int64_t before, const std::string& quarter_before)
{
  if (before <= 0) {
    return {};
  }
  const std::int64_t pct = ((now - before) * 100 + (now >= before ? before / 2 : -(before / 2))) / before;
  return trf("{0}{1}% (on {2})", pct >= 0 ? "+" : "", pct, quarter_before);
}

std::string status_name(stations::Status s)
{
  return stations::status_label(s);
}

// The first sheet: key figures, the eight-quarter trend and the quarter by township.
void summary_sheet(html::Document& doc, Context& ctx, const QuarterReport& r)
{
  const auto& o = r.overview;
  doc.add(html::heading(1, trf("Village e-commerce service stations: quarterly report, {}", o.quarter)));
  doc.add(html::paragraph(trf("County e-commerce public service centre · stations at {} · printed {}",
                              to_string(parse_period(o.quarter).value().last), to_string(ctx.today())),
                          "lead"));
  const Volume now = total_of(r.quarter_total);
  const std::size_t n = r.trend.size();
  const std::int64_t before = n > 1 ? r.trend[n - 2].total() : 0;
  const std::string quarter_before = n > 1 ? r.trend[n - 2].quarter : std::string();
  std::int64_t inspected = 0;
  std::int64_t station_months = 0;
  for (const auto& m : r.months) {
    inspected += m.inspected_enough;
    station_months += m.in_service;
  }
  doc.add(html::figures({
      {tr("stations in service at the quarter's end"), count_text(o.open_stations + o.rectifying_stations),
       trf("{} rectifying, {} applied, {} closing", o.rectifying_stations, o.applied_stations, o.closing_stations)},
      {tr("ledger records in the quarter"), count_text(now.records), change_note(now.records, before, quarter_before)},
      {tr("money moved in the quarter (yuan)"), yuan_text(now.amount_fen), trf("fees {} yuan", yuan_text(now.fee_fen))},
      {tr("rectification orders in force"), count_text(o.rectifications_in_force),
       trf("{} ordered, {} lifted this quarter", o.rectifications_ordered, o.rectifications_lifted)},
      {tr("stations eligible for termination"),
       count_text(o.eligible_volume_termination + o.eligible_credit_termination),
       o.applied ? trf("volume {}, credit {}", o.eligible_volume_termination, o.eligible_credit_termination)
                 : std::string(tr("the quarter's assessment is not applied yet"))},
      {tr("station-months inspected as required"), share(inspected, station_months),
       trf("{} of {} (Art. 10)", inspected, station_months)},
      {tr("outreach activities in the quarter"), count_text(o.outreach_activities),
       trf("{} villagers attending (Art. 4.1)", o.outreach_attendees)},
  }));
  html::Chart trend{"trend", tr("Ledger records per quarter by kind, the last eight quarters"), tr("records"), {}, {}};
  for (std::size_t k = 0; k < kinds(); ++k) {
    trend.series.push_back({kind_name(k), {}});
  }
  for (const auto& q : r.trend) {
    trend.categories.push_back(q.quarter);
    for (std::size_t k = 0; k < kinds(); ++k) {
      trend.series[k].values.push_back(static_cast<double>(q.records[k]));
    }
  }
  doc.add(html::line_chart(trend));
  html::Chart towns{"townships", trf("Ledger records by township and kind, {}", o.quarter), tr("records"), {}, {}};
  for (std::size_t k = 0; k < kinds(); ++k) {
    towns.series.push_back({kind_name(k), {}});
  }
  for (const auto& t : r.volume_by_township) {
    towns.categories.push_back(t.township);
    for (std::size_t k = 0; k < kinds(); ++k) {
      towns.series[k].values.push_back(static_cast<double>(t.by_kind[k].records));
    }
  }
  doc.add(html::bar_chart(towns));
}

void stations_sheet(html::Document& doc, const QuarterReport& r)
{
  doc.sheet();
  doc.add(html::heading(2, trf("Stations by township and status at the end of {}", r.overview.quarter)));
  std::vector<html::TableColumn> columns{{tr("township")}};
  for (const auto s : k_statuses) {
    columns.push_back({status_name(s), true});
  }
  columns.push_back({tr("total"), true});
  html::Table t("", columns);
  std::array<std::int64_t, county_report::k_statuses> totals{};
  html::Chart chart{"stations", tr("Stations by township and status"), tr("stations"), {}, {}};
  for (const auto s : k_statuses) {
    chart.series.push_back({status_name(s), {}});
  }
  for (const auto& town : r.stations_by_township) {
    std::vector<std::string> cells{town.township};
    std::int64_t all = 0;
    for (std::size_t i = 0; i < town.by_status.size(); ++i) {
      cells.push_back(count_text(town.by_status[i]));
      totals[i] += town.by_status[i];
      all += town.by_status[i];
      chart.series[i].values.push_back(static_cast<double>(town.by_status[i]));
    }
    cells.push_back(count_text(all));
    t.row(cells);
    chart.categories.push_back(town.township);
  }
  std::vector<std::string> total_cells{tr("total")};
  std::int64_t all = 0;
  for (const auto n : totals) {
    total_cells.push_back(count_text(n));
    all += n;
  }
  total_cells.push_back(count_text(all));
  t.total(total_cells);
  doc.add(t.html(tr("no station was registered by the quarter's end")));
  doc.add(html::bar_chart(chart));
  // Art. 2.2: the stations of each construction batch.
  html::Table batches(tr("Stations by construction batch"), {{tr("batch")}, {tr("stations"), true}});
  for (const auto& [batch, n] : r.overview.stations_by_batch) {
    batches.row({batch.empty() ? std::string(tr("no batch")) : batch, count_text(n)});
  }
  doc.add(batches.html(tr("no station was registered by the quarter's end")));
}

// A row of records per kind followed by the total records, money and fees.
std::vector<std::string> volume_cells(const std::string& first, const KindVolumes& by_kind)
{
  std::vector<std::string> cells{first};
  for (const auto& k : by_kind) {
    cells.push_back(count_text(k.records));
  }
  const Volume v = total_of(by_kind);
  cells.push_back(count_text(v.records));
  cells.push_back(yuan_text(v.amount_fen));
  cells.push_back(yuan_text(v.fee_fen));
  return cells;
}

std::vector<html::TableColumn> volume_columns(const std::string& first)
{
  std::vector<html::TableColumn> columns{{first}};
  for (std::size_t k = 0; k < kinds(); ++k) {
    columns.push_back({kind_name(k), true});
  }
  columns.push_back({tr("records"), true});
  columns.push_back({tr("amount (yuan)"), true});
  columns.push_back({tr("fee (yuan)"), true});
  return columns;
}

void volume_sheet(html::Document& doc, const QuarterReport& r)
{
  doc.sheet();
  doc.add(html::heading(2, trf("Ledger volume by township and kind, {}", r.overview.quarter)));
  html::Table t("", volume_columns(tr("township")));
  for (const auto& town : r.volume_by_township) {
    t.row(volume_cells(town.township, town.by_kind));
  }
  t.total(volume_cells(tr("total"), r.quarter_total));
  doc.add(t.html(tr("no station was in service in the quarter")));
  doc.add(
      html::paragraph(tr("Stations in service for at least one day of the quarter or with records in it, every kind of "
                         "completed record (Art. 10). R-VOLUME counts only the kinds the rules file names."),
                      "note"));
  doc.add(html::heading(2, tr("The last eight quarters")));
  std::vector<html::TableColumn> columns{{tr("quarter")}};
  for (std::size_t k = 0; k < kinds(); ++k) {
    columns.push_back({kind_name(k), true});
  }
  columns.push_back({tr("records"), true});
  html::Table trend("", columns);
  for (const auto& q : r.trend) {
    std::vector<std::string> cells{q.quarter};
    for (const auto records : q.records) {
      cells.push_back(count_text(records));
    }
    cells.push_back(count_text(q.total()));
    trend.row(cells);
  }
  doc.add(trend.html());
}

} // namespace

std::string rectification_standing(const county_report::Rectification& x)
{
  if (x.ordered_now) {
    return tr("ordered this quarter");
  }
  if (x.lifted_now) {
    return tr("lifted this quarter");
  }
  return trf("in force, {} quarters without improvement", x.quarters_without_improvement);
}

namespace {

void rules_sheet(html::Document& doc, const QuarterReport& r)
{
  doc.sheet();
  const std::string& q = r.overview.quarter;
  doc.add(html::heading(2, trf("Findings by rule, {} and its months", q)));
  if (!r.overview.applied) {
    doc.add(
        html::paragraph(trf("The assessment of {} is not applied yet: only the findings of applied months show here "
                            "(czstation assess --period {} --apply records them).",
                            q, q),
                        "note"));
  }
  html::Table f("", {{tr("rule")},
                     {tr("article")},
                     {tr("what it asks")},
                     {tr("whose duty")},
                     {tr("findings"), true},
                     {tr("stations"), true}});
  for (const auto& x : r.findings) {
    const auto* info = rules::find_rule(x.rule);
    f.row({x.rule, x.article, info ? std::string(tr(info->summary)) : std::string(),
           info ? rules::duty_label(info->duty) : std::string(), count_text(x.findings), count_text(x.stations)});
  }
  doc.add(f.html(tr("no findings recorded")));
  doc.add(html::heading(2, tr("Rectification orders (R-VOLUME, Art. 14.2)")));
  html::Table o("", {{tr("code")},
                     {tr("station")},
                     {tr("township")},
                     {tr("ordered at")},
                     {tr("half-year volume"), true},
                     {tr("standing")}});
  for (const auto& x : r.rectifications) {
    o.row({x.station.code, x.station.name, x.station.township, x.issued_quarter, count_text(x.volume),
           rectification_standing(x)});
  }
  doc.add(o.html(tr("no rectification order was ordered, lifted or in force")));
  doc.add(html::heading(2, tr("Stations eligible for termination (Art. 14.2, 14.3)")));
  html::Table e("", {{tr("code")}, {tr("station")}, {tr("township")}, {tr("rule")}, {tr("finding")}});
  for (const auto& x : r.eligible) {
    e.row({x.station.code, x.station.name, x.station.township, x.rule, x.message});
  }
  doc.add(e.html(r.overview.applied ? tr("none") : tr("the quarter's assessment is not applied yet")));
  doc.add(html::paragraph(tr("The centre decides a termination (Art. 14.2: it may terminate); czstation close "
                             "carries it out."),
                          "note"));
}

std::string activity_table(const std::string& caption, const std::vector<county_report::StationActivity>& list)
{
  html::Table t(caption, {{tr("no."), true},
                          {tr("code")},
                          {tr("station")},
                          {tr("township")},
                          {tr("records"), true},
                          {tr("amount (yuan)"), true}});
  std::int64_t n = 0;
  for (const auto& a : list) {
    t.row({count_text(++n), a.station.code, a.station.name, a.station.township, count_text(a.records),
           yuan_text(a.amount_fen)});
  }
  return t.html(tr("none"));
}

// The quarter's purchase disputes by kind (Art. 4.3, 8), for the whole county.
std::string disputes_table(const assessment::QuarterOverview& o)
{
  std::vector<html::TableColumn> columns;
  std::vector<std::string> cells;
  std::int64_t total = 0;
  const auto kinds = ledger::dispute_kinds();
  for (std::size_t k = 0; k < kinds.size() && k < o.disputes_by_kind.size(); ++k) {
    columns.push_back({tr(kinds[k].label), true});
    cells.push_back(count_text(o.disputes_by_kind[k]));
    total += o.disputes_by_kind[k];
  }
  columns.push_back({tr("total"), true});
  cells.push_back(count_text(total));
  html::Table t(tr("Purchase disputes opened in the quarter, by kind (Art. 4.3, 8)"), columns);
  t.row(cells);
  return html::heading(2, tr("Purchase disputes (Art. 4.3, 8)")) + t.html();
}

void oversight_sheet(html::Document& doc, const QuarterReport& r)
{
  doc.sheet();
  doc.add(html::heading(2, tr("The centre's inspections and stock-takes (Art. 10, 11)")));
  html::Table m("", {{tr("month")},
                     {tr("stations in service"), true},
                     {tr("inspections"), true},
                     {trf("inspected {} times or more", r.inspections_required), true},
                     {tr("share"), true},
                     {tr("stock-takes matched"), true}});
  for (const auto& x : r.months) {
    m.row({x.month, count_text(x.in_service), count_text(x.inspections), count_text(x.inspected_enough),
           share(x.inspected_enough, x.in_service), count_text(x.stocktakes_matched)});
  }
  doc.add(m.html());
  doc.add(html::heading(2, tr("Quarterly callbacks (Art. 14.2)")));
  html::Table c(
      "",
      {{tr("stations in service"), true}, {tr("called"), true}, {tr("reached"), true}, {tr("share reached"), true}});
  c.row({count_text(r.callbacks.in_service), count_text(r.callbacks.called), count_text(r.callbacks.reached),
         share(r.callbacks.reached, r.callbacks.in_service)});
  doc.add(c.html());
  doc.add(disputes_table(r.overview));
  doc.add(html::heading(2, tr("The most and the least active stations")));
  doc.add(activity_table(tr("Most ledger records in the quarter"), r.most_active));
  doc.add(activity_table(tr("Fewest ledger records in the quarter"), r.least_active));
  if (!r.overview.audit_anchor.empty()) {
    // The paper copy anchors the audit log (czstation-audit(1)): whoever keeps it can later check
    // that the log still passes through the head the quarter's assessment saw.
    doc.add(html::paragraph(trf("Audit anchor of the quarter's assessment: {} (czstation audit verify --anchor {})",
                                r.overview.audit_anchor, r.overview.audit_anchor),
                            "note"));
  }
  doc.add(
      html::signatures({{tr("Prepared by"), ""}, {tr("Checked by"), ""}, {tr("Head of the centre"), ""}}, tr("Date")));
}

} // namespace

void write_quarter_report(Context& ctx, const Period& quarter)
{
  const QuarterReport r = county_report::quarter_report(ctx.db(), quarter, ctx.params());
  html::Document doc(ctx.out(), trf("Quarterly report {}", label(quarter)), html_lang());
  summary_sheet(doc, ctx, r);
  stations_sheet(doc, r);
  volume_sheet(doc, r);
  rules_sheet(doc, r);
  oversight_sheet(doc, r);
}

} // namespace czs::cli
