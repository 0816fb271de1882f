#pragma once

#include "command.hpp"

namespace czs::cli {

// `czstation backup [--to DIR] [--keep N]` copies the database while others keep working,
// checks the copy and prunes old ones; `czstation restore FILE` puts a checked copy back,
// keeping the file it replaces and logging the restore in the audit log.
void add_backup(CLI::App& app, Context& ctx, Action& chosen);
void add_restore(CLI::App& app, Context& ctx, Action& chosen);

} // namespace czs::cli
