#pragma once

#include "rules/parameters.hpp"
#include "settings/config.hpp"

#include <map>
#include <string>
#include <string_view>

namespace czs::rules {

// Where the value of one parameter came from.
struct Origin
{
  enum class Kind
  {
    built_in,
    rules_file,
    config_file
  };
  Kind kind = Kind::built_in;
  std::string file; // the rules or config file; empty when built in
  int line = 0;     // 1-based where known, else 0
  int column = 0;
};

// The parameters in force and where each came from.
struct LoadedRules
{
  Parameters params;
  std::string path; // the rules file read; empty when none was
  // By parameter path ("site.min_area_m2", "fees.purchase.max_yuan"); absent means built in.
  std::map<std::string, Origin> origins;

  // Where the parameter at this path came from (built in when the file did not set it).
  Origin origin(std::string_view parameter) const;
};

// The built-in defaults of SPEC.md section 3, all of built-in origin.
LoadedRules built_in_rules();

// Reads the rules file at `path` over the built-in defaults. Throws czs::Error(no_input)
// when the file is missing or unreadable, and czs::Error(config) with one diagnostic
// ("path:line:column: ...") for every problem found in it otherwise.
LoadedRules load_rules_file(const std::string& path);

// The same for a rules file already read into `text`; `path` names it in messages and origins.
LoadedRules parse_rules(std::string_view text, const std::string& path);

// The rules in force for a command: the file `rules_option` (--rules), else the config's
// rules key (a relative path is taken from the config file's folder), else the built-in
// defaults. The config's time_zone applies when the rules file does not set one; when both
// set different zones, or the config's zone is unknown, throws czs::Error(config).
LoadedRules load_effective_rules(const std::string& rules_option, const settings::Config& config);

} // namespace czs::rules
