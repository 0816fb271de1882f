#pragma once

#include "i18n/translate.hpp"
#include "rules/rule_catalogue.hpp"

#include <cstdint>
#include <string>

namespace czs::assessment {

// One rule that a station did not meet in one period: which rule (and article), whose duty,
// what was measured against what threshold, and a sentence for the clerk.
struct Finding
{
  std::string rule;    // "R-VOLUME"
  std::string article; // "14.2"
  rules::Duty duty = rules::Duty::station;
  std::int64_t station_id = 0;
  std::string station_code;
  std::string period; // the period the rule judged: "2026-05" or "2026Q2"
  std::int64_t measured = 0;
  std::int64_t threshold = 0;
  // The sentence in both languages, as an applied run records it for clerks of either language
  // (only the current one's inside i18n's CurrentLanguageOnly; both the one recorded for a run
  // applied before schema 16).
  Bilingual messages;

  // The sentence in the current language.
  const std::string& text() const { return in_current_language(messages); }
};

// Fills rule, article and duty from the rule catalogue.
Finding make_finding(rules::Rule rule);

// A whole finding: the rule's catalogue entry, and what was judged and measured.
Finding make_finding(rules::Rule rule, std::int64_t station_id, std::string station_code, std::string period,
                     std::int64_t measured, std::int64_t threshold, Bilingual message);

} // namespace czs::assessment
