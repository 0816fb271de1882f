#include "station_view.hpp"

#include "context.hpp"
#include "input.hpp"

#include "i18n/translate.hpp"
#include "stations/batch.hpp"

#include <CLI/CLI.hpp>

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
          {"applied_on", tr("applied on")},
          {"opened_on", tr("opened on")},
          {"closed_on", tr("closed on")},
          {"batch", tr("batch")},
          {"phase", tr("phase"), true}};
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
          date_or_null(s.closed_on),
          s.batch.empty() ? Cell{} : Cell{s.batch},
          s.phase > 0 ? Cell{s.phase} : Cell{}};
}

void add_batch_filter(CLI::App* sub, std::string& target)
{
  sub->add_option("--batch", target, tr("only stations of this construction batch (建设批次, Art. 2.2)"))
      ->type_name(tr("TEXT"));
}

std::string batch_filter(Context& ctx, const std::string& text)
{
  if (text.empty()) {
    return {};
  }
  return stations::require_batch(ctx.db(), required_text(text, "--batch", 50));
}

} // namespace czs::cli
