#pragma once

#include "command.hpp"

#include "period/date.hpp"
#include "stations/batch.hpp"

#include <string>

namespace czs::cli {

// `czstation register`: stations from application to opening (Art. 3, 6, 7, 15). The station
// commands (add, update, show, list) are in register.cpp; the onboarding records and opening
// (check, agreement, training, equipment, account, holdings, open) in register_onboarding.cpp.
void add_register(CLI::App& app, Context& ctx, Action& chosen);

// Adds the onboarding subcommands to `register`.
void add_register_onboarding(CLI::App& reg, Context& ctx, Action& chosen);

// Adds `register batch` and `register outreach add|list` (register_batch.cpp, Art. 2.2, 4.1).
void add_register_batches(CLI::App& reg, Context& ctx, Action& chosen);

// --batch and --phase as of `date`, validated (phases count from 1; no --phase: none).
stations::BatchAssignment batch_assignment(const std::string& batch, const std::string& phase, Date date);

} // namespace czs::cli
