#include "audit_cmd.hpp"

#include "context.hpp"
#include "exit_codes.hpp"
#include "input.hpp"
#include "parse_errors.hpp"
#include "privacy.hpp"

#include "audit/anchor.hpp"
#include "audit/audit_query.hpp"
#include "audit/private_fields.hpp"
#include "audit/sign.hpp"
#include "audit/verify.hpp"
#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "period/period.hpp"
#include "text/json.hpp"
#include "text/validate.hpp"

#include <functional>
#include <optional>
#include <ostream>
#include <tuple>

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <SQLiteCpp/Transaction.h>

namespace czs::cli {

namespace {

struct ListOptions
{
  std::string station;
  std::string by;
  std::string period;
  int limit = 0;
  int last = 0;
};

// The change records of an entry written in chunks, as the one JSON array an inline entry holds,
// passed to `sink` a chunk at a time, each masked unless --reveal (Art. 13).
void write_chunked_changes(Context& ctx, std::int64_t entry, const JsonText::Sink& sink)
{
  bool first = true;
  sink("[");
  audit::for_each_chunk(ctx.db(), entry, [&](std::string_view chunk) {
    const std::string masked = ctx.options.reveal ? std::string() : audit::mask_private_fields(chunk);
    std::string_view records = ctx.options.reveal ? chunk : std::string_view(masked);
    if (records.size() > 2) { // a chunk is an array: its records without the brackets
      sink(first ? "" : ",");
      sink(records.substr(1, records.size() - 2));
      first = false;
    }
  });
  sink("]");
}

int list_entries(Context& ctx, const ListOptions& o)
{
  audit::AuditFilter filter;
  if (!o.station.empty()) {
    auto code = text::clean_code(o.station, "--station");
    if (!code) {
      throw Error(ErrorKind::usage, code.error());
    }
    filter.station_code = *code;
  }
  filter.actor = o.by;
  if (auto period = period_option(o.period, "--period")) {
    // Entries carry UTC times; the period is the county's days (SPEC.md section 4).
    std::tie(filter.from_at, filter.before_at) =
        audit::utc_bounds(to_days(period->first), to_days(period->last), ctx.params().time_zone);
  }
  if (o.limit > 0 && o.last > 0) {
    throw Error(ErrorKind::usage, tr("--limit and --last cannot be used together"),
                tr("use --limit N for the oldest N entries or --last N for the newest N"));
  }
  filter.limit = o.last > 0 ? o.last : o.limit;
  filter.newest_first = o.last > 0;
  // A table does not show the changes: they are neither read nor masked.
  const bool table = ctx.format() == Format::table;
  filter.with_changes = !table;
  log_reveal(ctx,
             trf("audit log entries with private data (station {}, actor {}, period {})",
                 filter.station_code.empty() ? "*" : filter.station_code, filter.actor.empty() ? "*" : filter.actor,
                 o.period.empty() ? "*" : o.period),
             filter.station_code);
  RecordWriter w(ctx.format(), ctx.out(),
                 {{"id", tr("entry"), true},
                  {"at", tr("at (UTC)")},
                  {"actor", tr("actor")},
                  {"action", tr("action")},
                  {"station", tr("station")},
                  {"command", tr("command")},
                  {"changes", tr("changes")},
                  {"hash", tr("hash")}});
  audit::for_each_entry(ctx.db(), filter, [&](const audit::AuditRow& r) {
    // Row images hold villagers' names and phones: masked unless --reveal (Art. 13).
    const std::string command = ctx.options.reveal ? r.command : audit::mask_private_arguments(r.command);
    // A table shows the start of the hash; machine formats carry it whole, and the changes as
    // the JSON array they are.
    Cell changes;
    if (r.chunked) {
      // Hundreds of megabytes for a big import: streamed chunk by chunk, never held whole.
      changes = JsonText{
          JsonText::Pieces([&ctx, &r](const JsonText::Sink& sink) { write_chunked_changes(ctx, r.id, sink); })};
    } else if (!table) {
      changes = JsonText{ctx.options.reveal ? r.changes : audit::mask_private_fields(r.changes)};
    }
    w.row({r.id, r.at, r.actor, r.action, r.station_code, command, std::move(changes),
           table ? r.hash.substr(0, 12) : r.hash});
  });
  return 0;
}

struct VerifyOptions
{
  std::vector<std::string> anchors;
  std::string anchors_file;
  std::string key_file;
};

// The county's audit key for checking signatures: --key, else the config's audit_key, else none.
std::optional<audit::AuditKey> verifying_key(const Context& ctx, const std::string& given)
{
  const std::string path = given.empty() ? ctx.audit_key_path() : given;
  if (path.empty()) {
    return std::nullopt;
  }
  return audit::load_key(path);
}

// Every anchor given, each checked before anything is read: a malformed one refuses the whole
// verification (nothing is changed in any case; verify only reads).
std::vector<audit::Anchor> given_anchors(const VerifyOptions& o)
{
  std::vector<audit::Anchor> anchors;
  for (const auto& text : o.anchors) {
    auto anchor = audit::parse_anchor(text);
    if (!anchor) {
      throw Error(ErrorKind::bad_data, trf("--anchor: {}", anchor.error()),
                  tr("copy the anchor from `czstation audit anchor` output, for example 42:3fa4c2e19b0d7a61"));
    }
    anchors.push_back(std::move(anchor).value());
  }
  if (!o.anchors_file.empty()) {
    for (auto& anchor : audit::read_anchors(o.anchors_file)) {
      anchors.push_back(std::move(anchor));
    }
  }
  return anchors;
}

// Which protection the verification could rely on, in words.
std::string protection_words(const audit::VerifyReport& report)
{
  std::string words;
  if (report.signatures_checked) {
    words = trf("hash chain signed with the county's key (key id {}), every signature checked", report.signed_with);
  } else if (!report.signed_with.empty()) {
    words = trf("hash chain signed with key id {}, but no key was given here, so the signatures were not checked "
                "(give --key or set audit_key in the config)",
                report.signed_with);
  } else if (report.anchors == 0) {
    return tr("hash chain only: no anchor was given, so a chain rewritten with recomputed hashes or cut at its end "
              "cannot be told from an honest one");
  } else {
    words = tr("hash chain");
  }
  if (report.anchors > 0) {
    words += "; " + trf("checked against {} anchor(s) kept outside the database", report.anchors);
  }
  return words;
}

int verify_log(Context& ctx, const VerifyOptions& o)
{
  const std::vector<audit::Anchor> anchors = given_anchors(o);
  const std::optional<audit::AuditKey> key = verifying_key(ctx, o.key_file);
  SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
  // Progress on a terminal only (SPEC.md section 4): a province's log takes a while to read.
  std::function<void(const audit::VerifyProgress&)> progress;
  const bool tty = isatty(STDERR_FILENO) && !ctx.quiet();
  if (tty) {
    progress = [&ctx](const audit::VerifyProgress& p) {
      ctx.err() << '\r'
                << (p.table.empty() ? trf("read {} audit entries", p.entries)
                                    : trf("read {} audit entries; compared {} rows ({})", p.entries, p.rows, p.table))
                << "\x1b[K" << std::flush;
    };
  }
  const audit::VerifyReport report = audit::verify(ctx.db(), progress, anchors, key ? &*key : nullptr);
  if (tty) {
    ctx.err() << "\r\x1b[K" << std::flush;
  }
  const bool intact = report.ok && report.findings.empty();
  if (ctx.format() != Format::table) {
    std::string findings = "[";
    for (const auto& f : report.findings) {
      findings += (findings.size() > 1 ? "," : "") + text::json_quote(f);
    }
    findings += "]";
    RecordWriter w(ctx.format(), ctx.out(),
                   {{"ok", "ok"},
                    {"entries", "entries"},
                    {"rows", "rows"},
                    {"bad_entry", "bad_entry"},
                    {"problem", "problem"},
                    {"findings", "findings"},
                    {"anchors", "anchors"},
                    {"protection", "protection"}});
    w.row({intact, report.entries, report.rows, report.bad_entry ? Cell{report.bad_entry} : Cell{}, report.problem,
           JsonText{findings}, report.anchors, protection_words(report)});
  } else if (intact && !ctx.quiet()) {
    ctx.out() << trf("audit log intact: {} entries chained, {} rows match their last recorded change", report.entries,
                     report.rows)
              << '\n'
              << trf("protection: {}", protection_words(report)) << '\n';
  }
  if (!intact) {
    ctx.output_is_the_result(); // the record above says what failed: scripts read it
    // Each problem its own diagnostic: a weakened protection is reported even when the chain
    // itself still checks out.
    std::vector<Diagnostic> diagnostics;
    if (!report.ok) {
      diagnostics.push_back({{},
                             {},
                             report.problem,
                             tr("the database was changed outside czstation; restore it from a backup and compare")});
    }
    for (const auto& f : report.findings) {
      diagnostics.push_back({{},
                             {},
                             f,
                             tr("the audit log's protection was weakened outside czstation; restore the database "
                                "from a backup taken before, and compare")});
    }
    throw Error(ErrorKind::bad_data, std::move(diagnostics));
  }
  return 0;
}

int sign_audit_log(Context& ctx, const std::string& key_file)
{
  const SignedLog done = sign_with_key_file(ctx, key_file);
  if (ctx.format() != Format::table) {
    RecordWriter w(ctx.format(), ctx.out(), {{"key_id", "key_id"}, {"key_file", "key_file"}, {"entries", "entries"}});
    w.row({done.key_id, done.key_file, done.entries});
  }
  return 0;
}

int print_anchor(Context& ctx)
{
  SQLite::Transaction read(ctx.db(), SQLite::TransactionBehavior::DEFERRED);
  const audit::Head head = audit::chain_head(ctx.db());
  if (head.anchor.entry == 0) {
    // An empty log has nothing to anchor; printing nothing keeps `anchor >> FILE` an anchors file.
    if (!ctx.quiet()) {
      ctx.err() << tr("czstation: the audit log has no entry yet: there is nothing to anchor") << '\n';
    }
    return 0;
  }
  if (ctx.format() != Format::table) {
    RecordWriter w(ctx.format(), ctx.out(), {{"anchor", "anchor"}, {"entry", "entry"}, {"at", "at"}, {"hash", "hash"}});
    w.row({audit::anchor_text(head.anchor), head.anchor.entry, head.at, head.anchor.hash});
  } else {
    // One line: the anchor first, so that a file of these lines is an --anchors file.
    ctx.out() << audit::anchor_text(head.anchor) << ' ' << (head.at.empty() ? "-" : head.at) << '\n';
  }
  return 0;
}

} // namespace

SignedLog sign_with_key_file(Context& ctx, const std::string& key_file)
{
  const bool existed = ::access(key_file.c_str(), F_OK) == 0;
  // The database first: a mistyped --db must not leave a key file behind.
  SQLite::Database& db = ctx.db();
  const audit::AuditKey key = existed ? audit::load_key(key_file) : audit::create_key(key_file);
  std::int64_t entries = 0;
  try {
    entries = audit::sign_verified_log(db, ctx.audit_context(), key);
  } catch (...) {
    if (!existed) {
      ::unlink(key_file.c_str()); // a key that signed nothing is no use to anyone
    }
    throw;
  }
  if (!ctx.quiet()) {
    if (!existed) {
      ctx.err() << trf("czstation: made a new audit key in {} (mode 0600): keep it outside the database, back it "
                       "up apart from the database, and let only those who write read it",
                       key.path)
                << '\n';
    }
    if (ctx.audit_key_path() != key.path) {
      ctx.err() << trf("czstation: set audit_key = \"{}\" in the config file: from now on every command that "
                       "writes needs the key",
                       key.path)
                << '\n';
    }
  }
  ctx.confirm(trf("signed {} audit entries with key id {} ({}); every later entry is signed as it is written", entries,
                  key.id, key.path));
  return {key.id, key.path, entries};
}

void add_audit(CLI::App& app, Context& ctx, Action& chosen)
{
  CLI::App* audit = app.add_subcommand("audit", tr("list the audit log of every change, or verify its hash chain"));
  audit->require_subcommand(0, 1);
  auto options = std::make_shared<ListOptions>();
  auto add_filters = [options](CLI::App* sub) {
    sub->add_option("--station", options->station, tr("only entries about this station"))->type_name(tr("CODE"));
    sub->add_option("--by", options->by, tr("only entries made by this actor"))->type_name(tr("NAME"));
    sub->add_option("--period", options->period,
                    tr("only entries in this period of the county's calendar (2026-03, 2026Q1, 2026, A..B)"))
        ->type_name(tr("PERIOD"));
    sub->add_option("--limit", options->limit, tr("at most this many entries, the oldest first"))
        ->type_name("N")
        ->transform(whole_number(1'000'000'000));
    sub->add_option("--last", options->last, tr("only the newest N entries, the newest first"))
        ->type_name("N")
        ->transform(whole_number(1'000'000'000));
  };
  add_filters(audit);
  on_run(audit, chosen, [&ctx, options] { return list_entries(ctx, *options); });

  CLI::App* list = audit->add_subcommand("list", tr("list audit entries, oldest first (newest first with --last)"));
  add_filters(list);
  on_run(list, chosen, [&ctx, options] { return list_entries(ctx, *options); });

  CLI::App* verify =
      audit->add_subcommand("verify", tr("check the hash chain and that every row matches its last recorded change"));
  auto verify_options = std::make_shared<VerifyOptions>();
  verify
      ->add_option("--anchor", verify_options->anchors,
                   tr("an anchor printed earlier by `audit anchor` (ENTRY:HASH): the chain must pass through it "
                      "(may be repeated)"))
      ->type_name(tr("ENTRY:HASH"));
  verify
      ->add_option("--anchors", verify_options->anchors_file,
                   tr("a file of anchors, one ENTRY:HASH at the start of each line (# starts a comment)"))
      ->type_name(tr("FILE"));
  verify
      ->add_option("--key", verify_options->key_file,
                   tr("the county's audit key file, to check every entry's signature (default: audit_key in the "
                      "config file)"))
      ->type_name(tr("FILE"));
  on_run(verify, chosen, [&ctx, verify_options] { return verify_log(ctx, *verify_options); });

  CLI::App* sign = audit->add_subcommand(
      "sign", tr("sign every audit entry with a key kept outside the database (made when the file does not exist)"));
  auto key_file = std::make_shared<std::string>();
  sign->add_option("--key", *key_file, tr("the audit key file, such as /etc/czstation/audit.key"))
      ->type_name(tr("FILE"))
      ->required();
  on_run(sign, chosen, [&ctx, key_file] { return sign_audit_log(ctx, *key_file); });

  CLI::App* anchor = audit->add_subcommand(
      "anchor", tr("print the head of the chain (ENTRY:HASH and its time) to keep outside the database"));
  on_run(anchor, chosen, [&ctx] { return print_anchor(ctx); });
}

} // namespace czs::cli
