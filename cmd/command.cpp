#include "command.hpp"

#include <CLI/CLI.hpp>

namespace czs::cli {

void on_run(CLI::App* sub, Action& chosen, Action action)
{
  // CLI11 runs a subcommand's callback before its parent's; the innermost choice wins.
  sub->callback([&chosen, action = std::move(action)] {
    if (!chosen) {
      chosen = action;
    }
  });
}

} // namespace czs::cli
