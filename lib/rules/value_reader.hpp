#pragma once

#include "rules/file_problems.hpp"
#include "rules/parameter_table.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

namespace czs::rules {

// Turns the values of a parsed rules file into Parameters' units, exactly: a number is read
// from the digits the clerk wrote (29.99 m² is 2999, never 2998.9999), and every value is
// checked against its range. Each function returns nothing and records a problem at the
// value's line and column when the value cannot be used. Internal to the loader.
class ValueReader
{
public:
  ValueReader(std::string_view text, FileProblems& problems) : m_text(text), m_problems(problems) {}

  // A count or decimal parameter, scaled (min_area_m2 = 29.99 gives 2999).
  std::optional<std::int64_t> number(const toml::node& node, const ParameterInfo& info);
  // An amount of yuan, as a string ("5.00") or a number, in fen.
  std::optional<std::int64_t> yuan(const toml::node& node, const std::string& path);
  // A share in percent with up to one decimal, in permille (2.5 gives 25).
  std::optional<std::int64_t> percent(const toml::node& node, const std::string& path);
  // A known IANA time zone name.
  std::optional<std::string> zone(const toml::node& node, const std::string& path);
  // A non-empty list of distinct ledger record kinds that count as volume.
  std::optional<std::vector<std::string>> kinds(const toml::node& node, const std::string& path);
  // A list of distinct, non-empty words.
  std::optional<std::vector<std::string>> words(const toml::node& node, const std::string& path);

  // Records a problem at the node's position.
  void problem(const toml::node& node, const std::string& message, std::string hint = {});

private:
  std::string written_number(const toml::node& node) const;
  void wrong_type(const toml::node& node, const std::string& path, const char* expected, const std::string& hint);

  std::string_view m_text;
  FileProblems& m_problems;
};

// What kind of value a node holds, in words ("a string", "a list").
std::string describe_type(const toml::node& node);

} // namespace czs::rules
