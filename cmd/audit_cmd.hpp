#pragma once

#include "command.hpp"

namespace czs::cli {

// `czstation audit [list]` lists the audit log; `czstation audit verify` checks its chain.
void add_audit(CLI::App& app, Context& ctx, Action& chosen);

} // namespace czs::cli
