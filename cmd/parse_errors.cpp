#include "parse_errors.hpp"

#include "i18n/translate.hpp"
#include "text/input_fields.hpp"
#include "text/shown_value.hpp"
#include "text/spellcheck.hpp"

#include <CLI/CLI.hpp>

namespace czs::cli {

namespace {

// Names a reader can type at this level: subcommands, then long options.
std::vector<std::string> names_at(const CLI::App& app)
{
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    names.push_back(sub->get_name());
  }
  for (const CLI::Option* opt : app.get_options()) {
    for (const auto& l : opt->get_lnames()) {
      names.push_back("--" + l);
    }
  }
  return names;
}

const CLI::App* find_sub(const CLI::App& app, const std::string& name)
{
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    if (sub->check_name(name)) {
      return sub;
    }
  }
  return nullptr;
}

// The option `name` at this level or a parent's (global options fall through).
const CLI::Option* find_option(const CLI::App* app, const std::string& name)
{
  for (; app != nullptr; app = app->get_parent()) {
    if (const CLI::Option* o = app->get_option_no_throw(name)) {
      return o;
    }
  }
  return nullptr;
}

struct Unknown
{
  const CLI::App* where = nullptr;
  std::string word;
};

// Walks the command line down the subcommands to the first word no level knows.
Unknown first_unknown(const CLI::App& root, const std::vector<std::string>& args)
{
  const CLI::App* app = &root;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a.rfind("--", 0) == 0 || (a.size() == 2 && a[0] == '-')) {
      const std::string name = a.substr(0, a.find('='));
      const CLI::Option* o = find_option(app, name);
      if (o == nullptr) {
        return {app, name};
      }
      if (a.find('=') == std::string::npos && o->get_expected_min() > 0) {
        ++i; // its value
      }
      continue;
    }
    if (const CLI::App* sub = find_sub(*app, a)) {
      app = sub;
      continue;
    }
    if (!app->get_subcommands([](const CLI::App*) { return true; }).empty()) {
      return {app, a};
    }
  }
  return {app, {}};
}

std::string path_of(const CLI::App* app)
{
  std::string path;
  for (; app != nullptr; app = app->get_parent()) {
    path = app->get_name() + (path.empty() ? "" : " " + path);
  }
  return path;
}

// Where a word was unknown, as a message names it after "czstation: error: ": the subcommands
// below the program ("register: "), or nothing at the top (the program is named already).
std::string where_of(const CLI::App* app)
{
  std::string path;
  for (; app != nullptr && app->get_parent() != nullptr; app = app->get_parent()) {
    path = app->get_name() + (path.empty() ? "" : " " + path);
  }
  return path.empty() ? path : path + ": ";
}

} // namespace

Error usage_error_of(const CLI::ParseError& e, const CLI::App& root, const std::vector<std::string>& args)
{
  const Unknown unknown = first_unknown(root, args);
  const std::string help = trf("run '{} --help' to see what it takes", path_of(unknown.where));
  if (!unknown.word.empty()) {
    const std::string guess = text::closest_match(unknown.word, names_at(*unknown.where));
    const std::string message =
        unknown.word.rfind("-", 0) == 0
            ? trf("{}unknown option '{}'", where_of(unknown.where), text::shown_value(unknown.word))
            : trf("{}unknown subcommand '{}'", where_of(unknown.where), text::shown_value(unknown.word));
    return Error(ErrorKind::usage, message, guess.empty() ? help : trf("did you mean {}?", guess));
  }
  const std::string what = e.what();
  if (dynamic_cast<const CLI::ValidationError*>(&e) != nullptr) {
    return Error(ErrorKind::usage, what, help); // our own validators' messages
  }
  if (dynamic_cast<const CLI::RequiredError*>(&e) != nullptr) {
    const auto cut = what.find(" is required");
    if (what.find("ubcommand") != std::string::npos || cut == std::string::npos) {
      return Error(ErrorKind::usage, trf("{}a subcommand is required", where_of(unknown.where)), help);
    }
    const std::string name = what.substr(0, cut);
    // A positional argument (the file, a record's id) is no option.
    return Error(ErrorKind::usage,
                 name.rfind('-', 0) == 0 ? trf("the option {} is required", name)
                                         : trf("the argument {} is required", name),
                 help);
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e) != nullptr) {
    // CLI11 2.1 says "At Most 1 required but received 2" for an option given twice.
    if (what.find("At Most") != std::string::npos || what.find("At most") != std::string::npos) {
      return Error(ErrorKind::usage,
                   trf("{} was given more than once: it takes one value", what.substr(0, what.find(':'))), help);
    }
    return Error(ErrorKind::usage, trf("{} needs a value", what.substr(0, what.find(':'))), help);
  }
  if (dynamic_cast<const CLI::ConversionError*>(&e) != nullptr) {
    return Error(ErrorKind::usage, tr("a value on the command line is not a number of the kind the option takes"),
                 help);
  }
  if (dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr) {
    const auto colon = what.find(": ");
    return Error(ErrorKind::usage,
                 trf("unexpected argument(s): {}", colon == std::string::npos ? what : what.substr(colon + 2)), help);
  }
  if (dynamic_cast<const CLI::ExcludesError*>(&e) != nullptr
      || dynamic_cast<const CLI::RequiresError*>(&e) != nullptr) {
    return Error(ErrorKind::usage, trf("these options do not go together: {}", what), help);
  }
  return Error(ErrorKind::usage, tr("the command line could not be read"), help);
}

void refuse_empty_values(const CLI::App& app)
{
  for (const CLI::Option* opt : app.get_options()) {
    if (opt->count() == 0 || opt->get_expected_min() == 0) {
      continue; // not given, or a flag
    }
    for (const auto& value : opt->results()) {
      if (value.empty()) {
        throw Error(ErrorKind::usage, trf("{} was given an empty value", opt->get_name()),
                    tr("give a value, or leave the option out to use its default"));
      }
    }
  }
  for (const CLI::App* sub : app.get_subcommands()) {
    refuse_empty_values(*sub);
  }
}

CLI::Validator whole_number(std::int64_t max)
{
  return CLI::Validator(
      [max](std::string& value) -> std::string {
        if (text::input_word(value).empty()) {
          return tr("an empty value is no number: give a whole number, or leave the option out");
        }
        auto n = text::input_count(value, max, "N");
        if (!n) {
          return trf("'{}' is not a whole number from 0 to {}", text::shown_value(value), max);
        }
        value = std::to_string(*n);
        return {};
      },
      ""); // no description: help shows the option's own type name, not "INT:N"
}

CLI::Validator record_number()
{
  // Far above any ledger's count, far below where a number stops being read exactly.
  constexpr std::int64_t k_max = 999'999'999'999;
  return CLI::Validator(
      [](std::string& value) -> std::string {
        auto n = text::input_count(value, k_max, "ID");
        if (!n || *n == 0) {
          return trf("'{}' is not a record number: give the number a listing shows, such as 79",
                     text::shown_value(value));
        }
        value = std::to_string(*n);
        return {};
      },
      "");
}

} // namespace czs::cli
