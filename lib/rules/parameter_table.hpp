#pragma once

#include "rules/parameters.hpp"
#include "rules/rule_catalogue.hpp"

#include <array>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace czs::rules {

// How a parameter is written in the rules file.
enum class ValueKind
{
  count,     // a whole number
  decimal,   // a number with up to `scale` decimals (m², hours), stored scaled as an integer
  time_zone, // an IANA zone name
  kind_list, // a list of ledger record kinds
  word_list, // a list of words
};

// The rules one parameter sets (at most two): constants of the catalogue, never ID strings.
class RuleList
{
public:
  constexpr RuleList() = default;
  constexpr RuleList(Rule a) : m_rules{a, a}, m_count(1) {}
  constexpr RuleList(Rule a, Rule b) : m_rules{a, b}, m_count(2) {}

  std::span<const Rule> rules() const { return {m_rules.data(), m_count}; }
  bool contains(Rule rule) const;
  bool empty() const { return m_count == 0; }

private:
  std::array<Rule, 2> m_rules{};
  std::size_t m_count = 0;
};

// One key of the rules file (the fee schedule, whose keys are record kinds, is apart): where
// it lives, which rules it sets, its allowed range in Parameters' units, and what it means.
struct ParameterInfo
{
  std::string_view section; // the TOML table: "site"
  std::string_view key;     // the key in it: "min_area_m2"
  RuleList rules;           // the rules it sets; none for the time zone
  ValueKind kind;
  int scale;                              // decimals of a decimal value; 0 otherwise
  std::int64_t min;                       // the smallest allowed value (count, decimal), scaled
  std::int64_t max;                       // the largest allowed value (count, decimal), scaled
  const char* meaning;                    // English msgid: what the value means, for hints and comments
  std::int64_t (*get)(const Parameters&); // count and decimal values; null otherwise
  void (*set)(Parameters&, std::int64_t);
};

// Every key of the rules file but the fee schedule's, in the order a rules file lists them.
std::span<const ParameterInfo> parameter_table();

// The key in this section, or nullptr.
const ParameterInfo* find_parameter(std::string_view section, std::string_view key);

// "section.key", as messages, origins and `czstation rules` name a parameter.
std::string parameter_path(const ParameterInfo& info);

// The rules a parameter sets, in order.
std::span<const Rule> parameter_rules(const ParameterInfo& info);

// The section names of the rules file, in order, "evaluation" (scoring.hpp) and "fees" last.
std::vector<std::string> section_names();

} // namespace czs::rules
