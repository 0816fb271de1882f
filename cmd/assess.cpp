#include "assess.hpp"

#include "context.hpp"
#include "exit_codes.hpp"
#include "input.hpp"

#include "assessment/apply.hpp"
#include "assessment/assessor.hpp"
#include "assessment/run_store.hpp"
#include "audit/audited_transaction.hpp"
#include "i18n/translate.hpp"
#include "text/json.hpp"

#include <memory>
#include <ostream>
#include <set>

#include <CLI/CLI.hpp>
#include <SQLiteCpp/Transaction.h>

namespace czs::cli {

namespace {

struct AssessOptions
{
  std::string period;
  bool apply = false;
  bool preliminary = false;
  bool fail_on_findings = false;
  std::string only; // "quarterly" or "monthly": which findings to print (all are recorded)
};

// Keeps the findings --only asks for: those judged for the quarter itself, or for its months.
// A quarterly cron job after the monthly ones then mails only what they could not report.
void check_only(const std::string& only)
{
  if (!only.empty() && only != "quarterly" && only != "monthly") {
    throw Error(ErrorKind::usage, trf("--only {}: say quarterly or monthly", only),
                tr("--only quarterly prints the quarter's own rules, --only monthly those of its months"));
  }
}

void keep_only(assessment::Assessment& a, const std::string& only)
{
  if (only.empty()) {
    return;
  }
  const std::string quarter = label(a.period);
  std::erase_if(a.findings,
                [&](const assessment::Finding& f) { return (f.period == quarter) != (only == "quarterly"); });
}

Period assessable_period(const Context& ctx, const AssessOptions& o)
{
  const Period period = required_period(o.period, "--period");
  if (period.kind != PeriodKind::month && period.kind != PeriodKind::quarter) {
    throw Error(ErrorKind::usage, trf("--period: {} is not a month or a quarter", o.period),
                tr("assess a month (2026-05) or a quarter (2026Q2); a quarter includes its three months"));
  }
  if (o.preliminary && o.apply) {
    throw Error(ErrorKind::usage, tr("--preliminary never records; leave out --apply"));
  }
  if (!(ctx.today() > period.last) && !o.preliminary) {
    throw Error(ErrorKind::bad_data,
                trf("{} has not ended (today is {}); its assessment would be incomplete", label(period),
                    to_string(ctx.today())),
                tr("wait until the period has ended, or run it with --preliminary (which records nothing)"));
  }
  return period;
}

std::vector<Column> finding_columns()
{
  return {{"station", tr("station")},           {"period", tr("period")},  {"rule", tr("rule")},
          {"article", tr("article")},           {"duty", tr("duty")},      {"measured", tr("measured"), true},
          {"threshold", tr("threshold"), true}, {"finding", tr("finding")}};
}

std::vector<Cell> finding_cells(const assessment::Finding& f, bool for_people)
{
  return {f.station_code,
          f.period,
          f.rule,
          f.article,
          for_people ? rules::duty_label(f.duty) : std::string(rules::duty_key(f.duty)),
          f.measured,
          f.threshold,
          f.message};
}

std::size_t stations_with_findings(const assessment::Assessment& a)
{
  std::set<std::string> codes;
  for (const auto& f : a.findings) {
    codes.insert(f.station_code);
  }
  return codes.size();
}

void print_json(Context& ctx, const assessment::Assessment& a, const AssessOptions& o,
                const std::optional<assessment::Applied>& applied)
{
  text::JsonWriter j;
  j.begin_object().key("period").value(label(a.period)).key("kind").value(a.quarterly ? "quarter" : "month");
  j.key("as_of").value(to_string(ctx.today())).key("preliminary").value(o.preliminary);
  j.key("applied").value(applied.has_value() && !applied->already);
  j.key("already_applied").value(applied.has_value() && applied->already);
  j.key("stations")
      .value(a.stations)
      .key("stations_with_findings")
      .value(static_cast<std::int64_t>(stations_with_findings(a)));
  j.key("findings").begin_array();
  const auto columns = finding_columns();
  for (const auto& f : a.findings) {
    const auto cells = finding_cells(f, false);
    j.begin_object();
    for (std::size_t i = 0; i < columns.size(); ++i) {
      j.key(columns[i].key).raw(cell_json(cells[i]));
    }
    j.end_object();
  }
  j.end_array().key("decisions").begin_array();
  for (const auto& d : a.decisions) {
    j.begin_object().key("station").value(d.station_code).key("half_year_volume").value(d.half_year_volume);
    j.key("order_rectification").value(d.order_rectification).key("lift_rectification").value(d.lift_rectification);
    j.key("under_rectification").value(d.rectification_id != 0);
    j.key("quarters_without_improvement").value(d.quarters_without_improvement);
    j.key("eligible_volume_termination").value(d.eligible_volume_termination);
    j.key("eligible_credit_termination").value(d.eligible_credit_termination).end_object();
  }
  j.end_array().end_object();
  ctx.out() << j.str() << '\n';
}

std::string county_summary(const assessment::Assessment& a)
{
  std::int64_t centre = 0;
  for (const auto& f : a.findings) {
    centre += f.duty == rules::Duty::centre ? 1 : 0;
  }
  int orders = 0, lifts = 0, eligible = 0;
  for (const auto& d : a.decisions) {
    orders += d.order_rectification;
    lifts += d.lift_rectification;
    eligible += d.eligible_volume_termination || d.eligible_credit_termination;
  }
  std::string line = trf("county: {} finding(s) at {} of {} station(s) ({} the centre's duty); ", a.findings.size(),
                         stations_with_findings(a), a.stations, centre);
  if (a.quarterly) {
    line += trf("rectification ordered {}, lifted {}; eligible for termination {}", orders, lifts, eligible);
  }
  return line;
}

void print_findings(Context& ctx, const assessment::Assessment& a)
{
  if (ctx.format() == Format::json) {
    return;
  }
  // A run that found nothing prints nothing in a table, so cron mails nothing when all is well.
  if (ctx.format() == Format::table && a.findings.empty()) {
    return;
  }
  {
    RecordWriter w(ctx.format(), ctx.out(), finding_columns());
    std::string last;
    for (const auto& f : a.findings) {
      auto cells = finding_cells(f, ctx.format() == Format::table);
      if (ctx.format() == Format::table && f.station_code == last) {
        cells[0] = std::string(); // grouped by station: the code once per group
      }
      last = f.station_code;
      w.row(std::move(cells));
    }
  }
  if (ctx.format() == Format::table) {
    ctx.out() << '\n' << county_summary(a) << '\n';
  }
}

void report_applied(Context& ctx, const assessment::Assessment& a, const assessment::Applied& applied)
{
  if (ctx.quiet()) {
    return;
  }
  if (applied.already) {
    ctx.err() << trf("czstation: {} was already applied (as of {}); nothing new was recorded", label(a.period),
                     applied.applied_as_of)
              << '\n';
  } else if (applied.orders || applied.lifts || applied.eligible) {
    ctx.err() << trf("czstation: recorded {}: {} rectification order(s) issued, {} lifted, {} station(s) eligible for "
                     "termination",
                     label(a.period), applied.orders, applied.lifts, applied.eligible)
              << '\n';
  }
}

int run_assessment(Context& ctx, const AssessOptions& o)
{
  check_only(o.only);
  const Period period = assessable_period(ctx, o);
  std::optional<assessment::Applied> applied;
  assessment::Assessment result;
  if (o.apply) {
    audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "assess.apply");
    if (period.kind == PeriodKind::quarter) {
      if (auto first = assessment::quarter_to_apply_first(ctx.db(), period)) {
        throw Error(
            ErrorKind::bad_data,
            trf("a rectification order in force was last judged before {}; {} must be applied first", *first, *first),
            trf("run: czstation assess --period {} --apply", *first));
      }
    }
    result = assessment::assess(ctx.db(), period, ctx.today(), ctx.params());
    applied = assessment::apply(tx, result, ctx.today());
    tx.commit();
  } else {
    SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
    result = assessment::assess(ctx.db(), period, ctx.today(), ctx.params());
  }
  keep_only(result, o.only);
  if (ctx.format() == Format::json) {
    print_json(ctx, result, o, applied);
  }
  print_findings(ctx, result);
  if (applied) {
    report_applied(ctx, result, *applied);
  }
  return o.fail_on_findings && !result.findings.empty() ? k_exit_findings : k_exit_ok;
}

int list_history(Context& ctx)
{
  SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
  RecordWriter w(ctx.format(), ctx.out(),
                 {{"run", tr("run"), true},
                  {"period", tr("period")},
                  {"kind", tr("kind")},
                  {"as_of", tr("as of")},
                  {"findings", tr("findings"), true}});
  assessment::for_each_run(ctx.db(), [&](const assessment::RunInfo& r) {
    w.row({r.id, r.period, r.kind, r.as_of, r.findings});
  });
  return 0;
}

} // namespace

void add_assess(CLI::App& app, Context& ctx, Action& chosen)
{
  CLI::App* assess =
      app.add_subcommand("assess", tr("run the rules of the measures for a month or a quarter; --apply records them"));
  auto o = std::make_shared<AssessOptions>();
  assess->add_option("--period", o->period, tr("a month (2026-05) or a quarter (2026Q2; with its three months)"))
      ->type_name(tr("PERIOD"));
  assess->add_flag("--apply", o->apply, tr("record the run and its findings, issue and lift rectification orders"));
  assess->add_flag("--preliminary", o->preliminary, tr("assess a period that has not ended yet (records nothing)"));
  assess->add_flag("--fail-on-findings", o->fail_on_findings, tr("exit 1 when anything was found"));
  assess
      ->add_option("--only", o->only,
                   tr("print only the quarter's own findings (quarterly) or its months' (monthly); all are recorded"))
      ->type_name("quarterly|monthly");
  assess->require_subcommand(0, 1);
  on_run(assess, chosen, [&ctx, o] {
    if (o->period.empty()) {
      throw Error(ErrorKind::usage, tr("--period is required"), tr("for example: czstation assess --period 2026Q2"));
    }
    return run_assessment(ctx, *o);
  });

  CLI::App* history = assess->add_subcommand("history", tr("list the applied assessment runs"));
  on_run(history, chosen, [&ctx] { return list_history(ctx); });
}

} // namespace czs::cli
