#include "oversight/stocktake_sheet.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "text/csv.hpp"
#include "text/input_fields.hpp"

#include <algorithm>
#include <array>

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
  const auto cleaned = text::input_text(typed, "reason", 50, false);
  const std::string word = cleaned ? text::fold_fullwidth(*cleaned) : std::string(typed);
  for (std::size_t i = 0; i < k_reasons.size(); ++i) {
    if (word == k_reasons[i] || word == k_reasons_chinese[i]) {
      return k_reasons[i];
    }
  }
  return {};
}

// One row of a filled sheet as a line, or the problem with it.
Result<StocktakeLine> line_of_row(const text::CsvRow& row, const std::string& month)
{
  using R = Result<StocktakeLine>;
  if (row.fields.size() != k_sheet.size()) {
    return R::failure(trf("{} fields where the sheet has {}", row.fields.size(), k_sheet.size()));
  }
  if (row.fields[0] != month) {
    return R::failure(trf("the row is of month {}, the stock-take of {}", row.fields[0], month));
  }
  StocktakeLine line;
  auto item = text::input_text(row.fields[1], "item", 100);
  auto unit = text::input_text(row.fields[2], "unit", 20, false);
  auto book = text::input_decimal(row.fields[3], 2, 100'000'000'000, "book");
  if (row.fields[4].empty()) {
    return R::failure(tr("the counted quantity is empty"));
  }
  auto counted = text::input_decimal(row.fields[4], 2, 100'000'000'000, "counted");
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
  if (!row.fields[5].empty() || !line.matches()) {
    auto reason = mismatch_reason(row.fields[5], row.fields[6]);
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
                         : R::failure(trf("unknown reason '{}': use {}", typed, reason_list()));
  }
  auto text = text::input_text(note, "note", 500, false);
  if (!text) {
    return R::failure(text.error());
  }
  if (kind == "other" && text->empty()) {
    return R::failure(tr("the reason 'other' needs a note saying what happened"));
  }
  return text->empty() ? std::string(kind) : fmt::format("{}: {}", kind, *text);
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

std::vector<StocktakeLine> read_filled_sheet(std::istream& in, const std::string& month)
{
  text::CsvReader reader(in);
  text::CsvRow row;
  std::vector<StocktakeLine> lines;
  std::vector<Diagnostic> problems;
  try {
    if (!reader.next(row) || !std::equal(row.fields.begin(), row.fields.end(), k_sheet.begin(), k_sheet.end())) {
      throw Error(ErrorKind::bad_data, tr("the file is not a stock-take sheet: its header is not the sheet's"),
                  trf("write the sheet with: czstation inspect stocktake sheet CODE --month {} --format csv", month));
    }
    while (reader.next(row)) {
      if (row.blank || text::is_empty_row(row)) {
        continue;
      }
      auto line = line_of_row(row, month);
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
