// czstation: the county e-commerce public service centre's tool for its village e-commerce
// service stations. This file only wires the command line together: every subcommand lives in
// its own file (see subcommands.cpp), and all logic lives in lib/.

#include "access.hpp"
#include "context.hpp"
#include "error_report.hpp"
#include "exit_codes.hpp"
#include "held_output.hpp"
#include "help_format.hpp"
#include "html_commands.hpp"
#include "parse_errors.hpp"
#include "result_output.hpp"
#include "sheet_names.hpp"
#include "subcommands.hpp"

#include "base/error.hpp"
#include "i18n/language_name.hpp"
#include "i18n/translate.hpp"
#include "storage/sqlite_errors.hpp"

#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace {

using namespace czs;
using namespace czs::cli;

// --lang must be known before the help texts are built, so it is read ahead of parsing.
Language pick_language(const std::vector<std::string>& args)
{
  for (std::size_t i = 1; i < args.size(); ++i) {
    std::string value;
    if (args[i] == "--lang" && i + 1 < args.size()) {
      value = args[i + 1];
    } else if (args[i].rfind("--lang=", 0) == 0) {
      value = args[i].substr(7);
    } else {
      continue;
    }
    return parse_language(value).value_or(Language::en);
  }
  return language_from_environment();
}

void add_global_options(CLI::App& app, GlobalOptions& o)
{
  app.add_option("--db", o.db, tr("the database file (else $CZSTATION_DB, the config file, or the XDG data directory)"))
      ->type_name(tr("PATH"));
  app.add_option("--format", o.format,
                 tr("output format: table, json, csv, tsv, xlsx (an Excel file) or html (a printable report)"))
      ->type_name("FORMAT");
  app.add_option("--output", o.output,
                 tr("write the result to this file instead of standard output, replacing it only on success"))
      ->type_name(tr("FILE"));
  app.add_flag("--wide", o.wide, tr("print tables whole on a terminal instead of shortening long text to fit"));
  app.add_option("--as-of", o.as_of, tr("what date \"today\" is (YYYY-MM-DD), for late records and reruns"))
      ->type_name(tr("DATE"));
  app.add_option("--actor", o.actor,
                 tr("who is acting, for the audit log (else $CZSTATION_ACTOR, else the login name)"))
      ->type_name(tr("NAME"));
  app.add_option("--config", o.config, tr("the config file (else $XDG_CONFIG_HOME/czstation/config.toml)"))
      ->type_name(tr("PATH"));
  app.add_option("--rules", o.rules,
                 tr("the rules file (else the config file's rules key, else the built-in defaults)"))
      ->type_name(tr("PATH"));
  app.add_option("--lang", o.lang,
                 tr("message language: zh or en, any case, or as a locale names it (zh_CN); else from LANG"))
      ->type_name("zh|en");
  app.add_flag("-q,--quiet", o.quiet, tr("print nothing on success"));
  app.add_flag(
      "--reveal", o.reveal,
      tr("show villagers' names and phone numbers unmasked (Art. 13); each reveal is written to the audit log"));
}

// The chosen subcommand's path ({"register", "list"}) and whether it was given --apply.
struct ChosenCommand
{
  std::vector<std::string> path;
  bool applies = false;

  std::string name() const
  {
    std::string joined;
    for (const auto& part : path) {
      joined += (joined.empty() ? "" : " ") + part;
    }
    return joined;
  }
};

ChosenCommand chosen_command(const CLI::App& app)
{
  ChosenCommand c;
  for (const CLI::App* sub = &app; !sub->get_subcommands().empty();) {
    sub = sub->get_subcommands().front();
    c.path.push_back(sub->get_name());
    if (const CLI::Option* apply = sub->get_option_no_throw("--apply"); apply && apply->count() > 0) {
      c.applies = true;
    }
  }
  return c;
}

// An Excel file holds a report, an export or a listing: a command that changes records prints
// a confirmation, so it is refused before it changes anything.
void refuse_xlsx_for_changes(const ChosenCommand& c, Format format)
{
  if (format == Format::xlsx && access_for(c.path, c.applies, false) != DatabaseAccess::read_only) {
    throw Error(ErrorKind::usage,
                trf("czstation {} changes records and has no table to write as an Excel file", c.name()),
                tr("use --format xlsx with reports, exports and listings"));
  }
}

// A check whose failure is its finding (audit verify) still gives its record; any other failure
// leaves nothing: stdout empty, no --output file.
void keep_result_of_failure(const Context& ctx, std::optional<ResultOutput>& result, HeldOutput& held)
{
  if (ctx.output_is_result()) {
    try {
      if (result) {
        result->commit();
      }
      held.release();
      return;
    } catch (const Error&) {
      // The first error is the one to report.
    }
  }
  held.discard();
  result.reset();
}

int run(const std::vector<std::string>& args)
{
  set_language(pick_language(args));
  HeldOutput held(std::cout);
  std::ostream out(&held);
  Context ctx(args, out, std::cerr);

  CLI::App app(tr("czstation: runs a county's village e-commerce service stations under its management measures"),
               "czstation");
  // Set before any subcommand is added: subcommands copy the formatter, so their help is
  // aligned too.
  app.formatter(std::make_shared<WideFormatter>());
  app.set_help_flag("-h,--help", tr("print this help and exit"));
  app.set_version_flag("--version", std::string("czstation ") + CZSTATION_VERSION, tr("print the version and exit"));
  // CLI11's own help words, in the clerk's language too.
  for (const char* label :
       {N_("Usage"), N_("Options"), N_("Subcommands"), N_("Positionals"), N_("REQUIRED"), N_("SUBCOMMAND"),
        N_("SUBCOMMANDS"), N_("OPTIONS"), N_("Needs"), N_("Excludes"), N_("Env")}) {
    app.get_formatter()->label(label, tr(label));
  }
  app.fallthrough();
  app.require_subcommand(1);
  app.footer(std::string(tr("Run 'czstation SUBCOMMAND --help' for a subcommand's options; see czstation(1).")) + "\n");
  add_global_options(app, ctx.options);

  Action chosen;
  for (const auto& entry : subcommands()) {
    entry.add(app, ctx, chosen);
  }
  translate_subcommand_groups(app);

  try {
    std::vector<std::string> reversed(args.rbegin(), args.rend() - 1);
    app.parse(reversed);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) {
      return app.exit(e);
    }
    report_error(std::cerr, usage_error_of(e, app, args), stderr_wants_color());
    return k_exit_usage;
  }

  const ChosenCommand command = chosen_command(app);
  ctx.set_access(access_for(command.path, command.applies, ctx.options.reveal));
  std::optional<ResultOutput> result;
  try {
    refuse_empty_values(app);
    ctx.prepare();
    if (ctx.format() == Format::html) {
      require_html_command(command.path);
    }
    refuse_xlsx_for_changes(command, ctx.format());
    result.emplace(ctx.format(), ctx.options.output, ctx.options.wide, sheet_name_for(command.name()), held, out,
                   ctx.quiet() ? nullptr : &ctx.err());
    const int code = chosen ? chosen() : k_exit_usage;
    result->commit();
    held.release();
    if (!std::cout.flush()) {
      throw Error(ErrorKind::io, tr("cannot write the result to standard output"),
                  tr("check that the disk has free space, or give --output FILE"));
    }
    return code;
  } catch (const Error& e) {
    keep_result_of_failure(ctx, result, held);
    report_error(std::cerr, e, stderr_wants_color());
    return exit_code_for(e.kind());
  } catch (const SQLite::Exception& e) {
    held.discard();
    result.reset();
    const Error translated = storage::translate(e, ctx.database_path());
    report_error(std::cerr, translated, stderr_wants_color());
    return exit_code_for(translated.kind());
  }
}

} // namespace

int main(int argc, char** argv)
{
  try {
    return run(std::vector<std::string>(argv, argv + argc));
  } catch (const std::exception& e) {
    // Anything else is a bug; say so plainly rather than abort with a raw text.
    std::cerr << "czstation: " << czs::tr("internal error") << ": " << e.what() << '\n'
              << "  " << czs::tr("please report this to the czstation maintainers") << '\n';
    return czs::cli::k_exit_software;
  }
}
