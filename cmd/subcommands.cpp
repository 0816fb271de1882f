#include "subcommands.hpp"

#include "audit_cmd.hpp"
#include "export_cmd.hpp"
#include "import_cmd.hpp"
#include "init.hpp"
#include "order.hpp"
#include "parcel.hpp"
#include "register.hpp"
#include "report.hpp"

#include <array>

namespace czs::cli {

namespace {

constexpr std::array k_subcommands{
  SubcommandEntry{"init", add_init},
  SubcommandEntry{"register", add_register},
  SubcommandEntry{"order", add_order},
  SubcommandEntry{"parcel", add_parcel},
  SubcommandEntry{"import", add_import},
  SubcommandEntry{"export", add_export},
  SubcommandEntry{"report", add_report},
  SubcommandEntry{"audit", add_audit},
};

} // namespace

std::span<const SubcommandEntry> subcommands()
{
  return k_subcommands;
}

} // namespace czs::cli
