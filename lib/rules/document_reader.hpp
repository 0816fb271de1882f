#pragma once

#include "rules/file_problems.hpp"
#include "rules/rules_file.hpp"

#include <string_view>

#include <toml++/toml.h>

namespace czs::rules {

// Reads a parsed rules file (its text is kept to read numbers as written) into `rules`,
// recording its origin for every value set and every problem found, however many: an
// unknown section or key (with "did you mean"), a wrong type, an impossible value.
// Internal to the loader.
void read_document(const toml::table& doc, std::string_view text, LoadedRules& rules, FileProblems& problems);

} // namespace czs::rules
