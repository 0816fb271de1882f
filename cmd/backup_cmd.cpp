#include "backup_cmd.hpp"

#include "backup/copies.hpp"
#include "base/error.hpp"
#include "context.hpp"
#include "i18n/translate.hpp"

#include <filesystem>
#include <memory>
#include <ostream>

#include <CLI/CLI.hpp>

namespace czs::cli {

namespace {

struct BackupArgs
{
  std::string to;
  int keep = 14;
};

int run_backup(Context& ctx, const BackupArgs& a)
{
  if (a.keep < 0) {
    throw czs::Error(czs::ErrorKind::usage, trf("--keep {}: the number of copies to keep cannot be negative", a.keep),
                     tr("give --keep 0 to keep every copy, or how many of the newest to keep"));
  }
  storage::Database& db = ctx.database();
  const std::string dir =
      a.to.empty() ? (std::filesystem::absolute(db.path()).parent_path() / "backups").string() : a.to;
  const backup::BackupResult r = backup::back_up(db.sql(), db.path(), dir, a.keep);
  if (ctx.format() == Format::table) {
    if (!ctx.quiet()) {
      ctx.out() << trf("backed up {} to {} ({} bytes, {} audit entries verified)", db.path(), r.path, r.bytes,
                       r.audit_entries)
                << '\n';
      for (const auto& old : r.pruned) {
        ctx.out() << trf("removed the old copy {}", old) << '\n';
      }
    }
    return 0;
  }
  std::string pruned;
  for (const auto& old : r.pruned) {
    pruned += (pruned.empty() ? "" : " ") + old;
  }
  RecordWriter w(ctx.format(), ctx.out(),
                 {{"path", tr("copy")},
                  {"bytes", tr("bytes"), true},
                  {"audit_entries", tr("audit entries"), true},
                  {"pruned", tr("removed")}});
  w.row({r.path, r.bytes, r.audit_entries, pruned});
  return 0;
}

int run_restore(Context& ctx, const std::string& file)
{
  const backup::RestoreResult r = backup::restore(file, ctx.database_path(), ctx.group_writable(), ctx.audit_context());
  if (ctx.format() == Format::table) {
    if (!ctx.quiet()) {
      ctx.out() << trf("restored {} from {} ({} audit entries verified)", ctx.database_path(), file, r.audit_entries)
                << '\n';
      if (!r.kept.empty()) {
        ctx.out() << trf("the database it replaced was kept as {}", r.kept) << '\n';
      }
    }
    return 0;
  }
  RecordWriter w(ctx.format(), ctx.out(),
                 {{"path", tr("database")},
                  {"file", tr("copy")},
                  {"kept", tr("replaced file kept as")},
                  {"audit_entries", tr("audit entries"), true}});
  w.row({ctx.database_path(), file, r.kept, r.audit_entries});
  return 0;
}

} // namespace

void add_backup(CLI::App& app, Context& ctx, Action& chosen)
{
  auto a = std::make_shared<BackupArgs>();
  CLI::App* sub = app.add_subcommand(
      "backup", tr("copy the database while others keep working, check the copy, and remove old copies"));
  sub->add_option("--to", a->to, tr("the directory of the copies (default: backups/ beside the database)"))
      ->type_name(tr("DIR"));
  sub->add_option("--keep", a->keep, tr("keep only the newest N copies of this database there, 0 for all (default 14)"))
      ->type_name("N");
  on_run(sub, chosen, [&ctx, a] { return run_backup(ctx, *a); });
}

void add_restore(CLI::App& app, Context& ctx, Action& chosen)
{
  auto file = std::make_shared<std::string>();
  CLI::App* sub = app.add_subcommand(
      "restore", tr("replace the database with a checked copy, keeping the file it replaces; logged in the audit log"));
  sub->add_option("FILE", *file, tr("the copy to restore (made by czstation backup)"))
      ->required()
      ->type_name(tr("FILE"));
  on_run(sub, chosen, [&ctx, file] { return run_restore(ctx, *file); });
}

} // namespace czs::cli
