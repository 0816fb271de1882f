#pragma once

#include "rules/file_problems.hpp"
#include "rules/rules_file.hpp"
#include "rules/value_reader.hpp"

#include <toml++/toml.h>

namespace czs::rules {

// Reads the [evaluation] table of a rules file (the county's scoring of the monthly
// evaluation, scoring.hpp) into rules.params.scoring, recording the origin of every value set
// and every problem found: unknown keys and rules, a rule a station cannot lose points for,
// numbers out of range, grade bands out of order or above full marks. Internal to the loader.
void read_evaluation(const toml::table& table, ValueReader& values, LoadedRules& rules, FileProblems& problems);

// The keys [evaluation] and its tables take, as a clerk reads them in a hint.
std::string evaluation_keys_text();

} // namespace czs::rules
