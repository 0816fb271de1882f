#pragma once

#include "command.hpp"

namespace czs::cli {

// `czstation register`: stations from application to opening (Art. 3, 6, 7, 15). The station
// commands (add, update, show, list) are in register.cpp; the onboarding records and opening
// (check, agreement, training, equipment, account, holdings, open) in register_onboarding.cpp.
void add_register(CLI::App& app, Context& ctx, Action& chosen);

// Adds the onboarding subcommands to `register`.
void add_register_onboarding(CLI::App& reg, Context& ctx, Action& chosen);

} // namespace czs::cli
