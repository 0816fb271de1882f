#pragma once

#include "context.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace czs::cli {

// Inputs the ledger commands share, each validated with a message naming the option.

// A day for an event: YYYY-MM-DD, not after today (--as-of); today when not given.
std::string event_day(const Context& ctx, const std::string& text, const char* option);
// A time for an event whose hour matters (arrival, notice): YYYY-MM-DD[THH:MM[:SS]], not after
// today; when not given, today at the current time of day.
std::string event_time(const Context& ctx, const std::string& text, const char* option);
// Yuan with at most two decimals, as fen ("12.50" → 1250); an empty optional value is 0.
std::int64_t yuan(const std::string& text, const char* option);
std::int64_t optional_yuan(const std::string& text, const char* option);
// A record id as clerks type it: digits, or the listing's reference with its letter (P12 for a
// purchase when prefix is 'P'). Throws czs::Error(usage) for anything else.
std::int64_t record_id(const std::string& text, char prefix, const char* what);
// A villager's phone number (7 to 15 digits); optional ones may be empty.
std::string phone(const std::string& text, const char* option);
std::string optional_phone(const std::string& text, const char* option);

} // namespace czs::cli
