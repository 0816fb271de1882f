#include "subcommands.hpp"

#include "audit_cmd.hpp"
#include "close.hpp"
#include "init.hpp"
#include "inspect.hpp"
#include "register.hpp"
#include "rules_cmd.hpp"
#include "review.hpp"

#include <array>

namespace czs::cli {

namespace {

constexpr std::array k_subcommands{
  SubcommandEntry{"init", add_init},
  SubcommandEntry{"register", add_register},
  SubcommandEntry{"rules", add_rules},
  SubcommandEntry{"close", add_close},
  SubcommandEntry{"inspect", add_inspect},
  SubcommandEntry{"review", add_review},
  SubcommandEntry{"audit", add_audit},
};

} // namespace

std::span<const SubcommandEntry> subcommands()
{
  return k_subcommands;
}

} // namespace czs::cli
