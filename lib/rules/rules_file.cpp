#include "rules/rules_file.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "period/date.hpp"
#include "rules/document_reader.hpp"
#include "rules/file_problems.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>

#include <toml++/toml.h>

namespace czs::rules {

namespace {

// A rules file is a page of settings; anything far bigger is the wrong file.
constexpr std::size_t k_max_file_bytes = 1 << 20;

std::string read_whole_file(const std::string& path)
{
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  const std::string hint = tr("check the path given with --rules, or the rules key of the config file");
  if (!std::filesystem::exists(status)) {
    throw Error(ErrorKind::no_input, trf("the rules file {} does not exist", path), hint);
  }
  if (std::filesystem::is_directory(status)) {
    throw Error(ErrorKind::no_input, trf("the rules file {} is a folder, not a file", path), hint);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error(ErrorKind::no_input, trf("the rules file {} cannot be read", path),
                tr("check that the user running czstation may read it"));
  }
  std::string text;
  char buffer[8192];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (text.size() > k_max_file_bytes) {
      throw Error(ErrorKind::config, trf("{}: the rules file is larger than 1 MiB", path),
                  tr("a rules file is a page of settings: check that this is the right file"));
    }
  }
  if (in.bad()) {
    throw Error(ErrorKind::no_input, trf("the rules file {} cannot be read", path),
                tr("check that the user running czstation may read it"));
  }
  return text;
}

void apply_config_zone(LoadedRules& rules, const std::string& zone, const std::string& config_path)
{
  if (!is_known_zone(zone)) {
    throw Error(ErrorKind::config, trf("{}: time_zone: unknown time zone '{}'", config_path, zone),
                tr("use an IANA zone name such as Asia/Shanghai"));
  }
  const Origin from_rules = rules.origin("county.time_zone");
  if (from_rules.kind == Origin::Kind::rules_file) {
    if (rules.params.time_zone != zone) {
      throw Error(ErrorKind::config,
                  trf("the config file {} sets time_zone = \"{}\" but the rules file {}:{}:{} sets time_zone = \"{}\"",
                      config_path, zone, from_rules.file, from_rules.line, from_rules.column, rules.params.time_zone),
                  tr("the county's time zone belongs in the rules file's [county] table: remove time_zone from "
                     "the config file, or make the two agree"));
    }
    return;
  }
  rules.params.time_zone = zone;
  rules.origins["county.time_zone"] = Origin{Origin::Kind::config_file, config_path, 0, 0};
}

} // namespace

Origin LoadedRules::origin(std::string_view parameter) const
{
  const auto it = origins.find(std::string(parameter));
  return it == origins.end() ? Origin{} : it->second;
}

LoadedRules built_in_rules()
{
  return LoadedRules{default_parameters(), {}, {}};
}

LoadedRules parse_rules(std::string_view text, const std::string& path)
{
  LoadedRules rules = built_in_rules();
  rules.path = path;
  FileProblems problems(path);
  toml::table doc;
  try {
    doc = toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    const auto at = e.source().begin;
    problems.add(static_cast<int>(at.line), static_cast<int>(at.column), trf("not valid TOML: {}", e.description()),
                 tr("a rules file is TOML in UTF-8: [section] lines, then key = value lines; see czstation-rules(5)"));
    throw Error(ErrorKind::config, problems.diagnostics());
  }
  read_document(doc, text, rules, problems);
  if (!problems.empty()) {
    throw Error(ErrorKind::config, problems.diagnostics());
  }
  return rules;
}

LoadedRules load_rules_file(const std::string& path)
{
  return parse_rules(read_whole_file(path), path);
}

LoadedRules load_effective_rules(const std::string& rules_option, const settings::Config& config)
{
  std::string path = rules_option;
  if (path.empty() && config.rules) {
    path = *config.rules;
    // A config file and the rules file it names usually sit side by side (/etc/czstation/).
    if (std::filesystem::path(path).is_relative() && !config.source.empty()) {
      path = (std::filesystem::path(config.source).parent_path() / path).string();
    }
  }
  LoadedRules rules = path.empty() ? built_in_rules() : load_rules_file(path);
  if (config.time_zone) {
    apply_config_zone(rules, *config.time_zone, config.source);
  }
  return rules;
}

} // namespace czs::rules
