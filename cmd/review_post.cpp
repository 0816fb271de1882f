// review post add / import / approve / reject / list / quota: moderation of the content
// platform (Art. 9, 12).

#include "review.hpp"

#include "context.hpp"
#include "input.hpp"
#include "oversight_input.hpp"
#include "parse_errors.hpp"
#include "station_view.hpp"

#include "audit/audited_transaction.hpp"
#include "i18n/translate.hpp"
#include "oversight/coverage.hpp"
#include "oversight/period_counts.hpp"
#include "oversight/post.hpp"
#include "oversight/post_import.hpp"
#include "oversight/post_text.hpp"
#include "stations/station_store.hpp"
#include "text/shown_value.hpp"

#include <algorithm>
#include <fstream>
#include <memory>
#include <ostream>
#include <set>

#include <CLI/CLI.hpp>
#include <SQLiteCpp/Transaction.h>

namespace czs::cli {

namespace {

using oversight::Post;
using oversight::PostStatus;

struct PostOptions
{
  std::string code;
  std::string date;
  std::string title;
  std::string body;
  std::string ref;
  std::string file;
  std::string encoding; // empty: UTF-8, or GBK when the file reads as GBK
  std::vector<std::int64_t> ids;
  bool pending = false;
  std::string reason;
  std::string ground = "violation";
  // list and quota
  std::string station;
  std::string batch;
  std::string period;
  std::string month;
  std::string status;
  bool duplicates_only = false;
  bool flagged_only = false;
  bool due_only = false;
};

// Tables leave out the body, which is long; machine formats carry it.
std::vector<Column> post_columns(bool with_body)
{
  std::vector<Column> columns{
      {"id", tr("id"), true}, {"station", tr("station")}, {"submitted_on", tr("date")}, {"title", tr("title")}};
  if (with_body) {
    columns.push_back({"body", tr("body")});
  }
  for (Column c : std::vector<Column>{{"status", tr("status")},
                                      {"duplicate_of", tr("duplicate of"), true},
                                      {"flagged", tr("flagged words")},
                                      {"platform_ref", tr("platform id")},
                                      {"decided_on", tr("decided")},
                                      {"decided_by", tr("by")},
                                      {"reason", tr("reason")},
                                      {"ground", tr("ground")}}) {
    columns.push_back(std::move(c));
  }
  return columns;
}

std::vector<Cell> post_cells(const Post& p, bool with_body, bool for_people)
{
  std::vector<Cell> cells{p.id, p.station_code, p.submitted_on, p.title};
  if (with_body) {
    cells.emplace_back(p.body);
  }
  cells.emplace_back(for_people ? std::string(oversight::post_status_label(p.status))
                                : std::string(oversight::to_string(p.status)));
  cells.push_back(p.duplicate_of ? Cell{*p.duplicate_of} : Cell{});
  cells.push_back(text_cell(p.flagged));
  cells.push_back(text_cell(p.platform_ref));
  cells.push_back(date_cell(p.decided_on));
  cells.push_back(text_cell(p.decided_by));
  cells.push_back(text_cell(p.reason));
  if (!p.ground) {
    cells.emplace_back();
  } else {
    cells.emplace_back(for_people ? std::string(oversight::rejection_ground_label(*p.ground))
                                  : std::string(oversight::to_string(*p.ground)));
  }
  return cells;
}

void print_posts(Context& ctx, const std::vector<Post>& posts)
{
  if (ctx.format() == Format::table) {
    return;
  }
  RecordWriter w(ctx.format(), ctx.out(), post_columns(true));
  for (const auto& p : posts) {
    w.row(post_cells(p, true, false));
  }
}

int add_post(Context& ctx, const PostOptions& o)
{
  Post p;
  p.submitted_on = to_string(ctx.event_date_or_today(o.date, "--date"));
  p.title = required_text(o.title, "--title", oversight::k_max_title_chars);
  p.body = must(oversight::clean_body(o.body, "--body"));
  p.platform_ref = optional_text(o.ref, "--ref", 64);
  const std::string code = station_code(o.code);

  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "oversight.post");
  const stations::Station s = stations::require_station(ctx.db(), code);
  if (!p.platform_ref.empty()) {
    if (auto stored = oversight::find_post_by_ref(ctx.db(), p.platform_ref)) {
      throw Error(ErrorKind::bad_data,
                  trf("the platform id {} is already recorded, as post {}", p.platform_ref, stored->id),
                  tr("a platform id names one post; leave --ref out for a post the platform has not numbered"));
    }
  }
  oversight::PostSubmitter submitter(tx, ctx.params());
  submitter.submit(s, p);
  tx.commit();
  print_posts(ctx, {p});
  std::string message = trf("recorded post {} of {} on {}", p.id, s.code, p.submitted_on);
  if (p.duplicate_of) {
    message +=
        "; " + trf("it duplicates post {} of the same month and does not count towards the quota", *p.duplicate_of);
  }
  if (!p.flagged.empty()) {
    message += "; " + trf("flagged for review: it contains {}", p.flagged);
  }
  ctx.confirm(message);
  return 0;
}

int import_posts(Context& ctx, const PostOptions& o)
{
  std::ifstream in = open_input_file(o.file);
  const bool gbk = file_is_gbk(in, o.encoding);
  oversight::PostImportOptions options;
  options.source = o.file;
  options.today = ctx.today();
  options.gbk = gbk;
  options.actor = ctx.audit_context().actor;
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "oversight.post_import");
  const oversight::PostImportSummary summary = oversight::import_posts(tx, in, options, ctx.params());
  if (in.bad()) {
    throw Error(ErrorKind::io, trf("reading {} failed", o.file),
                tr("nothing was imported; check the disk and try again"));
  }
  tx.commit();
  if (ctx.format() != Format::table) {
    RecordWriter w(ctx.format(), ctx.out(),
                   {{"rows", "rows"},
                    {"imported", "imported"},
                    {"already", "already"},
                    {"duplicates", "duplicates"},
                    {"flagged", "flagged"},
                    {"empty_rows", "empty_rows"},
                    {"decided", "decided"}});
    w.row({summary.rows, summary.imported, summary.already, summary.duplicates, summary.flagged, summary.empty_rows,
           summary.decided});
  }
  ctx.confirm(trf("imported {} posts from {} ({} already there); {} duplicates, {} flagged for review",
                  summary.imported, o.file, summary.already, summary.duplicates, summary.flagged));
  if (summary.decided > 0) {
    ctx.confirm(trf("recorded the decision on {} post(s) as the file gives it (approved or rejected, the day, who)",
                    summary.decided));
  }
  if (summary.empty_rows > 0) {
    ctx.confirm(trf("skipped {} empty line(s)", summary.empty_rows));
  }
  return 0;
}

// The posts an approval names: the ids given, or with --pending every undecided post of the
// month (of one station) except those flagged for review, which need a look each.
std::vector<Post> posts_to_approve(Context& ctx, const PostOptions& o)
{
  if (o.pending == !o.ids.empty()) {
    throw Error(ErrorKind::usage,
                tr("name the posts to approve by id, or give --pending (with --month) for all undecided ones"));
  }
  if (!o.pending && (!o.month.empty() || !o.station.empty())) {
    throw Error(ErrorKind::usage, tr("--month and --station choose the posts of --pending; with ids, leave them out"));
  }
  std::vector<Post> posts;
  if (!o.pending) {
    std::set<std::int64_t> seen;
    for (const auto id : o.ids) {
      if (seen.insert(id).second) {
        posts.push_back(oversight::require_post(ctx.db(), id));
      }
    }
    return posts;
  }
  const Period month = month_option(o.month, "--month", ctx.today(), ErrorKind::usage);
  oversight::PostFilter filter;
  filter.station_id = station_filter(ctx, o.station);
  filter.from = to_string(month.first);
  filter.to = to_string(month.last);
  filter.status = PostStatus::submitted;
  oversight::for_each_post(ctx.db(), filter, [&](const Post& p) {
    if (p.flagged.empty()) {
      posts.push_back(p);
    }
  });
  return posts;
}

int approve_posts(Context& ctx, const PostOptions& o)
{
  const std::string date = to_string(ctx.event_date_or_today(o.date, "--date"));
  const std::string by = ctx.audit_context().actor;
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "oversight.post_approve");
  std::vector<Post> posts = posts_to_approve(ctx, o);
  for (auto& p : posts) {
    oversight::approve_post(tx, p, date, by);
  }
  if (posts.size() > 1) {
    tx.set_station(
        std::all_of(posts.begin(), posts.end(), [&](const Post& p) { return p.station_code == posts[0].station_code; })
            ? posts[0].station_code
            : std::string());
  }
  tx.commit();
  print_posts(ctx, posts);
  if (posts.size() == 1) {
    ctx.confirm(trf("approved post {} of {}", posts[0].id, posts[0].station_code));
  } else {
    ctx.confirm(trf("approved {} posts", posts.size()));
  }
  return 0;
}

int reject_post(Context& ctx, const PostOptions& o)
{
  const std::string date = to_string(ctx.event_date_or_today(o.date, "--date"));
  const std::string reason = optional_note(o.reason, "--reason", 500);
  const auto ground = oversight::parse_rejection_ground(o.ground);
  if (!ground) {
    throw Error(ErrorKind::usage, trf("--ground: unknown ground '{}'", text::shown_value(o.ground)),
                trf("use one of: {}", oversight::rejection_ground_list()));
  }
  audit::AuditedTransaction tx(ctx.db(), ctx.audit_context(), "oversight.post_reject");
  Post p = oversight::require_post(ctx.db(), o.ids.at(0));
  oversight::reject_post(tx, p, date, ctx.audit_context().actor, reason, *ground);
  tx.commit();
  print_posts(ctx, {p});
  if (*ground == oversight::RejectionGround::violation) {
    ctx.confirm(trf("rejected post {} of {} as a violation: {}", p.id, p.station_code, reason));
  } else {
    ctx.confirm(trf("rejected post {} of {} as {} (Art. 9; not counted as a violation): {}", p.id, p.station_code,
                    oversight::rejection_ground_label(*ground), reason));
  }
  return 0;
}

int list_posts(Context& ctx, const PostOptions& o)
{
  SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
  oversight::PostFilter filter;
  filter.station_id = station_filter(ctx, o.station);
  if (auto period = period_option(o.period, "--period")) {
    filter.from = to_string(period->first);
    filter.to = to_string(period->last);
  }
  if (!o.status.empty()) {
    filter.status = oversight::parse_post_status(o.status);
    if (!filter.status) {
      throw Error(ErrorKind::usage, trf("--status: unknown status '{}'", text::shown_value(o.status)),
                  tr("use submitted (已提交), approved (已通过) or rejected (未通过)"));
    }
  }
  filter.duplicates_only = o.duplicates_only;
  filter.flagged_only = o.flagged_only;
  filter.batch = batch_filter(ctx, o.batch);
  const bool table = ctx.format() == Format::table;
  RecordWriter w(ctx.format(), ctx.out(), post_columns(!table));
  oversight::for_each_post(ctx.db(), filter,
                           [&](const Post& p) { w.row(post_cells(p, !table, for_people(ctx.format()))); });
  return 0;
}

int show_quota(Context& ctx, const PostOptions& o)
{
  const Period month = month_option(o.month, "--month", ctx.today(), ErrorKind::usage);
  const rules::Parameters& params = ctx.params();
  const auto window_start = oversight::violation_window_start(month.last, params.violations_window_months);
  SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
  RecordWriter w(ctx.format(), ctx.out(),
                 {{"station", tr("station")},
                  {"name", tr("name")},
                  {"month", tr("month")},
                  {"posts", tr("posts"), true},
                  {"counted", tr("qualifying"), true},
                  {"quota", tr("quota"), true},
                  {"short", tr("short"), true},
                  {"pending", tr("pending"), true},
                  {"duplicates", tr("duplicates"), true},
                  {"rejected", tr("rejected"), true},
                  {"violations", tr("violations"), true},
                  {"violations_limit", tr("limit"), true},
                  {"accountable", tr("accountable")}});
  oversight::post_tally(ctx.db(), month, window_start, [&](const oversight::PostTally& t) {
    const std::int64_t shortfall = std::max<std::int64_t>(0, params.posts_per_month - t.counted);
    if (o.due_only && shortfall == 0) {
      return;
    }
    w.row({t.station.code, t.station.name, label(month), t.submitted, t.counted, std::int64_t{params.posts_per_month},
           shortfall, t.pending, t.duplicates, t.rejected, t.violations, std::int64_t{params.violations_limit},
           t.violations >= params.violations_limit});
  });
  return 0;
}

} // namespace

void add_review_post(CLI::App& review, Context& ctx, Action& chosen)
{
  CLI::App* post = review.add_subcommand(
      "post", tr("posts on the content platform: record, import, approve or reject as violations (Art. 12)"));
  post->require_subcommand(1);
  auto o = std::make_shared<PostOptions>();

  CLI::App* add = post->add_subcommand("add", tr("record a post as the station submitted it"));
  add->add_option("code", o->code, tr("the station's code"))->required()->type_name(tr("CODE"));
  add->add_option("--date", o->date, tr("the date it was submitted (default: today)"))->type_name(tr("DATE"));
  add->add_option("--title", o->title, tr("its title"))->required()->type_name(tr("TEXT"));
  add->add_option("--body", o->body, tr("its text; line breaks are kept"))->required()->type_name(tr("TEXT"));
  add->add_option("--ref", o->ref, tr("the platform's id of the post, if it has one"))->type_name(tr("REF"));
  on_run(add, chosen, [&ctx, o] { return add_post(ctx, *o); });

  CLI::App* import = post->add_subcommand(
      "import", tr("import posts from the platform's CSV export (post_id, station, date, title, body; optionally the "
                   "decision as review post list writes it: status, decided_on, decided_by, reason, ground)"));
  import->add_option("file", o->file, tr("the CSV file"))->required()->type_name(tr("FILE"));
  import->add_option("--encoding", o->encoding, tr("the file's encoding: utf-8 or gbk (default: read from the file)"))
      ->type_name(tr("ENCODING"));
  on_run(import, chosen, [&ctx, o] { return import_posts(ctx, *o); });

  CLI::App* approve = post->add_subcommand(
      "approve", tr("approve posts by id, or every undecided unflagged post of a month with --pending"));
  approve->add_option("id", o->ids, tr("the posts' ids (see review post list)"))
      ->transform(record_number())
      ->type_name(tr("ID"));
  approve->add_option("--date", o->date, tr("the date of the decision (default: today)"))->type_name(tr("DATE"));
  approve->add_flag("--pending", o->pending, tr("approve every undecided post of the month not flagged for review"));
  approve->add_option("--month", o->month, tr("with --pending: the month (default: this month)"))
      ->type_name(tr("MONTH"));
  approve->add_option("--station", o->station, tr("with --pending: only this station"))->type_name(tr("CODE"));
  on_run(approve, chosen, [&ctx, o] { return approve_posts(ctx, *o); });

  CLI::App* reject =
      post->add_subcommand("reject", tr("reject a post as a violation of law or trade rules, or as untrue or in "
                                        "non-standard wording (Art. 9), with the reason"));
  reject->add_option("id", o->ids, tr("the post's id"))
      ->required()
      ->transform(record_number())
      ->expected(1)
      ->type_name(tr("ID"));
  reject->add_option("--date", o->date, tr("the date of the decision (default: today)"))->type_name(tr("DATE"));
  reject->add_option("--reason", o->reason, tr("which law or rule it breaks (required)"))->type_name(tr("TEXT"));
  reject
      ->add_option("--ground", o->ground,
                   tr("violation (default; counts for R-POST-VIOLATIONS), untrue or nonstandard (Art. 9)"))
      ->type_name("violation|untrue|nonstandard");
  on_run(reject, chosen, [&ctx, o] { return reject_post(ctx, *o); });

  CLI::App* list = post->add_subcommand("list", tr("list posts by date"));
  list->add_option("--station", o->station, tr("only this station"))->type_name(tr("CODE"));
  list->add_option("--period", o->period, tr("only posts submitted in this period (2026-03, 2026Q1, 2026, A..B)"))
      ->type_name(tr("PERIOD"));
  list->add_option("--status", o->status, tr("only this status: submitted, approved or rejected"))
      ->type_name(tr("STATUS"));
  list->add_flag("--duplicates", o->duplicates_only, tr("only posts marked duplicates"));
  list->add_flag("--flagged", o->flagged_only, tr("only posts flagged for a banned word"));
  add_batch_filter(list, o->batch);
  on_run(list, chosen, [&ctx, o] { return list_posts(ctx, *o); });

  CLI::App* quota = post->add_subcommand("quota", tr("per station in service: counted posts of a month against "
                                                     "R-POST-QUOTA, violations against R-POST-VIOLATIONS"));
  quota->add_option("--month", o->month, tr("the month (default: this month)"))->type_name(tr("MONTH"));
  quota->add_flag("--due", o->due_only, tr("only stations short of the quota"));
  on_run(quota, chosen, [&ctx, o] { return show_quota(ctx, *o); });
}

} // namespace czs::cli
