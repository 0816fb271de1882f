// The evaluation as an Excel workbook (report evaluation --format xlsx): one sheet per part of
// the evaluation sheet (cmd/html_evaluation.cpp), one row per station, finding, inspection,
// stock-take or ledger kind, so a clerk can sort and filter them; counts, points and money are
// numbers, dates dates, codes and periods text, words in the clerk's language.

#include "report.hpp"

#include "context.hpp"
#include "html_report.hpp"
#include "output.hpp"

#include "evaluation/station_evaluation.hpp"
#include "i18n/translate.hpp"
#include "ledger/outreach.hpp"
#include "ledger/words.hpp"
#include "rules/rule_catalogue.hpp"
#include "rules/scoring.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace czs::cli {

namespace {

using evaluation::Evaluation;
using evaluation::StationEvaluation;

constexpr ColumnKind k_number = ColumnKind::text;

Cell money(std::int64_t fen)
{
  return Decimal{fen, 2};
}

Cell yes_no(bool b)
{
  return std::string(b ? tr("yes") : tr("no"));
}

// The columns every sheet starts with: which station.
std::vector<Column> station_columns(std::vector<Column> more)
{
  std::vector<Column> columns{{"station", tr("code")}, {"name", tr("station")}};
  columns.insert(columns.end(), more.begin(), more.end());
  return columns;
}

std::vector<Cell> station_cells(const StationEvaluation& s, std::vector<Cell> more)
{
  std::vector<Cell> cells{s.code, s.name};
  cells.insert(cells.end(), more.begin(), more.end());
  return cells;
}

// One row per station: who, the days it operated, the counts, and the result.
void summary_sheet(std::ostream& out, const Evaluation& e)
{
  RecordWriter w(Format::xlsx, out,
                 {{"period", tr("period")},
                  {"station", tr("code")},
                  {"name", tr("station")},
                  {"township", tr("township")},
                  {"opened_on", tr("opened")},
                  {"operated_days", tr("days open"), k_number, true},
                  {"days_in_period", tr("days in the period"), k_number, true},
                  {"findings", tr("findings"), k_number, true},
                  {"inspections", tr("inspections"), k_number, true},
                  {"volume", tr("counted volume"), k_number, true},
                  {"score", tr("score"), k_number, true},
                  {"grade", tr("grade")},
                  {"result", tr("result")},
                  {"recorded_run", tr("recorded run"), k_number, true}},
                 tr("Evaluation summary"));
  for (const auto& s : e.stations) {
    Cell score, grade;
    if (s.score) {
      score = Decimal{s.score->points_tenths, 1};
      grade = rules::grade_name(*e.scoring, s.score->grade);
    }
    w.row({label(e.period), s.code, s.name, s.township, to_string(s.opened_on), std::int64_t{s.operated_days},
           std::int64_t{s.days_in_period}, static_cast<std::int64_t>(s.findings.size()),
           static_cast<std::int64_t>(s.facts.inspections.size()), s.facts.volume, score, grade,
           evaluation_result_text(e, s), e.recorded ? Cell{e.recorded->id} : Cell{}});
  }
}

// One row per finding, with the points it cost when the rules file scores.
void findings_sheet(std::ostream& out, const Evaluation& e)
{
  std::vector<Column> columns = station_columns({{"period", tr("period")},
                                                 {"rule", tr("rule")},
                                                 {"article", tr("article")},
                                                 {"duty", tr("whose duty"), ColumnKind::text},
                                                 {"measured", tr("measured"), k_number, true},
                                                 {"threshold", tr("threshold"), k_number, true},
                                                 {"finding", tr("finding")}});
  if (e.scoring) {
    columns.push_back({"points", tr("points deducted"), k_number, true});
  }
  RecordWriter w(Format::xlsx, out, columns, tr("Findings"));
  for (const auto& s : e.stations) {
    // The deductions follow the findings' order; a finding that cost nothing has none.
    std::size_t next = 0;
    for (const auto& f : s.findings) {
      Cell points;
      if (s.score && next < s.score->deductions.size()) {
        const auto& d = s.score->deductions[next];
        if (rules::id_of(d.rule) == f.rule && d.period == f.period) {
          points = Decimal{d.points_tenths, 1};
          ++next;
        }
      }
      w.row(station_cells(
          s, {f.period, f.rule, f.article, rules::duty_label(f.duty), f.measured, f.threshold, f.text(), points}));
    }
  }
}

void inspections_sheet(std::ostream& out, const Evaluation& e)
{
  RecordWriter w(Format::xlsx, out,
                 station_columns({{"date", tr("date")},
                                  {"inspector", tr("inspector")},
                                  {"problems", tr("problems found")},
                                  {"failed_items", tr("checklist items failed"), k_number, true}}),
                 tr("Inspection visits"));
  for (const auto& s : e.stations) {
    for (const auto& i : s.facts.inspections) {
      w.row(station_cells(s, {i.date, i.inspector, i.problems, i.failed_items}));
    }
  }
}

void stocktakes_sheet(std::ostream& out, const Evaluation& e)
{
  RecordWriter w(Format::xlsx, out,
                 station_columns({{"month", tr("month")},
                                  {"state", tr("stock-take"), ColumnKind::text},
                                  {"owed", tr("owed"), ColumnKind::text}}),
                 tr("Stock-takes"));
  for (const auto& s : e.stations) {
    for (const auto& t : s.facts.stocktakes) {
      w.row(station_cells(s, {t.month, evaluation::stocktake_label(t.state), yes_no(t.owed)}));
    }
  }
}

// The ledger by kind: records, amount and fees, and whether the kind counts as volume.
void ledger_sheet(std::ostream& out, const Evaluation& e)
{
  RecordWriter w(Format::xlsx, out,
                 station_columns({{"kind", tr("kind"), ColumnKind::text},
                                  {"records", tr("records"), k_number, true},
                                  {"amount", tr("amount (yuan)"), k_number, true},
                                  {"fee", tr("fee (yuan)"), k_number, true},
                                  {"counted", tr("counted as volume"), ColumnKind::text}}),
                 tr("Ledger by kind"));
  for (const auto& s : e.stations) {
    for (const auto& k : s.facts.ledger) {
      w.row(station_cells(s, {evaluation::ledger_kind_label(k.kind), k.records, money(k.amount_fen), money(k.fee_fen),
                              yes_no(k.counted)}));
    }
  }
}

// Posts and platform activity (Art. 9, 12).
void posts_sheet(std::ostream& out, const Evaluation& e)
{
  RecordWriter w(Format::xlsx, out,
                 station_columns({{"approved_posts", tr("approved posts"), k_number, true},
                                  {"violations", tr("violations"), k_number, true},
                                  {"untrue_posts", tr("untrue posts"), k_number, true},
                                  {"nonstandard_posts", tr("non-standard posts"), k_number, true},
                                  {"login_days", tr("days active on the platform"), k_number, true}}),
                 tr("Posts and activity"));
  for (const auto& s : e.stations) {
    const auto& f = s.facts;
    w.row(station_cells(s, {f.approved_posts, f.violations, f.untrue_posts, f.nonstandard_posts, f.login_days}));
  }
}

// Pickup notices, fees, callbacks (a quarter only) and outreach (Art. 4.1, 4.6, 5.1, 14.2).
void service_sheet(std::ostream& out, const Evaluation& e)
{
  std::vector<Column> columns = station_columns({{"late_notices", tr("late pickup notices"), k_number, true},
                                                 {"fees", tr("fees charged"), k_number, true},
                                                 {"overcharged_fees", tr("fees above the schedule"), k_number, true}});
  if (e.quarterly) {
    columns.push_back({"callbacks_reached", tr("callbacks reached"), k_number, true});
  }
  columns.push_back({"outreach_activities", tr("outreach activities"), k_number, true});
  columns.push_back({"outreach_attendees", tr("outreach attendees"), k_number, true});
  for (const auto kind : ledger::k_outreach_kinds) {
    columns.push_back(
        {"outreach_" + std::string(kind), ledger::word_for_people(ledger::outreach_kinds(), kind), k_number, true});
  }
  RecordWriter w(Format::xlsx, out, columns, tr("Pickup, fees, outreach"));
  for (const auto& s : e.stations) {
    const auto& f = s.facts;
    std::vector<Cell> cells{f.late_notices, money(f.fees_fen), f.overcharged_fees};
    if (e.quarterly) {
      cells.push_back(f.callbacks_reached ? Cell{*f.callbacks_reached} : Cell{});
    }
    cells.insert(cells.end(), {f.outreach.activities, f.outreach.attendees});
    cells.insert(cells.end(), f.outreach.by_kind.begin(), f.outreach.by_kind.end());
    w.row(station_cells(s, std::move(cells)));
  }
}

} // namespace

void write_evaluation_workbook(Context& ctx, const Evaluation& e)
{
  std::ostream& out = ctx.out();
  summary_sheet(out, e);
  findings_sheet(out, e);
  inspections_sheet(out, e);
  stocktakes_sheet(out, e);
  ledger_sheet(out, e);
  posts_sheet(out, e);
  service_sheet(out, e);
}

} // namespace czs::cli
