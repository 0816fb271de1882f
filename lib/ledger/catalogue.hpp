#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace czs::ledger {

// A fixed choice a record makes (a convenience service's kind, a sale's category, a dispute's
// kind): its stored English name, the Chinese a clerk may type instead, and the label a table
// shows (an English msgid, translated).
struct Choice
{
  std::string_view name;
  std::string_view chinese;
  const char* label;
};

// Art. 4.5: water, electricity, broadband, phone, finance, ticket, hotel, medical, information.
std::span<const Choice> service_kinds();
// Art. 4.4: farm, sideline, specialty products and tourism resources.
std::span<const Choice> sale_categories();
// Art. 8: counterfeit, spoiled, damaged, late, other.
std::span<const Choice> dispute_kinds();

// The stored name for a name, its Chinese or the label a table prints in either language
// (trimmed, full-width folded), or nullopt.
std::optional<std::string> parse_choice(std::span<const Choice> choices, std::string_view text);
// The label of a stored name in the clerk's language (the name itself when unknown).
std::string choice_label(std::span<const Choice> choices, std::string_view name);
// "water (水费), electricity (电费), ...": for hints.
std::string choice_list(std::span<const Choice> choices);

} // namespace czs::ledger
