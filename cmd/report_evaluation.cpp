// report evaluation: each station's evaluation for a month or a quarter (Art. 7.2, 10). The value
// is lib/evaluation's; this file only prints it as a table, JSON, CSV or TSV (HTML and XLSX have
// files of their own).

#include "report.hpp"

#include "context.hpp"
#include "html_report.hpp"
#include "input.hpp"
#include "station_view.hpp"

#include "base/error.hpp"
#include "evaluation/evaluate.hpp"
#include "i18n/translate.hpp"
#include "ledger/ledger.hpp"
#include "ledger/words.hpp"
#include "money/money.hpp"
#include "rules/rule_catalogue.hpp"
#include "stations/station_store.hpp"
#include "text/json.hpp"

#include <memory>
#include <ostream>
#include <set>

#include <CLI/CLI.hpp>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

namespace czs::cli {

namespace {

using evaluation::Evaluation;
using evaluation::StationEvaluation;

struct EvaluationArgs
{
  std::string period;
  std::string station;
  std::string batch; // only the stations of this construction batch (Art. 2.2)
};

Cell points_cell(std::int64_t tenths)
{
  return Decimal{tenths, 1};
}

Period evaluation_period(const Context& ctx, const std::string& text)
{
  const Period period = required_period(text, "--period");
  if (period.kind != PeriodKind::month && period.kind != PeriodKind::quarter) {
    throw Error(ErrorKind::usage, trf("--period: {} is not a month or a quarter", text),
                tr("evaluate a month (2026-05) or a quarter (2026Q2, which adds the quarterly rules)"));
  }
  if (!(ctx.today() > period.last)) {
    throw Error(ErrorKind::bad_data,
                trf("{} has not ended (today is {}); its evaluation would be incomplete", label(period),
                    to_string(ctx.today())),
                tr("evaluate a period that has ended, or give --as-of a day after it"));
  }
  return period;
}

// ---- JSON: one document; each station written as soon as it is made.

void json_finding(text::JsonWriter& j, const assessment::Finding& f)
{
  j.begin_object().key("rule").value(f.rule).key("article").value(f.article);
  j.key("duty").value(rules::duty_key(f.duty)).key("period").value(f.period);
  j.key("measured").value(f.measured).key("threshold").value(f.threshold).key("finding").value(f.text());
  j.end_object();
}

void json_result(text::JsonWriter& j, const StationEvaluation& s)
{
  const auto& sc = s.score;
  auto points = [&](const char* key, std::int64_t tenths) {
    j.key(key);
    sc ? j.raw(cell_json(points_cell(tenths))) : j.null();
  };
  j.key("result").begin_object().key("findings").value(static_cast<std::int64_t>(s.findings.size()));
  points("score", sc ? sc->points_tenths : 0);
  points("full_marks", sc ? sc->full_marks_tenths : 0);
  points("deducted", sc ? sc->deducted_tenths : 0);
  points("volume_points", sc ? sc->volume_points_tenths : 0);
  j.key("grade");
  sc ? j.value(rules::grade_key(sc->grade)) : j.null();
  j.key("deductions").begin_array();
  for (const auto& d : sc ? sc->deductions : std::vector<evaluation::Deduction>{}) {
    j.begin_object().key("rule").value(rules::id_of(d.rule)).key("period").value(d.period);
    j.key("points").raw(cell_json(points_cell(d.points_tenths))).end_object();
  }
  j.end_array().end_object();
}

void json_facts(text::JsonWriter& j, const evaluation::StationFacts& f)
{
  j.key("inspections").begin_array();
  for (const auto& i : f.inspections) {
    j.begin_object().key("id").value(i.id).key("date").value(i.date).key("inspector").value(i.inspector);
    j.key("problems").value(i.problems).key("failed_items").value(i.failed_items).end_object();
  }
  j.end_array().key("stocktakes").begin_array();
  for (const auto& t : f.stocktakes) {
    j.begin_object().key("month").value(t.month).key("state").value(evaluation::stocktake_key(t.state));
    j.key("owed").value(t.owed).end_object();
  }
  j.end_array().key("approved_posts").value(f.approved_posts).key("violations").value(f.violations);
  j.key("untrue_posts").value(f.untrue_posts).key("nonstandard_posts").value(f.nonstandard_posts);
  j.key("login_days").value(f.login_days);
  j.key("ledger").begin_array();
  for (const auto& k : f.ledger) {
    j.begin_object().key("kind").value(k.kind).key("records").value(k.records);
    j.key("amount").raw(cell_json(Decimal{k.amount_fen, 2})).key("fee").raw(cell_json(Decimal{k.fee_fen, 2}));
    j.key("counted").value(k.counted).end_object();
  }
  j.end_array().key("volume").value(f.volume).key("late_notices").value(f.late_notices);
  j.key("fees").raw(cell_json(Decimal{f.fees_fen, 2})).key("overcharged_fees").value(f.overcharged_fees);
  j.key("callbacks_reached");
  f.callbacks_reached ? j.value(*f.callbacks_reached) : j.null();
  j.key("outreach").begin_object().key("activities").value(f.outreach.activities);
  j.key("attendees").value(f.outreach.attendees).key("by_kind").begin_object();
  for (std::size_t k = 0; k < ledger::k_outreach_kinds.size(); ++k) {
    j.key(ledger::k_outreach_kinds[k]).value(f.outreach.by_kind[k]);
  }
  j.end_object().end_object();
}

std::string json_station(const StationEvaluation& s)
{
  text::JsonWriter j;
  j.begin_object().key("station").value(s.code).key("name").value(s.name).key("township").value(s.township);
  j.key("opened_on").value(to_string(s.opened_on)).key("exit_decided_on");
  s.exit_decided_on ? j.value(to_string(*s.exit_decided_on)) : j.null();
  j.key("operated_days").value(s.operated_days).key("days_in_period").value(s.days_in_period);
  json_facts(j, s.facts);
  j.key("findings").begin_array();
  for (const auto& f : s.findings) {
    json_finding(j, f);
  }
  j.end_array();
  json_result(j, s);
  j.end_object();
  return j.str();
}

void print_json(Context& ctx, const Evaluation& e)
{
  text::JsonWriter head;
  head.begin_object().key("period").value(label(e.period)).key("kind").value(e.quarterly ? "quarter" : "month");
  head.key("as_of").value(to_string(e.as_of)).key("scored").value(e.scoring.has_value()).key("recorded_run");
  if (e.recorded) {
    head.begin_object().key("id").value(e.recorded->id).key("period").value(e.recorded->period);
    head.key("applied_as_of").value(e.recorded->as_of).key("audit_anchor");
    e.recorded->audit_anchor.empty() ? head.null() : head.value(e.recorded->audit_anchor);
    head.end_object();
  } else {
    head.null();
  }
  head.key("stations").raw("[]").end_object();
  // The stations are streamed into the array the header left empty.
  const std::string& text = head.str();
  ctx.out() << text.substr(0, text.size() - 2);
  bool first = true;
  for (const auto& s : e.stations) {
    ctx.out() << (first ? "" : ",") << json_station(s);
    first = false;
  }
  ctx.out() << "]}\n";
}

// ---- CSV and TSV: one record per station, lists joined with ';'.

// The keys, for scripts, and their headers, for people (an Excel sheet, a table).
std::vector<Column> delimited_columns()
{
  std::vector<Column> c{{"period", tr("period")},
                        {"station", tr("station")},
                        {"name", tr("name")},
                        {"township", tr("township")},
                        {"operated_days", tr("days open")},
                        {"days_in_period", tr("days in the period")},
                        {"inspections", tr("inspections")},
                        {"inspection_dates", tr("inspection dates")},
                        {"inspectors", tr("inspectors")},
                        {"inspection_problems", tr("problems found")},
                        {"stocktakes", tr("stock-takes")},
                        {"approved_posts", tr("approved posts")},
                        {"violations", tr("violations")},
                        {"untrue_posts", tr("untrue posts")},
                        {"nonstandard_posts", tr("non-standard posts")},
                        {"login_days", tr("days active on the platform")}};
  for (const auto& kind : ledger::ledger_kinds()) {
    c.push_back({std::string(kind.name) + "_records",
                 trf("{} records", evaluation::ledger_kind_label(std::string(kind.name)))});
  }
  c.insert(c.end(), {{"volume", tr("counted volume")},
                     {"late_notices", tr("late pickup notices")},
                     {"fees", tr("fees charged")},
                     {"overcharged_fees", tr("fees above the schedule")},
                     {"callbacks_reached", tr("callbacks reached")},
                     {"findings", tr("findings")},
                     {"finding_rules", tr("rules found")},
                     {"score", tr("score")},
                     {"grade", tr("grade")},
                     {"recorded_run", tr("recorded run")},
                     {"outreach_activities", tr("outreach activities")},
                     {"outreach_attendees", tr("outreach attendees")},
                     {"outreach_kinds", tr("outreach by kind")}});
  return c;
}

std::string joined(const std::vector<std::string>& items)
{
  std::string out;
  for (const auto& item : items) {
    out += (out.empty() ? "" : ";") + item;
  }
  return out;
}

// One station's record; `people` reads words in the clerk's language, scripts (CSV, TSV) the
// stable keys.
std::vector<Cell> delimited_cells(const Evaluation& e, const StationEvaluation& s, bool people)
{
  const auto& f = s.facts;
  std::vector<std::string> dates, inspectors, problems, stocktakes, rules_found;
  for (const auto& i : f.inspections) {
    // One entry per inspection in each list, an empty one for none found: the n-th problems
    // belong to the n-th date.
    dates.push_back(i.date);
    inspectors.push_back(i.inspector);
    problems.push_back(i.problems);
  }
  for (const auto& t : f.stocktakes) {
    stocktakes.push_back(
        t.month + "="
        + (people ? evaluation::stocktake_label(t.state) : std::string(evaluation::stocktake_key(t.state))));
  }
  for (const auto& x : s.findings) {
    rules_found.push_back(x.period + " " + x.rule);
  }
  Cell grade;
  if (s.score) {
    grade = people ? rules::grade_name(*e.scoring, s.score->grade) : std::string(rules::grade_key(s.score->grade));
  }
  std::vector<Cell> cells{label(e.period),
                          s.code,
                          s.name,
                          s.township,
                          std::int64_t{s.operated_days},
                          std::int64_t{s.days_in_period},
                          static_cast<std::int64_t>(f.inspections.size()),
                          joined(dates),
                          joined(inspectors),
                          f.inspections.empty() ? std::string() : joined(problems),
                          joined(stocktakes),
                          f.approved_posts,
                          f.violations,
                          f.untrue_posts,
                          f.nonstandard_posts,
                          f.login_days};
  for (const auto& k : f.ledger) {
    cells.emplace_back(k.records);
  }
  cells.insert(cells.end(),
               {f.volume, f.late_notices, Decimal{f.fees_fen, 2}, f.overcharged_fees,
                f.callbacks_reached ? Cell{*f.callbacks_reached} : Cell{}, static_cast<std::int64_t>(s.findings.size()),
                joined(rules_found), s.score ? points_cell(s.score->points_tenths) : Cell{}, grade,
                e.recorded ? Cell{e.recorded->id} : Cell{}});
  std::vector<std::string> kinds;
  for (std::size_t k = 0; k < ledger::k_outreach_kinds.size(); ++k) {
    const std::string kind(ledger::k_outreach_kinds[k]);
    kinds.push_back(fmt::format("{}={}", people ? ledger::word_for_people(ledger::outreach_kinds(), kind) : kind,
                                f.outreach.by_kind[k]));
  }
  cells.insert(cells.end(), {f.outreach.activities, f.outreach.attendees, joined(kinds)});
  return cells;
}

// ---- Table: one block per station for people (facts, findings, result).

using Lines = std::vector<std::pair<std::string, std::string>>;

void add(Lines& lines, const std::string& key, const std::vector<std::string>& values)
{
  for (std::size_t i = 0; i < values.size(); ++i) {
    lines.emplace_back(i == 0 ? key : std::string(), values[i]);
  }
}

std::vector<std::string> inspection_lines(const evaluation::StationFacts& f)
{
  std::vector<std::string> out;
  for (const auto& i : f.inspections) {
    std::string line =
        trf("{} {}: {}", i.date, i.inspector, i.problems.empty() ? std::string(tr("no problem found")) : i.problems);
    if (i.failed_items > 0) {
      line += trf(" ({} checklist item(s) failed)", i.failed_items);
    }
    out.push_back(std::move(line));
  }
  if (out.empty()) {
    out.push_back(tr("none"));
  }
  return out;
}

std::vector<std::string> ledger_lines(const evaluation::StationFacts& f)
{
  std::vector<std::string> out;
  for (const auto& k : f.ledger) {
    if (k.records > 0) {
      out.push_back(trf("{}: {} record(s), amount {}, fees {}{}", evaluation::ledger_kind_label(k.kind), k.records,
                        yuan_text(k.amount_fen), yuan_text(k.fee_fen),
                        k.counted ? std::string() : std::string(tr(" (not counted as volume)"))));
    }
  }
  if (out.empty()) {
    out.push_back(tr("none"));
  }
  return out;
}

Lines station_lines(const Evaluation& e, const StationEvaluation& s)
{
  const auto& f = s.facts;
  Lines lines;
  lines.emplace_back(tr("days open"), trf("{} of {}", s.operated_days, s.days_in_period));
  add(lines, tr("inspections (Art. 10)"), inspection_lines(f));
  std::vector<std::string> stocktakes;
  for (const auto& t : f.stocktakes) {
    stocktakes.push_back(t.month + " " + evaluation::stocktake_label(t.state)
                         + (t.owed ? std::string() : std::string(tr(" (not owed)"))));
  }
  add(lines, tr("stock-take (Art. 11)"), stocktakes);
  lines.emplace_back(tr("posts (Art. 12)"),
                     trf("{} approved, not duplicates; {} rejected as violations", f.approved_posts, f.violations));
  lines.emplace_back(tr("posts rejected (Art. 9)"), art9_rejections_text(f));
  lines.emplace_back(tr("platform activity (Art. 12)"), login_days_text(f.login_days, s.operated_days));
  add(lines, tr("ledger (Art. 10)"), ledger_lines(f));
  lines.emplace_back(tr("counted volume"), std::to_string(f.volume));
  lines.emplace_back(tr("late pickup notices"), std::to_string(f.late_notices));
  lines.emplace_back(tr("fees charged"),
                     trf("{}; {} record(s) above the schedule", yuan_text(f.fees_fen), f.overcharged_fees));
  if (f.callbacks_reached) {
    lines.emplace_back(tr("callbacks reached (Art. 14.2)"), std::to_string(*f.callbacks_reached));
  }
  lines.emplace_back(tr("outreach (Art. 4.1)"), outreach_text(f.outreach));
  std::vector<std::string> findings;
  for (const auto& x : s.findings) {
    findings.push_back(
        trf("{} {} (Art. {}, {}): {}", x.period, x.rule, x.article, rules::duty_label(x.duty), x.text()));
  }
  add(lines, tr("findings (rule, article)"), findings.empty() ? std::vector<std::string>{tr("none")} : findings);
  lines.emplace_back(tr("result"), evaluation_result_text(e, s));
  return lines;
}

void print_table(Context& ctx, const Evaluation& e)
{
  if (e.stations.empty()) {
    // A blank screen reads like a failure; a script reads the JSON or CSV, which stay empty.
    ctx.out() << trf("no station operated in {}: there is nothing to evaluate", label(e.period)) << '\n';
    return;
  }
  bool first = true;
  for (const auto& s : e.stations) {
    ctx.out() << (first ? "" : "\n");
    print_line(ctx.out(), s.code + "  " + s.name + "  " + s.township + "  " + label(e.period));
    print_fields(ctx.out(), station_lines(e, s));
    first = false;
  }
}

// `out_of_batch`: --station named a station that operated but --batch left it out.
void report_notes(Context& ctx, const Evaluation& e, const EvaluationArgs& a, bool out_of_batch)
{
  if (ctx.quiet()) {
    return;
  }
  if (e.recorded) {
    ctx.err() << trf("czstation: {} is judged by the applied assessment run {} ({}, as of {}): the findings are the "
                     "recorded ones; the facts are the records as they stand",
                     label(e.period), e.recorded->id, e.recorded->period, e.recorded->as_of)
              << '\n';
  }
  if (!a.station.empty() && e.stations.empty() && !out_of_batch) {
    ctx.err() << trf("czstation: {} did not operate in {}: it has no evaluation for it",
                     station_code(a.station, "--station"), label(e.period))
              << '\n';
  }
  if (out_of_batch) {
    ctx.err() << trf("czstation: {} is not in the construction batch {}: it has no evaluation here",
                     station_code(a.station, "--station"), a.batch)
              << '\n';
  }
}

int evaluation_report(Context& ctx, const EvaluationArgs& a)
{
  const Period period = evaluation_period(ctx, a.period);
  auto& db = ctx.db();
  std::optional<std::int64_t> only;
  if (!a.station.empty()) {
    only = stations::require_station(db, station_code(a.station, "--station")).id;
  }
  SQLite::Transaction read(db, SQLite::TransactionBehavior::DEFERRED);
  Evaluation e = evaluation::evaluate(db, period, ctx.today(), ctx.params(), only);
  bool out_of_batch = false;
  if (const std::string batch = batch_filter(ctx, a.batch); !batch.empty()) {
    stations::StationFilter filter;
    filter.batch = batch;
    std::set<std::int64_t> in_batch;
    stations::for_each_station(db, filter, [&](const stations::Station& s) { in_batch.insert(s.id); });
    const std::size_t before = e.stations.size();
    std::erase_if(e.stations, [&](const StationEvaluation& s) { return !in_batch.contains(s.station_id); });
    out_of_batch = only && before > 0 && e.stations.empty();
  }
  if (ctx.format() == Format::html) {
    write_evaluation_document(ctx, e);
  } else if (ctx.format() == Format::xlsx) {
    write_evaluation_workbook(ctx, e);
  } else if (ctx.format() == Format::json) {
    print_json(ctx, e);
  } else if (ctx.format() == Format::table) {
    if (!out_of_batch) { // stderr says why there is nothing
      print_table(ctx, e);
    }
  } else {
    RecordWriter w(ctx.format(), ctx.out(), delimited_columns());
    for (const auto& s : e.stations) {
      w.row(delimited_cells(e, s, for_people(ctx.format())));
    }
  }
  report_notes(ctx, e, a, out_of_batch);
  return 0;
}

} // namespace

std::string evaluation_result_text(const Evaluation& e, const StationEvaluation& s)
{
  if (!s.score) {
    return s.findings.empty() ? std::string(tr("no finding")) : trf("{} finding(s)", s.findings.size());
  }
  const auto& sc = *s.score;
  std::string text = trf("{} of {} points: {}", rules::points_text(sc.points_tenths),
                         rules::points_text(sc.full_marks_tenths), rules::grade_name(*e.scoring, sc.grade));
  const std::string volume = e.scoring->volume_points_tenths > 0
                                 ? trf("; volume {} of {}", rules::points_text(sc.volume_points_tenths),
                                       rules::points_text(e.scoring->volume_points_tenths))
                                 : std::string();
  return text
         + trf(" ({} deducted for {} finding(s){})", rules::points_text(sc.deducted_tenths), s.findings.size(), volume);
}

std::string art9_rejections_text(const evaluation::StationFacts& f)
{
  return trf("{} as untrue, {} for non-standard wording (not violations)", f.untrue_posts, f.nonstandard_posts);
}

std::string login_days_text(std::int64_t login_days, int operated_days)
{
  return trf("active on {} of {} day(s) open", login_days, operated_days);
}

void add_report_evaluation(CLI::App& report, Context& ctx, Action& chosen)
{
  auto a = std::make_shared<EvaluationArgs>();
  CLI::App* sub = report.add_subcommand(
      "evaluation", tr("each station's evaluation for a month or a quarter: its facts, findings and result "
                       "(Art. 7.2, 10)"));
  sub->add_option("--period", a->period, tr("a month (2026-05) or a quarter (2026Q2, with the quarterly rules)"))
      ->required()
      ->type_name(tr("PERIOD"));
  sub->add_option("--station", a->station, tr("only this station"))->type_name(tr("CODE"));
  add_batch_filter(sub, a->batch);
  on_run(sub, chosen, [&ctx, a] { return evaluation_report(ctx, *a); });
}

std::string outreach_text(const ledger::OutreachCount& c)
{
  if (c.activities == 0) {
    return tr("none");
  }
  std::string kinds;
  for (std::size_t k = 0; k < ledger::k_outreach_kinds.size(); ++k) {
    if (c.by_kind[k] > 0) {
      kinds +=
          fmt::format("{}{} {}", kinds.empty() ? "" : ", ",
                      ledger::word_for_people(ledger::outreach_kinds(), ledger::k_outreach_kinds[k]), c.by_kind[k]);
    }
  }
  return trf("activities: {}; villagers attending: {} ({})", c.activities, c.attendees, kinds);
}

} // namespace czs::cli
