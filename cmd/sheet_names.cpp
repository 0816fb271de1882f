// Sheet names of single-table commands (--format xlsx): the command path is English and reads
// like a shell line; a clerk opening the workbook should read a title in their language.

#include "sheet_names.hpp"

#include "i18n/translate.hpp"

#include <array>
#include <utility>

namespace czs::cli {

namespace {

// Every command that may write a workbook (the reading commands, cmd/access.cpp), with its
// sheet's title; `report overview` and `report evaluation` name their own sheets.
constexpr std::array<std::pair<std::string_view, const char*>, 43> k_titles{{
    {"report ledger", N_("Ledger report")},
    {"report checks", N_("Fee and notice checks")},
    {"report overview", N_("Quarterly overview")},
    {"report evaluation", N_("Evaluation")},
    {"report disputes", N_("Disputes report")},
    {"export purchases", N_("Purchases export")},
    {"export sales", N_("Sales export")},
    {"export services", N_("Services export")},
    {"export parcels", N_("Parcels export")},
    {"audit list", N_("Audit log")},
    {"audit verify", N_("Audit log check")},
    {"audit anchor", N_("Audit chain head")},
    {"rules show", N_("Rules")},
    {"rules check", N_("Rules file check")},
    {"rules template", N_("Rules template")},
    {"assess", N_("Assessment")},
    {"assess history", N_("Assessment runs")},
    {"assess show", N_("Recorded run")},
    {"parcel find", N_("Parcels found")},
    {"parcel overdue", N_("Overdue parcels")},
    {"parcel list", N_("Parcels")},
    {"parcel show", N_("Parcel")},
    {"register items", N_("Equipment and accounts issued")},
    {"register show", N_("Station")},
    {"register list", N_("Stations")},
    {"register holdings", N_("Station holdings")},
    {"register outreach list", N_("Outreach activities")},
    {"review credit list", N_("Credit incidents")},
    {"review credit overdue", N_("Uncorrected credit incidents")},
    {"review callback list", N_("Callbacks list")},
    {"review callback coverage", N_("Callback coverage")},
    {"review post list", N_("Posts")},
    {"review post quota", N_("Post quota")},
    {"review login list", N_("Platform activity")},
    {"inspect stocktake sheet", N_("Count sheet")},
    {"inspect stocktake show", N_("Stock-take")},
    {"inspect stocktake list", N_("Stock-takes list")},
    {"close status", N_("Exit status")},
    {"order list", N_("Orders")},
    {"order show", N_("Order")},
    {"inspect list", N_("Inspections list")},
    {"inspect show", N_("Inspection")},
    {"inspect coverage", N_("Inspection coverage")},
}};

} // namespace

std::string sheet_name_for(std::string_view command_path)
{
  for (const auto& [path, title] : k_titles) {
    if (path == command_path) {
      return tr(title);
    }
  }
  return std::string(command_path);
}

} // namespace czs::cli
