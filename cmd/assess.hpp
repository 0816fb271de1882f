#pragma once

#include "command.hpp"

namespace czs::cli {

// `czstation assess`: run the rules for a month or a quarter, and record them with --apply;
// `czstation assess history` lists the applied runs.
void add_assess(CLI::App& app, Context& ctx, Action& chosen);

} // namespace czs::cli
