#include "station_view.hpp"

#include "i18n/translate.hpp"

namespace czs::cli {

namespace {

Cell date_or_null(const std::string& date)
{
  return date.empty() ? Cell{} : Cell{date};
}

} // namespace

std::vector<Column> station_columns()
{
  return {{"code", tr("code")},
          {"name", tr("name")},
          {"township", tr("township")},
          {"village", tr("village")},
          {"premises", tr("premises")},
          {"area_m2", tr("area m²"), true},
          {"population", tr("population"), true},
          {"manager", tr("manager")},
          {"phone", tr("phone")},
          {"status", tr("status")},
          {"applied_on", tr("applied")},
          {"opened_on", tr("opened")},
          {"closed_on", tr("closed")}};
}

std::vector<Cell> station_cells(const stations::Station& s, bool for_people)
{
  return {s.code,
          s.name,
          s.township,
          s.village,
          for_people ? std::string(stations::premises_label(s.premises)) : std::string(stations::to_string(s.premises)),
          Decimal{s.area_centi_m2, 2},
          s.population,
          s.manager_name,
          s.manager_phone,
          for_people ? std::string(stations::status_label(s.status)) : std::string(stations::to_string(s.status)),
          s.applied_on,
          date_or_null(s.opened_on),
          date_or_null(s.closed_on)};
}

} // namespace czs::cli
