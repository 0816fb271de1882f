#pragma once

#include "base/result.hpp"
#include "oversight/stocktake.hpp"
#include "period/period.hpp"
#include "stations/station.hpp"

#include <istream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <SQLiteCpp/Database.h>

namespace czs::oversight {

// Stock-take sheets (Art. 11): last month's items carried over as this month's count sheet, and
// the reasons a count may differ from the books.

// The reasons a line may give for a count that differs from the books, as stored: spoiled,
// damaged, counting_error, sold_not_recorded, other (which needs a note).
std::span<const std::string_view> mismatch_reasons();

// The reason as a line stores it: "spoiled", or "spoiled: note" with a note; "other" needs a
// note. `kind` is the key or its Chinese (变质, 损坏, 盘点差错, 售出未记账, 其他). A failure names
// the list.
Result<std::string> mismatch_reason(std::string_view kind, std::string_view note);

// A stored reason as a Chinese table shows it: its key as the Chinese word ("变质：鼠咬" for
// "spoiled: 鼠咬") when the clerk's language is Chinese; else, or for text of no key, as stored.
std::string reason_for_people(const std::string& stored);

// The count sheet of `month` for a station: every item of its stock-take of the month before,
// with the quantity counted then as the book quantity now (counted 0 and reason empty, to be
// filled in). Throws czs::Error(not_found) when the month before has no stock-take.
std::vector<StocktakeLine> carried_over_sheet(SQLite::Database& db, const stations::Station& station,
                                              const Period& month);

// The header of a sheet, as `inspect stocktake sheet --format csv` writes it and `fill` reads it.
std::span<const char* const> sheet_columns();

// The lines of a filled sheet for the stock-take of `month` ("2026-03"): CSV headed by
// sheet_columns' keys or the Chinese sheet's headings (月份, 项目, ...; reason and note may be left
// out), in any order, trailing heading-less columns empty; cells GBK when `gbk`. Every row
// must be of that month (any form of it: 2026/3, 2026年3月) and give the counted quantity; a
// count that differs from the books needs a reason from mismatch_reasons(). Throws
// czs::Error(bad_data) listing every bad row by line number (nothing is read in part).
std::vector<StocktakeLine> read_filled_sheet(std::istream& in, const std::string& month, bool gbk = false);

} // namespace czs::oversight
