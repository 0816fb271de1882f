#pragma once

#include <functional>

namespace CLI {
class App;
}

namespace czs::cli {

class Context;

// What a chosen leaf subcommand does once the whole command line has parsed; returns the
// exit code. Parsing only records the choice, so errors during the action are reported the
// same way whichever subcommand runs.
using Action = std::function<int()>;

// Makes `sub` set `chosen` to `action` when it is the subcommand given.
void on_run(CLI::App* sub, Action& chosen, Action action);

// Adds one top-level subcommand (and its children) to the application.
using AddSubcommand = void (*)(CLI::App& app, Context& ctx, Action& chosen);

} // namespace czs::cli
