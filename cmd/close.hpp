#pragma once

#include "command.hpp"

namespace czs::cli {

// `czstation close`: decide an exit (Art. 14.1-14.3), recover equipment and accounts (14.4),
// complete the closure.
void add_close(CLI::App& app, Context& ctx, Action& chosen);

} // namespace czs::cli
