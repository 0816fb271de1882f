#include "init.hpp"

#include "audit_cmd.hpp"
#include "context.hpp"
#include "i18n/translate.hpp"
#include "storage/migrations.hpp"

#include <memory>
#include <ostream>

#include <CLI/CLI.hpp>

namespace czs::cli {

void add_init(CLI::App& app, Context& ctx, Action& chosen)
{
  CLI::App* sub =
      app.add_subcommand("init", tr("create the database (or bring an older one up to date) and print its path"));
  auto key_file = std::make_shared<std::string>();
  sub->add_option("--audit-key", *key_file,
                  tr("sign the audit log with the key in this file, made (mode 0600) when it does not exist; "
                     "every later command then needs it (set audit_key in the config file)"))
      ->type_name(tr("FILE"));
  on_run(sub, chosen, [&ctx, key_file] {
    ctx.database();
    if (!key_file->empty()) {
      sign_with_key_file(ctx, *key_file);
    }
    if (ctx.format() == Format::table) {
      if (!ctx.quiet()) {
        ctx.out() << trf("database {} is ready (schema version {})", ctx.database_path(),
                         storage::latest_schema_version())
                  << '\n';
      }
      return 0;
    }
    RecordWriter w(ctx.format(), ctx.out(), {{"path", tr("path")}, {"schema_version", tr("schema version")}});
    w.row({ctx.database_path(), std::int64_t{storage::latest_schema_version()}});
    return 0;
  });
}

} // namespace czs::cli
