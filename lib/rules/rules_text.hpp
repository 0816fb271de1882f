#pragma once

#include "rules/parameter_table.hpp"
#include "rules/parameters.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace czs::rules {

// A TOML basic string literal for text, quotes included: "Asia/Shanghai".
std::string toml_quote(std::string_view text);

// One parameter's value as a rules file writes it: 30.00, 2, "Asia/Shanghai",
// ["purchase", "sale"].
std::string parameter_literal(const Parameters& params, const ParameterInfo& info);

// The fee cap literals: 5.00 for max_yuan (yuan), 2.5 for max_percent.
std::string yuan_literal(std::int64_t fen);
std::string percent_literal(std::int64_t permille);

// A complete rules file holding `params`: every key, each after a comment in the current
// language naming its rule and article and saying what it means. Loading it gives `params`.
std::string rules_file_text(const Parameters& params);

// The parameters that decide an assessment as a rules file without comments or blank lines, the
// same in every language (the evaluation's scoring left out: it decides no finding). Loading it
// gives the same decisions; two texts are equal exactly when the parameters are.
std::string canonical_rules_text(const Parameters& params);

// The parameters whose values differ between `before` and `after`, one line each in the form
// "section.key: BEFORE → AFTER" (a fee cap set on one side only shows "(none)"), in file order.
std::vector<std::string> rules_differences(const Parameters& before, const Parameters& after);

} // namespace czs::rules
