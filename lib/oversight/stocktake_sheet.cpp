#include "oversight/stocktake_sheet.hpp"

#include "base/error.hpp"
#include "i18n/chinese_lookup.hpp"
#include "i18n/translate.hpp"
#include "oversight/csv_text.hpp"
#include "period/period.hpp"
#include "text/csv.hpp"
#include "text/input_fields.hpp"
#include "text/shown_value.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include <fmt/format.h>

namespace czs::oversight {

namespace {

constexpr std::array<std::string_view, 5> k_reasons{"spoiled", "damaged", "counting_error", "sold_not_recorded",
                                                    "other"};
// The same reasons as a Chinese clerk names them, in the order of k_reasons.
constexpr std::array<std::string_view, 5> k_reasons_chinese{"变质", "损坏", "盘点差错", "售出未记账", "其他"};
constexpr std::array<const char*, 7> k_sheet{"month", "item", "unit", "book", "counted", "reason", "note"};

std::string reason_list()
{
  std::string out;
  for (std::size_t i = 0; i < k_reasons.size(); ++i) {
    out += fmt::format("{}{} ({})", i == 0 ? "" : ", ", k_reasons[i], k_reasons_chinese[i]);
  }
  return out;
}

// The reason's key from its key or its Chinese, as typed (trimmed, folded); empty when unknown.
std::string_view reason_key(std::string_view typed)
{
  const std::string word = text::input_word(typed);
  for (std::size_t i = 0; i < k_reasons.size(); ++i) {
    if (word == k_reasons[i] || word == k_reasons_chinese[i]) {
      return k_reasons[i];
    }
  }
  return {};
}

// Where each column of the sheet is in a filled file (headings in any order, as czstation
// wrote them in either language), and the encoding its cells are read in.
struct SheetLayout
{
  std::array<std::optional<std::size_t>, k_sheet.size()> at;
  std::size_t named = 0; // columns with a heading; those after it must be empty
  bool gbk = false;
};

// Other names a clerk's spreadsheet gives the columns, besides the key and what the Chinese
// sheet prints (tr of each column's label).
constexpr std::array<std::array<std::string_view, 2>, k_sheet.size()> k_sheet_aliases{{
    {"月份", "盘点月份"},
    {"商品", "品名"},
    {"单位", "计量单位"},
    {"账面数量", "账面数"},
    {"实盘数量", "实盘数"},
    {"差异原因", "原因类别"},
    {"说明", "备注"},
}};
constexpr std::array<const char*, k_sheet.size()> k_sheet_labels{N_("month"),   N_("item"),   N_("unit"), N_("book"),
                                                                 N_("counted"), N_("reason"), N_("note")};

std::optional<std::size_t> sheet_column(const std::string& heading)
{
  for (std::size_t c = 0; c < k_sheet.size(); ++c) {
    if (heading == k_sheet[c] || heading == tr_chinese(k_sheet_labels[c]) || heading == k_sheet_aliases[c][0]
        || heading == k_sheet_aliases[c][1]) {
      return c;
    }
  }
  return std::nullopt;
}

SheetLayout layout_of(const text::CsvRow& header, bool gbk, const std::string& month)
{
  SheetLayout layout;
  layout.gbk = gbk;
  layout.named = header.fields.size();
  while (layout.named > 0 && csv_heading(header.fields[layout.named - 1], gbk).empty()) {
    --layout.named;
  }
  for (std::size_t i = 0; i < layout.named; ++i) {
    if (const auto c = sheet_column(csv_heading(header.fields[i], gbk)); c && !layout.at[*c]) {
      layout.at[*c] = i;
    }
  }
  std::string missing;
  for (std::size_t c = 0; c < 5; ++c) { // reason and note may be left out of a sheet that matches
    if (!layout.at[c]) {
      missing += (missing.empty() ? "" : ", ") + std::string(k_sheet[c]);
    }
  }
  if (!missing.empty()) {
    throw Error(ErrorKind::bad_data,
                trf("the file is not a stock-take sheet: its header lacks the column(s) {}", missing),
                header_hint(header, gbk,
                            trf("write the sheet with: czstation inspect stocktake sheet CODE --month {} --format csv",
                                month)));
  }
  return layout;
}

// One row of a filled sheet as a line, or the problem with it.
Result<StocktakeLine> line_of_row(const text::CsvRow& row, const SheetLayout& layout, const std::string& month)
{
  using R = Result<StocktakeLine>;
  for (std::size_t i = layout.named; i < row.fields.size(); ++i) {
    if (!row.fields[i].empty()) {
      return R::failure(trf("field {} has a value but its column has no heading", i + 1));
    }
  }
  std::array<std::string, k_sheet.size()> f;
  try {
    for (std::size_t c = 0; c < k_sheet.size(); ++c) {
      if (layout.at[c] && *layout.at[c] < row.fields.size()) {
        f[c] = csv_text(row.fields[*layout.at[c]], layout.gbk, k_sheet[c]);
      }
    }
  } catch (const Error& e) {
    return R::failure(e.diagnostics().front().message);
  }
  // The month as any form of a month is written (2026/11, 2026年11月), compared by its label.
  const auto row_month = text::input_period(f[0]);
  if (!row_month || label(*row_month) != month) {
    return R::failure(trf("the row is of month {}, the stock-take of {}", f[0], month));
  }
  StocktakeLine line;
  auto item = text::input_text(f[1], "item", 100);
  auto unit = text::input_text(f[2], "unit", 20, false);
  auto book = text::input_decimal(f[3], 2, 100'000'000'000, "book");
  if (text::input_word(f[4]).empty()) {
    return R::failure(tr("the counted quantity is empty"));
  }
  auto counted = text::input_decimal(f[4], 2, 100'000'000'000, "counted");
  for (const std::string* problem : {item ? nullptr : &item.error(), unit ? nullptr : &unit.error(),
                                     book ? nullptr : &book.error(), counted ? nullptr : &counted.error()}) {
    if (problem) {
      return R::failure(*problem);
    }
  }
  line.item = *item;
  line.unit = *unit;
  line.book_centi = *book;
  line.counted_centi = *counted;
  if (!text::input_word(f[5]).empty() || !line.matches()) {
    auto reason = mismatch_reason(f[5], f[6]);
    if (!reason) {
      return R::failure(trf("{}: {}", line.item, reason.error()));
    }
    line.reason = *reason;
  }
  return line;
}

} // namespace

std::span<const std::string_view> mismatch_reasons()
{
  return k_reasons;
}

Result<std::string> mismatch_reason(std::string_view typed, std::string_view note)
{
  using R = Result<std::string>;
  const std::string_view kind = reason_key(typed);
  if (kind.empty()) {
    return typed.empty() ? R::failure(trf("the count differs from the books: give a reason ({})", reason_list()))
                         : R::failure(trf("unknown reason '{}': use {}", text::shown_value(typed), reason_list()));
  }
  auto text = text::input_note(note, "note", 500, false);
  if (!text) {
    return R::failure(text.error());
  }
  if (kind == "other" && text->empty()) {
    return R::failure(tr("the reason 'other' needs a note saying what happened"));
  }
  return text->empty() ? std::string(kind) : fmt::format("{}: {}", kind, *text);
}

std::string reason_for_people(const std::string& stored)
{
  if (current_language() != Language::zh) {
    return stored;
  }
  for (std::size_t i = 0; i < k_reasons.size(); ++i) {
    const std::string key(k_reasons[i]);
    if (stored == key) {
      return std::string(k_reasons_chinese[i]);
    }
    if (stored.rfind(key + ": ", 0) == 0) {
      return std::string(k_reasons_chinese[i]) + "：" + stored.substr(key.size() + 2);
    }
  }
  return stored;
}

std::vector<StocktakeLine> carried_over_sheet(SQLite::Database& db, const stations::Station& station,
                                              const Period& month)
{
  const Stocktake before = require_stocktake(db, station, label(previous(month)));
  std::vector<StocktakeLine> sheet;
  for (const auto& l : before.lines) {
    StocktakeLine line;
    line.item = l.item;
    line.unit = l.unit;
    line.book_centi = l.counted_centi; // what was on the shelf then is what the books hold now
    sheet.push_back(line);
  }
  return sheet;
}

std::span<const char* const> sheet_columns()
{
  return k_sheet;
}

std::vector<StocktakeLine> read_filled_sheet(std::istream& in, const std::string& month, bool gbk)
{
  text::CsvReader reader(in);
  text::CsvRow row;
  std::vector<StocktakeLine> lines;
  std::vector<Diagnostic> problems;
  try {
    while (reader.next(row) && (row.blank || text::is_empty_row(row))) {
    }
    if (row.fields.empty() || row.blank) {
      throw Error(ErrorKind::bad_data, tr("the file is not a stock-take sheet: it is empty"),
                  trf("write the sheet with: czstation inspect stocktake sheet CODE --month {} --format csv", month));
    }
    const SheetLayout layout = layout_of(row, gbk, month);
    while (reader.next(row)) {
      if (row.blank || text::is_empty_row(row)) {
        continue;
      }
      auto line = line_of_row(row, layout, month);
      if (line) {
        lines.push_back(*line);
      } else {
        problems.push_back(Diagnostic{{}, {}, trf("line {}: {}", row.line, line.error()), {}});
      }
    }
  } catch (const text::CsvError& e) {
    throw Error(ErrorKind::bad_data, e.what());
  }
  if (!problems.empty()) {
    throw Error(ErrorKind::bad_data, std::move(problems));
  }
  if (lines.empty()) {
    throw Error(ErrorKind::bad_data, tr("the sheet has no lines"));
  }
  return lines;
}

} // namespace czs::oversight
