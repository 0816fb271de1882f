// review login import / add / list: the days each station was active on the content platform
// (Art. 12: station staff log in daily), for R-DAILY-LOGIN and the monthly evaluation.

#include "review.hpp"

#include "context.hpp"
#include "input.hpp"
#include "oversight_input.hpp"

#include "assessment/login_activity.hpp"
#include "audit/audited_transaction.hpp"
#include "i18n/translate.hpp"
#include "oversight/platform_login.hpp"
#include "stations/station_store.hpp"
#include "text/input_fields.hpp"

#include <fmt/format.h>

#include <fstream>
#include <memory>

#include <CLI/CLI.hpp>
#include <SQLiteCpp/Transaction.h>

namespace czs::cli {

namespace {

using oversight::LoginDay;

struct LoginOptions
{
  std::string file;
  std::string encoding; // empty: UTF-8, or GBK when the file reads as GBK
  std::string code;
  std::string date;
  std::string time;
  std::string note;
  std::string station;
  std::string month;
  bool days = false;
  bool short_only = false;
};

std::vector<Column> day_columns()
{
  return {{"station", tr("station")},         {"date", tr("date")},
          {"source", tr("source")},           {"first_login", tr("first login")},
          {"recorded_by", tr("recorded by")}, {"note", tr("note")}};
}

std::vector<Cell> day_cells(const LoginDay& d, bool people)
{
  return {d.station_code,
          d.day,
          people ? std::string(oversight::login_source_label(d.source)) : std::string(oversight::to_string(d.source)),
          text_cell(d.first_login),
          d.recorded_by,
          text_cell(d.note)};
}

// HH:MM or HH:MM:SS as HH:MM:SS, read by the one input layer with the day it belongs to.
std::string login_time(const std::string& text, Date day)
{
  if (text.empty()) {
    return {};
  }
  const auto when = text::input_date_time(to_string(day) + " " + text);
  if (!when) {
    throw Error(ErrorKind::bad_data, trf("--time: '{}' is not a time of day", text),
                tr("write the time of the first login as 09:05 or 09:05:30"));
  }
  return fmt::format("{:02}:{:02}:{:02}", when->hour, when->minute, when->second);
}

int import_logins(Context& ctx, const LoginOptions& o)
{
  std::ifstream in = open_input_file(o.file);
  const bool gbk = file_is_gbk(in, o.encoding);
  oversight::LoginImportOptions options;
  options.source = o.file;
  options.today = ctx.today();
  options.gbk = gbk;
  options.recorded_by = ctx.audit_context().actor;
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "oversight.login_import");
  const oversight::LoginImportSummary summary = oversight::import_logins(tx, in, options);
  if (in.bad()) {
    throw Error(ErrorKind::io, trf("reading {} failed", o.file),
                tr("nothing was imported; check the disk and try again"));
  }
  tx.commit();
  if (ctx.format() != Format::table) {
    RecordWriter w(ctx.format(), ctx.out(),
                   {{"rows", "rows"},
                    {"days", "days"},
                    {"already", "already"},
                    {"stations", "stations"},
                    {"empty_rows", "empty_rows"}});
    w.row({summary.rows, summary.days, summary.already, summary.stations, summary.empty_rows});
  }
  if (summary.days == 0 && summary.already > 0) {
    ctx.confirm(
        trf("nothing new in {}: its {} day(s) of platform activity were already recorded", o.file, summary.already));
  } else {
    ctx.confirm(trf("recorded {} day(s) of platform activity of {} station(s) from {} logins in {} ({} already there)",
                    summary.days, summary.stations, summary.rows, o.file, summary.already));
  }
  if (summary.empty_rows > 0) {
    ctx.confirm(trf("skipped {} empty line(s)", summary.empty_rows));
  }
  return 0;
}

int add_login(Context& ctx, const LoginOptions& o)
{
  const Date day = ctx.event_date_or_today(o.date, "--date");
  LoginDay d;
  d.day = to_string(day);
  d.source = oversight::LoginSource::hand;
  d.first_login = login_time(o.time, day);
  d.note = optional_note(o.note, "--note", 200);
  d.recorded_by = ctx.audit_context().actor;
  const std::string code = station_code(o.code);

  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "oversight.login_add");
  const stations::Station s = stations::require_station(ctx.db(), code);
  const bool recorded = oversight::record_login_day(tx, s, d);
  if (recorded) {
    tx.commit();
  } else if (auto stored = oversight::find_login_day(ctx.db(), s.id, d.day)) {
    d = std::move(*stored); // scripts read the day as it stands
  }
  if (ctx.format() != Format::table) {
    RecordWriter w(ctx.format(), ctx.out(), day_columns());
    w.row(day_cells(d, false));
  }
  ctx.confirm(recorded ? trf("recorded {} active on the content platform on {}", s.code, d.day)
                       : trf("{} was already recorded active on {} ({}); nothing changed", s.code, d.day,
                             oversight::login_source_label(d.source)));
  return 0;
}

void list_days(Context& ctx, const LoginOptions& o, const Period& month)
{
  oversight::LoginFilter filter;
  filter.station_id = station_filter(ctx, o.station);
  filter.from = to_string(month.first);
  filter.to = to_string(month.last);
  RecordWriter w(ctx.format(), ctx.out(), day_columns());
  const bool people = for_people(ctx.format());
  oversight::for_each_login_day(ctx.db(), filter, [&](const LoginDay& d) { w.row(day_cells(d, people)); });
}

int list_logins(Context& ctx, const LoginOptions& o)
{
  const Period month = month_option(o.month, "--month", ctx.today(), ErrorKind::usage);
  SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
  if (o.days) {
    if (o.short_only) {
      throw Error(ErrorKind::usage, tr("--short lists stations, --days the days: give one of them"));
    }
    list_days(ctx, o, month);
    return 0;
  }
  const bool enforced = ctx.params().min_login_days > 0;
  RecordWriter w(ctx.format(), ctx.out(),
                 {{"station", tr("station")},
                  {"name", tr("name")},
                  {"township", tr("township")},
                  {"month", tr("month")},
                  {"operated_days", tr("days open"), true},
                  {"active_days", tr("days active"), true},
                  {"due", tr("days due"), true},
                  {"short", tr("short"), true}});
  for (const auto& a : assessment::login_activity(ctx.db(), month, ctx.params(), station_filter(ctx, o.station))) {
    const int shortfall = std::max(0, a.due - a.active_days);
    if (o.short_only && shortfall == 0) {
      continue;
    }
    w.row({a.code, a.name, a.township, label(month), std::int64_t{a.operated_days}, std::int64_t{a.active_days},
           enforced ? Cell{std::int64_t{a.due}} : Cell{}, enforced ? Cell{std::int64_t{shortfall}} : Cell{}});
  }
  return 0;
}

} // namespace

void add_review_login(CLI::App& review, Context& ctx, Action& chosen)
{
  CLI::App* login = review.add_subcommand(
      "login", tr("days each station was active on the content platform: import the login log, add a day, list "
                  "(Art. 12)"));
  login->require_subcommand(1);
  auto o = std::make_shared<LoginOptions>();

  CLI::App* import =
      login->add_subcommand("import", tr("import the platform's login log (CSV: station, time; optionally first_login, "
                                         "source, recorded_by, note); each station's day counts once"));
  import->add_option("file", o->file, tr("the CSV file"))->required()->type_name(tr("FILE"));
  import->add_option("--encoding", o->encoding, tr("the file's encoding: utf-8 or gbk (default: read from the file)"))
      ->type_name(tr("ENCODING"));
  on_run(import, chosen, [&ctx, o] { return import_logins(ctx, *o); });

  CLI::App* add = login->add_subcommand("add", tr("record by hand a day a station was active on the platform"));
  add->add_option("code", o->code, tr("the station's code"))->required()->type_name(tr("CODE"));
  add->add_option("--date", o->date, tr("the day it was active (default: today)"))->type_name(tr("DATE"));
  add->add_option("--time", o->time, tr("the time of its first login that day, if known"))->type_name(tr("TIME"));
  add->add_option("--note", o->note, tr("where the day is known from (a screenshot, a call)"))->type_name(tr("TEXT"));
  on_run(add, chosen, [&ctx, o] { return add_login(ctx, *o); });

  CLI::App* list = login->add_subcommand(
      "list", tr("per station in service: days active on the platform in a month, against R-DAILY-LOGIN"));
  list->add_option("--station", o->station, tr("only this station"))->type_name(tr("CODE"));
  list->add_option("--month", o->month, tr("the month (default: this month)"))->type_name(tr("MONTH"));
  list->add_flag("--days", o->days, tr("list each day recorded instead, with its source and first login"));
  list->add_flag("--short", o->short_only, tr("only stations short of the minimum"));
  on_run(list, chosen, [&ctx, o] { return list_logins(ctx, *o); });
}

} // namespace czs::cli
