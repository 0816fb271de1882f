#include "subcommands.hpp"

#include "assess.hpp"
#include "audit_cmd.hpp"
#include "backup_cmd.hpp"
#include "close.hpp"
#include "export_cmd.hpp"
#include "import_cmd.hpp"
#include "init.hpp"
#include "inspect.hpp"
#include "order.hpp"
#include "parcel.hpp"
#include "register.hpp"
#include "report.hpp"
#include "review.hpp"
#include "rules_cmd.hpp"

#include <array>

namespace czs::cli {

namespace {

// In the order of a station's life: registration, daily service, the centre's oversight, the
// assessment and exit; then the tools around them.
constexpr std::array k_subcommands{
    SubcommandEntry{"init", add_init},       SubcommandEntry{"register", add_register},
    SubcommandEntry{"order", add_order},     SubcommandEntry{"parcel", add_parcel},
    SubcommandEntry{"inspect", add_inspect}, SubcommandEntry{"review", add_review},
    SubcommandEntry{"assess", add_assess},   SubcommandEntry{"close", add_close},
    SubcommandEntry{"report", add_report},   SubcommandEntry{"import", add_import},
    SubcommandEntry{"export", add_export},   SubcommandEntry{"rules", add_rules},
    SubcommandEntry{"audit", add_audit},     SubcommandEntry{"backup", add_backup},
    SubcommandEntry{"restore", add_restore},
};

} // namespace

std::span<const SubcommandEntry> subcommands()
{
  return k_subcommands;
}

} // namespace czs::cli
