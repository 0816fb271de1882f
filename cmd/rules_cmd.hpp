#pragma once

#include "command.hpp"

namespace czs::cli {

// `czstation rules [show]` prints the rules in force, each parameter with its value and where
// it came from; `rules check FILE` validates a rules file; `rules template` prints a complete
// rules file of the built-in defaults.
void add_rules(CLI::App& app, Context& ctx, Action& chosen);

} // namespace czs::cli
