// The evaluation sheet (考核表, Art. 7.2, 10): one printed page per station with the month's or
// quarter's facts, the findings with their articles, the result, and the lines the station head
// and the centre sign.

#include "html_report.hpp"

#include "html/document.hpp"
#include "html/table.hpp"
#include "i18n/translate.hpp"
#include "rules/rule_catalogue.hpp"

#include <fmt/format.h>

namespace czs::cli {

namespace {

using evaluation::Evaluation;
using evaluation::StationEvaluation;

std::string inspections(const evaluation::StationFacts& f)
{
  html::Table t(tr("Inspections by the centre (Art. 10)"),
                {{tr("date")}, {tr("inspector")}, {tr("problems found")}, {tr("items failed"), true}});
  for (const auto& i : f.inspections) {
    t.row({i.date, i.inspector, i.problems.empty() ? std::string(tr("no problem found")) : i.problems,
           count_text(i.failed_items)});
  }
  return t.html(tr("no inspection in the period"));
}

std::string stocktakes(const evaluation::StationFacts& f)
{
  html::Table t(tr("Stock-take (Art. 11)"), {{tr("month")}, {tr("result")}, {tr("owed")}});
  for (const auto& s : f.stocktakes) {
    t.row({s.month, evaluation::stocktake_label(s.state), s.owed ? tr("yes") : tr("no")});
  }
  return t.html();
}

std::string ledger(const evaluation::StationFacts& f)
{
  html::Table t(tr("Ledger (Art. 10)"), {{tr("kind")},
                                         {tr("records"), true},
                                         {tr("amount (yuan)"), true},
                                         {tr("fees (yuan)"), true},
                                         {tr("counted as volume")}});
  std::int64_t records = 0;
  std::int64_t amount = 0;
  std::int64_t fees = 0;
  for (const auto& k : f.ledger) {
    t.row({evaluation::ledger_kind_label(k.kind), count_text(k.records), yuan_text(k.amount_fen), yuan_text(k.fee_fen),
           k.counted ? tr("yes") : tr("no")});
    records += k.records;
    amount += k.amount_fen;
    fees += k.fee_fen;
  }
  t.total({tr("total"), count_text(records), yuan_text(amount), yuan_text(fees), ""});
  return t.html();
}

std::string findings(const StationEvaluation& s)
{
  html::Table t(tr("Findings (rule, article)"),
                {{tr("period")}, {tr("rule")}, {tr("article")}, {tr("whose duty")}, {tr("finding")}});
  for (const auto& x : s.findings) {
    t.row({x.period, x.rule, x.article, rules::duty_label(x.duty), x.text()});
  }
  return t.html(tr("no finding"));
}

void station_sheet(html::Document& doc, const Evaluation& e, const StationEvaluation& s)
{
  const auto& f = s.facts;
  doc.sheet();
  doc.add(html::heading(1, trf("Station evaluation, {}", label(e.period))));
  doc.add(html::paragraph(tr("Village e-commerce service station · Art. 7.2 and 10 of the measures"), "lead"));
  std::vector<std::pair<std::string, std::string>> head{
      {tr("station"), s.name},
      {tr("code"), s.code},
      {tr("township"), s.township},
      {tr("days open"), trf("{} of {}", s.operated_days, s.days_in_period)},
  };
  if (e.recorded) {
    head.emplace_back(tr("findings recorded by"),
                      trf("assessment run {} ({}, as of {})", e.recorded->id, e.recorded->period, e.recorded->as_of));
    if (!e.recorded->audit_anchor.empty()) {
      head.emplace_back(tr("audit anchor"), e.recorded->audit_anchor);
    }
  }
  doc.add(html::fields(head));
  doc.add(inspections(f));
  doc.add(stocktakes(f));
  doc.add(ledger(f));
  std::vector<std::pair<std::string, std::string>> more{
      {tr("posts (Art. 12)"),
       trf("{} approved, not duplicates; {} rejected as violations", f.approved_posts, f.violations)},
      {tr("posts rejected (Art. 9)"), art9_rejections_text(f)},
      {tr("platform activity (Art. 12)"), login_days_text(f.login_days, s.operated_days)},
      {tr("counted volume"), count_text(f.volume)},
      {tr("late pickup notices"), count_text(f.late_notices)},
      {tr("fees charged"), trf("{}; {} record(s) above the schedule", yuan_text(f.fees_fen), f.overcharged_fees)},
  };
  if (f.callbacks_reached) {
    more.emplace_back(tr("callbacks reached (Art. 14.2)"), count_text(*f.callbacks_reached));
  }
  more.emplace_back(tr("outreach (Art. 4.1)"), outreach_text(f.outreach));
  doc.add(html::fields(more));
  doc.add(findings(s));
  doc.add(html::heading(2, tr("Result")));
  doc.add(html::paragraph(evaluation_result_text(e, s), "lead"));
  doc.add(html::signatures({{tr("Station head (signature)"), ""},
                            {tr("Evaluated by (signature)"), ""},
                            {tr("County e-commerce public service centre (seal)"), ""}},
                           tr("Date")));
}

} // namespace

void write_evaluation_document(Context& ctx, const Evaluation& e)
{
  html::Document doc(ctx.out(), trf("Station evaluation, {}", label(e.period)), html_lang());
  if (e.stations.empty()) {
    doc.sheet();
    doc.add(html::heading(1, trf("Station evaluation, {}", label(e.period))));
    doc.add(html::paragraph(tr("no station operated in the period")));
  }
  for (const auto& s : e.stations) {
    station_sheet(doc, e, s);
  }
  doc.finish();
}

} // namespace czs::cli
