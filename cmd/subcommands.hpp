#pragma once

#include "command.hpp"

#include <span>

namespace czs::cli {

struct SubcommandEntry
{
  const char* name;
  AddSubcommand add;
};

// Every top-level subcommand, in the order `czstation --help` lists them (like ninja's kTools).
std::span<const SubcommandEntry> subcommands();

} // namespace czs::cli
