#include "assess.hpp"

#include "context.hpp"
#include "exit_codes.hpp"
#include "input.hpp"
#include "parse_errors.hpp"

#include "assessment/amend.hpp"
#include "assessment/apply.hpp"
#include "assessment/assessor.hpp"
#include "assessment/run_store.hpp"
#include "audit/audited_transaction.hpp"
#include "i18n/translate.hpp"
#include "ledger/words.hpp"
#include "text/json.hpp"

#include <algorithm>
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
  bool amend = false;   // with --apply: supersede the recorded run and every later one
  std::string reason;   // the amendment's reason (audited)
  bool confirm = false; // amend even when a closure's eligibility is withdrawn
  std::string only;     // "quarterly" or "monthly": which findings to print (all are recorded)
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
  if (o.amend && (!o.apply || o.reason.empty())) {
    throw Error(
        ErrorKind::usage, tr("--amend records a superseding run: give it with --apply and --reason TEXT"),
        trf("for example: czstation assess --period {} --apply --amend --reason \"late paper records\"", o.period));
  }
  if (!o.amend && (!o.reason.empty() || o.confirm)) {
    throw Error(ErrorKind::usage, tr("--reason and --confirm belong to --amend"));
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
          f.text()};
}

std::size_t stations_with_findings(const assessment::Assessment& a)
{
  std::set<std::string> codes;
  for (const auto& f : a.findings) {
    codes.insert(f.station_code);
  }
  return codes.size();
}

void print_run(text::JsonWriter& j, const std::optional<assessment::RunInfo>& run)
{
  j.key("run");
  if (!run) {
    j.null();
    return;
  }
  j.begin_object().key("id").value(run->id).key("applied_as_of").value(run->as_of).key("applied_at");
  run->applied_at.empty() ? j.null() : j.value(run->applied_at);
  j.key("superseded_by");
  run->superseded_by == 0 ? j.null() : j.value(run->superseded_by);
  j.key("reason");
  run->reason.empty() ? j.null() : j.value(run->reason);
  j.key("audit_anchor");
  run->audit_anchor.empty() ? j.null() : j.value(run->audit_anchor);
  j.end_object();
}

void print_judged(text::JsonWriter& j, const assessment::Assessment& a)
{
  j.key("judged").begin_array();
  for (const auto& s : a.judged) {
    j.begin_object().key("station").value(s.station_code).key("operated_days").value(s.operated_days);
    j.key("rules").begin_array();
    for (const auto& r : s.rules) {
      const bool judged = r.reason == assessment::NotJudged::judged;
      j.begin_object().key("rule").value(rules::id_of(r.rule)).key("judged").value(judged).key("reason");
      judged ? j.null() : j.value(assessment::not_judged_key(r.reason));
      j.end_object();
    }
    j.end_array().end_object();
  }
  j.end_array();
}

// One shape for a fresh run and a recorded one: `run` says which recorded run it is (null for
// a fresh one), so a rerun of an applied period prints the same bytes as the apply did.
void print_json(Context& ctx, const assessment::Assessment& a, const AssessOptions& o,
                const std::optional<assessment::RunInfo>& run)
{
  text::JsonWriter j;
  j.begin_object().key("period").value(label(a.period)).key("kind").value(a.quarterly ? "quarter" : "month");
  j.key("as_of").value(to_string(ctx.today())).key("preliminary").value(o.preliminary);
  j.key("applied").value(run.has_value());
  print_run(j, run);
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
    if (j.str().size() > 64 * 1024) {
      j.flush_to(ctx.out()); // a strict county's 50,000 findings are megabytes: streamed
    }
  }
  j.end_array().key("decisions").begin_array();
  for (const auto& d : a.decisions) {
    j.begin_object().key("station").value(d.station_code).key("half_year_volume").value(d.half_year_volume);
    j.key("order_rectification").value(d.order_rectification).key("lift_rectification").value(d.lift_rectification);
    j.key("under_rectification").value(d.rectification_id != 0).key("order_in_force_since");
    d.order_issued_quarter.empty() ? j.null() : j.value(d.order_issued_quarter);
    j.key("quarters_without_improvement").value(d.quarters_without_improvement);
    j.key("eligible_volume_termination").value(d.eligible_volume_termination);
    j.key("eligible_credit_termination").value(d.eligible_credit_termination).end_object();
  }
  j.end_array();
  print_judged(j, a);
  j.end_object();
  j.flush_to(ctx.out());
  ctx.out() << '\n';
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
      auto cells = finding_cells(f, for_people(ctx.format()));
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
    ctx.err() << trf("czstation: {} was already applied (run {}, as of {}); nothing new was recorded; these are its "
                     "recorded findings and decisions",
                     label(a.period), applied.run_id, applied.applied_as_of)
              << '\n';
  } else if (applied.orders || applied.lifts || applied.eligible) {
    ctx.err() << trf("czstation: recorded {}: {} rectification order(s) issued, {} lifted, {} station(s) eligible for "
                     "termination",
                     label(a.period), applied.orders, applied.lifts, applied.eligible)
              << '\n';
  }
}

void report_recorded(Context& ctx, const assessment::RunInfo& run)
{
  if (ctx.quiet()) {
    return;
  }
  ctx.err() << trf("czstation: {} was applied as of {} (run {}): these are its recorded findings and decisions; "
                   "--preliminary runs the rules again without recording",
                   run.period, run.as_of, run.id)
            << '\n';
  if (!run.audit_anchor.empty()) {
    ctx.err() << trf("czstation: the audit log's head when it was applied: {} (czstation audit verify --anchor {} "
                     "checks that the log still holds it)",
                     run.audit_anchor, run.audit_anchor)
              << '\n';
  }
}

// One row per change an amendment makes (or a rerun would make).
struct ChangeRow
{
  std::string period;
  std::string change; // finding_added, finding_withdrawn, order_issued, order_withdrawn, ...
  std::string station;
  std::string rule;
  std::string finding_period; // the period a finding judged (a month of a quarter), empty for a decision
  Cell measured;
};

std::vector<ChangeRow> change_rows(const assessment::RunDifference& d)
{
  std::vector<ChangeRow> out;
  for (const auto& f : d.findings_added) {
    out.push_back({d.period, "finding_added", f.station_code, f.rule, f.period, f.measured});
  }
  for (const auto& f : d.findings_withdrawn) {
    out.push_back({d.period, "finding_withdrawn", f.station_code, f.rule, f.period, f.measured});
  }
  const std::string volume(rules::id_of(rules::Rule::volume));
  const std::pair<const std::vector<std::string>*, const char*> orders[] = {{&d.orders_issued, "order_issued"},
                                                                            {&d.orders_withdrawn, "order_withdrawn"},
                                                                            {&d.orders_lifted, "order_lifted"},
                                                                            {&d.lifts_withdrawn, "lift_withdrawn"}};
  for (const auto& [codes, change] : orders) {
    for (const auto& code : *codes) {
      out.push_back({d.period, change, code, volume, std::string(), Cell()});
    }
  }
  for (const auto& e : d.eligibility_gained) {
    out.push_back(
        {d.period, "eligibility_gained", e.station_code, std::string(rules::id_of(e.rule)), std::string(), Cell()});
  }
  for (const auto& e : d.eligibility_lost) {
    out.push_back(
        {d.period, "eligibility_lost", e.station_code, std::string(rules::id_of(e.rule)), std::string(), Cell()});
  }
  return out;
}

std::string change_label(const std::string& change)
{
  if (change == "finding_added") {
    return tr("finding added");
  }
  if (change == "finding_withdrawn") {
    return tr("finding withdrawn");
  }
  if (change == "order_issued") {
    return tr("rectification ordered");
  }
  if (change == "order_withdrawn") {
    return tr("rectification order withdrawn");
  }
  if (change == "order_lifted") {
    return tr("rectification lifted");
  }
  if (change == "lift_withdrawn") {
    return tr("lifting withdrawn: the order stays in force");
  }
  if (change == "eligibility_gained") {
    return tr("eligible for termination");
  }
  return tr("no longer eligible for termination");
}

// Tells the clerk what a rerun of an applied period would decide differently, and how to record
// it; and how the rules in force differ from the run's own, which a rerun does not use.
void report_rerun_difference(Context& ctx, const assessment::RunDifference& d)
{
  if (ctx.quiet()) {
    return;
  }
  if (!d.rules_changed.empty()) {
    ctx.err() << trf("czstation: the rules in force differ from those run {} was applied with; its decisions stand, "
                     "and a rerun or an amendment of {} uses the run's own rules:",
                     d.recorded_run, d.period)
              << '\n';
    for (const auto& line : d.rules_changed) {
      ctx.err() << "  " << line << '\n';
    }
  }
  if (d.empty()) {
    return;
  }
  // A run recorded before schema 15 kept no rules: the rerun used the rules in force, so a
  // changed rules file reads like changed records.
  ctx.err() << (d.rules_recorded
                    ? trf("czstation: the records of {} have changed since run {} was applied; under the run's own "
                          "rules a rerun would decide differently:",
                          d.period, d.recorded_run)
                    : trf("czstation: the records of {} have changed since run {} was applied (or the rules in force "
                          "differ from the run's); a rerun would decide differently:",
                          d.period, d.recorded_run))
            << '\n';
  for (const auto& row : change_rows(d)) {
    ctx.err() << "  " << row.station << ' ' << (row.finding_period.empty() ? row.period : row.finding_period) << ' '
              << row.rule << ": " << change_label(row.change)
              << (std::holds_alternative<std::int64_t>(row.measured)
                      ? trf(" (measured {})", std::get<std::int64_t>(row.measured))
                      : std::string())
              << '\n';
  }
  ctx.err() << trf("czstation: to record it (and re-apply every later applied period): czstation assess --period {} "
                   "--apply --amend --reason TEXT",
                   d.period)
            << '\n';
}

std::string closures_message(const std::vector<assessment::ClosureAtStake>& closures)
{
  std::string list;
  for (const auto& c : closures) {
    list += trf("\n  {}: terminated on the {} eligibility of {}", c.station_code, rules::id_of(c.rule), c.period);
  }
  return trf("the amendment withdraws the eligibility that {} termination(s) rested on:{}\nan amendment never undoes "
             "a closure: the station(s) stay closed or closing",
             closures.size(), list);
}

int print_amendment(Context& ctx, const assessment::Amendment& amendment)
{
  std::vector<ChangeRow> rows;
  for (const auto& d : amendment.differences) {
    auto some = change_rows(d);
    rows.insert(rows.end(), some.begin(), some.end());
  }
  if (ctx.format() == Format::json) {
    text::JsonWriter j;
    j.begin_object().key("amended").value(amendment.differences.front().period).key("runs").begin_array();
    for (const auto& d : amendment.differences) {
      j.begin_object().key("period").value(d.period).key("superseded_run").value(d.recorded_run);
      j.key("run").value(d.amending_run).end_object();
    }
    j.end_array().key("changes").begin_array();
    for (const auto& r : rows) {
      j.begin_object().key("period").value(r.period).key("change").value(r.change).key("station").value(r.station);
      j.key("rule").value(r.rule).key("finding_period");
      r.finding_period.empty() ? j.null() : j.value(r.finding_period);
      j.key("measured").raw(cell_json(r.measured)).end_object();
    }
    j.end_array().key("closures_at_stake").begin_array();
    for (const auto& c : amendment.closures) {
      j.begin_object().key("station").value(c.station_code).key("period").value(c.period);
      j.key("rule").value(rules::id_of(c.rule)).end_object();
    }
    j.end_array().end_object();
    ctx.out() << j.str() << '\n';
  } else {
    RecordWriter w(ctx.format(), ctx.out(),
                   {{"period", tr("period")},
                    {"change", tr("change")},
                    {"station", tr("station")},
                    {"rule", tr("rule")},
                    {"finding_period", tr("finding's period")},
                    {"measured", tr("measured"), true}});
    for (auto& r : rows) {
      w.row({r.period, for_people(ctx.format()) ? change_label(r.change) : r.change, r.station, r.rule,
             r.finding_period.empty() ? Cell() : Cell(r.finding_period), r.measured});
    }
  }
  if (!ctx.quiet()) {
    for (const auto& d : amendment.differences) {
      ctx.err() << trf("czstation: {}: run {} supersedes run {}{}", d.period, d.amending_run, d.recorded_run,
                       d.empty() ? tr(" (no decision changed)") : std::string())
                << '\n';
    }
    if (!amendment.closures.empty()) {
      ctx.err() << "czstation: " << closures_message(amendment.closures) << '\n';
    }
  }
  return k_exit_ok;
}

int amend_assessment(Context& ctx, const AssessOptions& o, const Period& period)
{
  // The reason is read by people in `assess history` and the audit log: one line of real text.
  const std::string reason = required_note(o.reason, "--reason", 500);
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "assess.amend");
  tx.note("reason", reason);
  const auto amendment = assessment::amend(tx, period, ctx.today(), ctx.params(), reason);
  const bool changes_nothing =
      std::all_of(amendment.differences.begin(), amendment.differences.end(), [](const auto& d) { return d.empty(); });
  if (changes_nothing) {
    // Superseding runs that decide exactly as recorded would only lengthen the history; a retry
    // of an amendment that already landed must not add runs either. The transaction rolls back.
    if (!ctx.quiet()) {
      ctx.err() << trf("czstation: nothing to amend: {} and the periods applied after it decide as recorded; "
                       "nothing was recorded",
                       label(period))
                << '\n';
    }
    return k_exit_ok;
  }
  if (!amendment.closures.empty() && !o.confirm) {
    throw Error(ErrorKind::bad_data, closures_message(amendment.closures),
                trf("nothing was recorded; to amend all the same (the closures stand): czstation assess --period {} "
                    "--apply --amend --reason TEXT --confirm",
                    label(period)));
  }
  tx.commit();
  return print_amendment(ctx, amendment);
}

int print_assessment(Context& ctx, assessment::Assessment& result, const AssessOptions& o,
                     const std::optional<assessment::RunInfo>& run)
{
  keep_only(result, o.only);
  if (ctx.format() == Format::json) {
    print_json(ctx, result, o, run);
  }
  print_findings(ctx, result);
  return o.fail_on_findings && !result.findings.empty() ? k_exit_findings : k_exit_ok;
}

int run_assessment(Context& ctx, const AssessOptions& o)
{
  check_only(o.only);
  const Period period = assessable_period(ctx, o);
  if (o.amend) {
    return amend_assessment(ctx, o, period);
  }
  std::optional<assessment::Applied> applied;
  std::optional<assessment::RunInfo> run;
  std::optional<assessment::RunDifference> changed;
  assessment::Assessment result;
  if (o.apply) {
    audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "assess.apply");
    if (period.kind == PeriodKind::quarter && !assessment::applied_run(ctx.db(), label(period))) {
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
    // What is printed is what was recorded, read back: the same bytes a later rerun prints.
    run = assessment::run_by_id(ctx.db(), applied->run_id);
    result = assessment::Assessment(); // freed first: a strict county's findings are tens of MiB
    result = assessment::recorded_assessment(ctx.db(), *run);
  } else {
    // Nothing is recorded: each finding's sentence is needed in the reader's language only.
    const CurrentLanguageOnly shown_only;
    SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
    run = o.preliminary ? std::nullopt : assessment::applied_run(ctx.db(), label(period));
    result = run ? assessment::recorded_assessment(ctx.db(), *run)
                 : assessment::assess(ctx.db(), period, ctx.today(), ctx.params());
    if (run) {
      report_recorded(ctx, *run);
      changed = assessment::rerun_difference(ctx.db(), *run, ctx.params());
    }
  }
  const int code = print_assessment(ctx, result, o, run);
  if (changed) {
    report_rerun_difference(ctx, *changed);
  }
  if (applied) {
    report_applied(ctx, result, *applied);
  }
  return code;
}

int show_run(Context& ctx, const AssessOptions& o, std::int64_t run_id)
{
  check_only(o.only);
  SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
  const auto run = assessment::run_by_id(ctx.db(), run_id);
  if (!run) {
    throw Error(ErrorKind::not_found, trf("there is no assessment run {}", run_id),
                tr("czstation assess history lists the recorded runs"));
  }
  if (run->superseded_by != 0 && !ctx.quiet()) {
    // A table or CSV has no field for it: a clerk must not act on decisions an amendment replaced.
    ctx.err() << trf("czstation: run {} of {} was superseded by run {}; its decisions are no longer in force", run->id,
                     run->period, run->superseded_by)
              << '\n';
  }
  auto result = assessment::recorded_assessment(ctx.db(), *run);
  return print_assessment(ctx, result, o, run);
}

int list_history(Context& ctx)
{
  SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
  RecordWriter w(ctx.format(), ctx.out(),
                 {{"run", tr("run"), true},
                  {"period", tr("period")},
                  {"kind", tr("kind"), ledger::period_kinds()},
                  {"as_of", tr("as of")},
                  {"findings", tr("findings"), true},
                  {"applied_at", tr("applied at (UTC)")},
                  {"superseded_by", tr("superseded by")},
                  {"reason", tr("reason")},
                  {"audit_anchor", tr("audit anchor")}});
  assessment::for_each_run(ctx.db(), [&](const assessment::RunInfo& r) {
    w.row({r.id, r.period, r.kind, r.as_of, r.findings, r.applied_at.empty() ? Cell() : Cell(r.applied_at),
           r.superseded_by == 0 ? Cell() : Cell(r.superseded_by), r.reason,
           r.audit_anchor.empty() ? Cell() : Cell(r.audit_anchor)});
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
  assess->add_flag("--amend", o->amend,
                   tr("with --apply: record a superseding run of an applied period over the records as they stand, "
                      "and re-apply every later applied period"));
  assess->add_option("--reason", o->reason, tr("why the period is amended (recorded in the audit log)"))
      ->type_name(tr("TEXT"));
  assess->add_flag("--confirm", o->confirm,
                   tr("amend even when it withdraws the eligibility a termination rested on (the closure stands)"));
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

  CLI::App* history = assess->add_subcommand("history", tr("list the applied assessment runs, superseded ones marked"));
  on_run(history, chosen, [&ctx] { return list_history(ctx); });

  CLI::App* show =
      assess->add_subcommand("show", tr("print a recorded run exactly as it was recorded (findings and decisions)"));
  auto run_id = std::make_shared<std::int64_t>(0);
  show->add_option("RUN", *run_id, tr("the run's number, as assess history lists it"))
      ->required()
      ->transform(record_number())
      ->type_name(tr("RUN"));
  on_run(show, chosen, [&ctx, o, run_id] { return show_run(ctx, *o, *run_id); });
}

} // namespace czs::cli
