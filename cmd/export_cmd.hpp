#pragma once

#include "command.hpp"

namespace CLI {
class App;
}

namespace czs::cli {

// `czstation export purchases|sales|services|parcels`: the records as CSV (or JSON, TSV), in
// the columns `import` reads; names and phones masked unless --reveal.
void add_export(CLI::App& app, Context& ctx, Action& chosen);

} // namespace czs::cli
