#pragma once

#include "output.hpp"

#include "base/error.hpp"
#include "period/period.hpp"
#include "stations/site_check.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace czs::cli {

class Context;

// Shared by `inspect` and `review`: the options they have in common and the way they print.

// A date cell: null when the date is empty.
Cell date_cell(const std::string& date);
// A cell as a table shows it to people: booleans as yes/no in the clerk's language.
std::string people_text(const Cell& cell);
// A text cell: null when the text is empty.
Cell text_cell(const std::string& text);

// A calendar month written as 2026-03, or the month of `fallback` when text is empty. Throws
// czs::Error(kind) for any other form: bad_data for a value to record, usage for a filter.
Period month_option(const std::string& text, const char* option, Date fallback, ErrorKind kind = ErrorKind::bad_data);

// A calendar quarter written as 2026Q3, or the quarter of `fallback` when text is empty.
Period quarter_option(const std::string& text, const char* option, Date fallback, ErrorKind kind = ErrorKind::bad_data);

// The id of the station with this code (for a listing filter), or nullopt when code is empty.
// Throws czs::Error(not_found) with a suggestion for an unknown code.
std::optional<std::int64_t> station_filter(Context& ctx, const std::string& code);

// The judgement of a checklist from --pass ITEM|all, --fail ITEM=NOTE and --note ITEM=NOTE:
// "all" passes every item of `items` not failed.
std::vector<stations::SiteItemResult> judged_items(std::span<const stations::SiteItemInfo> items,
                                                   const std::vector<std::string>& pass,
                                                   const std::vector<std::string>& fail,
                                                   const std::vector<std::string>& notes);

// A deadline: a valid date that may lie in the future (unlike an event's date). Throws
// czs::Error(bad_data) naming the option.
std::string deadline_option(const std::string& text, const char* option);

// A quantity with up to two decimals, in hundredths (0 to 1,000,000,000.00).
std::int64_t quantity_centi(const std::string& text, const char* option);

} // namespace czs::cli
