#pragma once

#include "command.hpp"

namespace czs::cli {

// `czstation inspect`: the county centre's visits with their checklist (Art. 10) in
// inspect.cpp, and the monthly stock-takes (Art. 11) in inspect_stocktake.cpp.
void add_inspect(CLI::App& app, Context& ctx, Action& chosen);

// Adds `inspect stocktake` and its subcommands.
void add_inspect_stocktake(CLI::App& inspect, Context& ctx, Action& chosen);

} // namespace czs::cli
