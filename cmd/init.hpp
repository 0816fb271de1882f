#pragma once

#include "command.hpp"

namespace czs::cli {

// `czstation init`: create (or migrate) the database and say where it is.
void add_init(CLI::App& app, Context& ctx, Action& chosen);

} // namespace czs::cli
