#include "import_cmd.hpp"

#include "context.hpp"

#include "i18n/translate.hpp"
#include "importing/importer.hpp"

#include <memory>
#include <ostream>

#include <CLI/CLI.hpp>
#include <unistd.h>

namespace czs::cli {

namespace {

// The kind of record as the confirmation names it, in the clerk's language.
const char* kind_for_people(importing::ImportKind kind)
{
  switch (kind) {
  case importing::ImportKind::purchases:
    return tr("purchases");
  case importing::ImportKind::sales:
    return tr("sales");
  case importing::ImportKind::services:
    return tr("services");
  case importing::ImportKind::parcels:
    return tr("parcels");
  }
  return "";
}

struct ImportArgs
{
  std::string file;
};

int run_import(Context& ctx, importing::ImportKind kind, const ImportArgs& a)
{
  importing::ImportOptions options;
  options.kind = kind;
  options.path = a.file;
  options.today = ctx.today();
  // Progress only on a terminal: a script's stderr stays for diagnostics.
  const bool tty = isatty(STDERR_FILENO) && !ctx.quiet();
  if (tty) {
    options.progress = [&ctx](std::int64_t rows) { ctx.err() << '\r' << trf("read {} rows", rows) << std::flush; };
  }
  auto& db = ctx.db();
  importing::ImportResult result;
  try {
    result = importing::import_csv(db, ctx.audit_context(), options);
  } catch (...) {
    if (tty) {
      ctx.err() << '\n';
    }
    throw;
  }
  if (tty) {
    ctx.err() << '\n';
  }
  const std::string table(importing::to_string(kind));
  if (result.rows == 0 && !ctx.quiet()) {
    // Said on stderr in every format: a script reading the output gets its rows: 0.
    ctx.err() << "czstation: " << trf("{} has a header but no rows: nothing was imported", a.file) << '\n';
  }
  if (ctx.format() == Format::table) {
    if (!ctx.quiet() && result.rows > 0) {
      ctx.out() << trf("imported {} {} from {} (ids {} to {}){}", result.rows, kind_for_people(kind), a.file,
                       result.first_id, result.last_id,
                       result.converted_from_gbk ? std::string(tr("; converted from GBK")) : std::string())
                << '\n';
      if (result.further_sales > 0 || result.delistings > 0) {
        ctx.out() << trf("with {} further sale(s) and {} delisting(s)", result.further_sales, result.delistings)
                  << '\n';
      }
      if (result.exchanges > 0) {
        ctx.out() << trf("with {} exchange(s)", result.exchanges) << '\n';
      }
      if (result.disputes > 0) {
        ctx.out() << trf("with {} dispute(s)", result.disputes) << '\n';
      }
    }
    if (!ctx.quiet()) {
      if (result.empty_rows > 0) {
        ctx.out() << trf("skipped {} empty line(s)", result.empty_rows) << '\n';
      }
    }
    return 0;
  }
  RecordWriter w(ctx.format(), ctx.out(),
                 {{"kind", "kind"},
                  {"rows", "rows"},
                  {"first_id", "first_id"},
                  {"last_id", "last_id"},
                  {"file_sha256", "file_sha256"},
                  {"converted_from_gbk", "converted_from_gbk"},
                  {"empty_rows", "empty_rows"},
                  {"further_sales", "further_sales"},
                  {"delistings", "delistings"},
                  {"exchanges", "exchanges"},
                  {"disputes", "disputes"}});
  w.row({table, result.rows, result.first_id, result.last_id, result.file_sha256, result.converted_from_gbk,
         result.empty_rows, result.further_sales, result.delistings, result.exchanges, result.disputes});
  return 0;
}

void add_kinds(CLI::App& import, Context& ctx, Action& chosen)
{
  auto a = std::make_shared<ImportArgs>();
  const std::pair<const char*, const char*> kinds[] = {
      {"purchases", tr("import proxy purchases (a header row naming the columns; see czstation-import(1))")},
      {"sales", tr("import proxy sales")},
      {"services", tr("import convenience services")},
      {"parcels", tr("import inbound and outbound parcels")},
  };
  for (const auto& [name, help] : kinds) {
    CLI::App* sub = import.add_subcommand(name, help);
    sub->add_option("file", a->file, tr("the CSV file (UTF-8, or GBK as Excel saves it)"))
        ->required()
        ->type_name(tr("FILE"));
    const auto kind = *importing::parse_import_kind(name);
    on_run(sub, chosen, [&ctx, a, kind] { return run_import(ctx, kind, *a); });
  }
}

} // namespace

void add_import(CLI::App& app, Context& ctx, Action& chosen)
{
  CLI::App* import = app.add_subcommand(
      "import", tr("import purchases, sales, services or parcels from a CSV file, all rows or none"));
  import->require_subcommand(1);
  // The children are built only when `import` is the command given (see order.cpp).
  import->preparse_callback([import, &ctx, &chosen](std::size_t) { add_kinds(*import, ctx, chosen);
});
} // namespace czs::cli

} // namespace czs::cli
