#pragma once

#include "command.hpp"

namespace CLI {
class App;
}

namespace czs::cli {

// `czstation import purchases|sales|services|parcels FILE`: ledger records from CSV, whole
// or not at all (lib/importing).
void add_import(CLI::App& app, Context& ctx, Action& chosen);

} // namespace czs::cli
