#include "oversight_input.hpp"

#include "context.hpp"
#include "input.hpp"

#include "i18n/translate.hpp"
#include "stations/station_store.hpp"
#include "text/input_fields.hpp"

#include <ostream>
#include <set>

namespace czs::cli {

namespace {

Period period_of_kind(const std::string& text, const char* option, PeriodKind kind, const char* example,
                      ErrorKind error)
{
  auto period = text::input_period(text);
  if (!period) {
    throw Error(error, trf("{}: {}", option, period.error()));
  }
  if (period->kind != kind) {
    throw Error(error,
                kind == PeriodKind::month ? trf("{}: '{}' is not a month", option, text)
                                          : trf("{}: '{}' is not a quarter", option, text),
                trf("write it as {}", example));
  }
  return *period;
}

// Splits "ITEM=NOTE" (the note may be empty or absent).
std::pair<std::string, std::string> item_and_note(const std::string& text)
{
  const auto eq = text.find('=');
  if (eq == std::string::npos) {
    return {text, {}};
  }
  return {text.substr(0, eq), optional_note(text.substr(eq + 1), "--fail/--note NOTE", 200)};
}

} // namespace

Cell date_cell(const std::string& date)
{
  return date.empty() ? Cell{} : Cell{date};
}

std::string people_text(const Cell& cell)
{
  if (const bool* b = std::get_if<bool>(&cell)) {
    return *b ? tr("yes") : tr("no");
  }
  return cell_text(cell);
}

Cell text_cell(const std::string& text)
{
  return text.empty() ? Cell{} : Cell{text};
}

Period month_option(const std::string& text, const char* option, Date fallback, ErrorKind kind)
{
  return text.empty() ? month_of(fallback) : period_of_kind(text, option, PeriodKind::month, "2026-03", kind);
}

Period quarter_option(const std::string& text, const char* option, Date fallback, ErrorKind kind)
{
  return text.empty() ? quarter_of(fallback) : period_of_kind(text, option, PeriodKind::quarter, "2026Q3", kind);
}

std::optional<std::int64_t> station_filter(Context& ctx, const std::string& code)
{
  if (code.empty()) {
    return std::nullopt;
  }
  return stations::require_station(ctx.db(), station_code(code, "--station")).id;
}

std::vector<stations::SiteItemResult> judged_items(std::span<const stations::SiteItemInfo> items,
                                                   const std::vector<std::string>& pass,
                                                   const std::vector<std::string>& fail,
                                                   const std::vector<std::string>& notes)
{
  std::vector<stations::SiteItemResult> judged;
  std::set<std::string> failed;
  for (const auto& f : fail) {
    auto [item, note] = item_and_note(f);
    failed.insert(item);
    judged.push_back({item, false, note});
  }
  for (const auto& p : pass) {
    if (p != "all") {
      judged.push_back({p, true, {}});
      continue;
    }
    for (const auto& info : items) {
      if (!failed.count(std::string(info.id))) {
        judged.push_back({std::string(info.id), true, {}});
      }
    }
  }
  for (const auto& n : notes) {
    auto [item, note] = item_and_note(n);
    for (auto& r : judged) {
      if (r.item == item && r.note.empty()) {
        r.note = note;
      }
    }
  }
  // A failed item is a finding the station must put right: it needs to say what was wrong.
  for (const auto& r : judged) {
    if (!r.passed && r.note.empty()) {
      throw Error(ErrorKind::usage, trf("--fail {} has no note saying what was wrong", r.item),
                  trf("write it as --fail {}=NOTE, or add --note {}=NOTE", r.item, r.item));
    }
  }
  return judged;
}

std::string deadline_option(const std::string& text, const char* option)
{
  auto date = text::input_date(text);
  if (!date) {
    throw Error(ErrorKind::bad_data, trf("{}: {}", option, date.error()));
  }
  return to_string(*date);
}

std::int64_t quantity_centi(const std::string& text, const char* option)
{
  return must(text::input_decimal(text, 2, 100'000'000'000, option));
}

} // namespace czs::cli
