#pragma once

#include "rules/file_problems.hpp"
#include "rules/rules_file.hpp"

#include <string>
#include <utility>

#include <toml++/toml.h>

namespace czs::rules {

// A problem of the rules file reported at the line and column of `key`.
inline void problem_at(FileProblems& problems, const toml::key& key, const std::string& message, std::string hint)
{
  const auto at = key.source().begin;
  problems.add(static_cast<int>(at.line), static_cast<int>(at.column), message, std::move(hint));
}

// Notes that the parameter at `path` took its value from `key` of the rules file, for `czstation
// rules` to show where each value came from.
inline void note_origin(LoadedRules& rules, const FileProblems& problems, const std::string& path, const toml::key& key)
{
  const auto at = key.source().begin;
  rules.origins[path] =
      Origin{Origin::Kind::rules_file, problems.path(), static_cast<int>(at.line), static_cast<int>(at.column)};
}

} // namespace czs::rules
