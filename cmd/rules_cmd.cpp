#include "rules_cmd.hpp"

#include "context.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "rules/effective_rules.hpp"
#include "rules/parameters.hpp"
#include "rules/rules_text.hpp"
#include "text/json.hpp"

#include <memory>
#include <ostream>

#include <CLI/CLI.hpp>

namespace czs::cli {

namespace {

using rules::Origin;

// The parameters every rule shares (the time zone) have no rule of their own. A msgid: po/
// extracts it with the keyword N_ (marked, translated later).
const char* const k_shared_summary = N_("calendar months and quarters, and \"today\", are the county's");

// The English summary of an entry: its rule's, else its own (the evaluation's), else the shared one.
const char* summary_of(const rules::EffectiveRule& entry)
{
  return entry.rule ? entry.rule->summary : entry.summary ? entry.summary : k_shared_summary;
}

const char* origin_key(Origin::Kind kind)
{
  switch (kind) {
  case Origin::Kind::rules_file:
    return "rules_file";
  case Origin::Kind::config_file:
    return "config_file";
  case Origin::Kind::built_in:
    break;
  }
  return "default";
}

std::string origin_text(const Origin& o)
{
  switch (o.kind) {
  case Origin::Kind::rules_file:
    return fmt::format("{}:{}", o.file, o.line);
  case Origin::Kind::config_file:
    return trf("config {}", o.file);
  case Origin::Kind::built_in:
    break;
  }
  return tr("built-in default");
}

// A table shows a rule's article, duty and summary on its first line only.
void table_rows(RecordWriter& w, const rules::EffectiveRule& entry)
{
  const rules::RuleInfo* r = entry.rule;
  const std::string id = r ? std::string(r->id) : std::string(entry.summary ? tr("(evaluation)") : tr("(all)"));
  const std::string article = r ? std::string(r->article) : std::string();
  const std::string duty = r ? rules::duty_label(r->duty) : std::string();
  const std::string summary = tr(summary_of(entry));
  if (entry.parameters.empty()) {
    w.row({id, article, duty, Cell{}, Cell{}, Cell{}, summary});
  }
  bool first = true;
  for (const auto& p : entry.parameters) {
    w.row({first ? id : "", first ? article : "", first ? duty : "", p.path, p.text, origin_text(p.origin),
           first ? summary : ""});
    first = false;
  }
}

// CSV and TSV: one record per parameter (or per rule without one), the value as text.
void delimited_rows(RecordWriter& w, const rules::EffectiveRule& entry)
{
  const rules::RuleInfo* r = entry.rule;
  const Cell id = r ? Cell{std::string(r->id)} : Cell{};
  const Cell article = r ? Cell{std::string(r->article)} : Cell{};
  const Cell duty = r ? Cell{std::string(rules::duty_key(r->duty))} : Cell{};
  const Cell summary = std::string(summary_of(entry));
  if (entry.parameters.empty()) {
    w.row({id, article, duty, summary, Cell{}, Cell{}, Cell{}, Cell{}, Cell{}});
  }
  for (const auto& p : entry.parameters) {
    const bool from_file = p.origin.kind != Origin::Kind::built_in;
    w.row({id, article, duty, summary, p.path, p.text, std::string(origin_key(p.origin.kind)),
           from_file ? Cell{p.origin.file} : Cell{}, p.origin.line > 0 ? Cell{std::int64_t{p.origin.line}} : Cell{}});
  }
}

// JSON: the same records, the value typed (a number, string, array or object), which the
// rules file's own literal already is.
void json_record(text::JsonWriter& j, const rules::EffectiveRule& entry, const rules::ParameterValue* p)
{
  const rules::RuleInfo* r = entry.rule;
  auto text_or_null = [&j](const char* key, std::string_view value, bool present) {
    j.key(key);
    present ? j.value(value) : j.null();
  };
  j.begin_object();
  text_or_null("rule", r ? r->id : "", r != nullptr);
  text_or_null("article", r ? r->article : "", r != nullptr);
  text_or_null("duty", r ? rules::duty_key(r->duty) : "", r != nullptr);
  j.key("summary").value(summary_of(entry));
  text_or_null("parameter", p ? p->path : "", p != nullptr);
  j.key("value");
  p ? j.raw(p->literal) : j.null();
  text_or_null("source", p ? origin_key(p->origin.kind) : "", p != nullptr);
  text_or_null("file", p ? p->origin.file : "", p && p->origin.kind != Origin::Kind::built_in);
  j.key("line");
  p && p->origin.line > 0 ? j.value(std::int64_t{p->origin.line}) : j.null();
  j.end_object();
}

void print_json(std::ostream& out, const std::vector<rules::EffectiveRule>& entries)
{
  text::JsonWriter j;
  j.begin_array();
  for (const auto& entry : entries) {
    if (entry.parameters.empty()) {
      json_record(j, entry, nullptr);
    }
    for (const auto& p : entry.parameters) {
      json_record(j, entry, &p);
    }
  }
  j.end_array();
  out << j.str() << '\n';
}

int show_rules(Context& ctx)
{
  const auto entries = rules::effective_rules(ctx.loaded_rules());
  if (ctx.format() == Format::json) {
    print_json(ctx.out(), entries);
    return 0;
  }
  if (ctx.format() == Format::table) {
    RecordWriter w(ctx.format(), ctx.out(),
                   {{"rule", tr("rule")},
                    {"article", tr("article")},
                    {"duty", tr("duty")},
                    {"parameter", tr("parameter")},
                    {"value", tr("value")},
                    {"source", tr("source")},
                    {"summary", tr("summary")}});
    for (const auto& entry : entries) {
      table_rows(w, entry);
    }
    return 0;
  }
  RecordWriter w(ctx.format(), ctx.out(),
                 {{"rule", "rule"},
                  {"article", "article"},
                  {"duty", "duty"},
                  {"summary", "summary"},
                  {"parameter", "parameter"},
                  {"value", "value"},
                  {"source", "source"},
                  {"file", "file"},
                  {"line", "line"}});
  for (const auto& entry : entries) {
    delimited_rows(w, entry);
  }
  return 0;
}

int check_file(Context& ctx, const std::string& path)
{
  const rules::LoadedRules loaded = rules::load_rules_file(path);
  const auto set = static_cast<std::int64_t>(loaded.origins.size());
  if (ctx.format() != Format::table) {
    RecordWriter w(ctx.format(), ctx.out(), {{"file", "file"}, {"valid", "valid"}, {"values_set", "values_set"}});
    w.row({path, true, set});
  } else if (!ctx.quiet()) {
    ctx.out() << trf("{}: a valid rules file; it sets {} values, and every other parameter keeps its built-in default",
                     path, set)
              << '\n';
  }
  return 0;
}

int print_template(Context& ctx)
{
  if (ctx.format() != Format::table) {
    throw Error(ErrorKind::usage, tr("rules template prints a TOML rules file; --format does not apply to it"),
                tr("run it without --format and redirect it to a file: czstation rules template > rules.toml"));
  }
  ctx.out() << rules::rules_file_text(rules::default_parameters());
  return 0;
}

} // namespace

void add_rules(CLI::App& app, Context& ctx, Action& chosen)
{
  CLI::App* rules = app.add_subcommand(
      "rules", tr("show the rules in force with each parameter's value and source, check a rules file, or print one"));
  rules->require_subcommand(0, 1);
  on_run(rules, chosen, [&ctx] { return show_rules(ctx); });

  CLI::App* show =
      rules->add_subcommand("show", tr("show every rule with its article, duty, parameters and their sources"));
  on_run(show, chosen, [&ctx] { return show_rules(ctx); });

  auto file = std::make_shared<std::string>();
  CLI::App* check =
      rules->add_subcommand("check", tr("check a rules file: exit 0 when it is valid, else 78 with every problem"));
  check->add_option("FILE", *file, tr("the rules file to check"))->required()->type_name(tr("FILE"));
  check->preparse_callback([&ctx](std::size_t) { ctx.rules_not_needed(); });
  on_run(check, chosen, [&ctx, file] { return check_file(ctx, *file); });

  CLI::App* print = rules->add_subcommand(
      "template", tr("print a complete rules file with the built-in defaults (the measures' values), to start from"));
  print->preparse_callback([&ctx](std::size_t) { ctx.rules_not_needed(); });
  on_run(print, chosen, [&ctx] { return print_template(ctx); });
}

} // namespace czs::cli
