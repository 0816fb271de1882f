#pragma once

#include "base/result.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace czs {

// The largest amount parse_yuan accepts: 100,000,000.00 yuan, in fen.
inline constexpr std::int64_t k_max_fen = 10'000'000'000;

// An amount of yuan written with digits and at most two decimals ("12", "12.5", "0.01") as
// integer fen, or a message saying what is wrong and showing 12.50 as an example. Refuses
// signs, currency symbols, spaces, exponents, "12." and ".5", and amounts over k_max_fen.
Result<std::int64_t> parse_yuan(std::string_view text);

// Fen as yuan with two decimals and no grouping: 1250 → "12.50", -5 → "-0.05", 0 → "0.00".
std::string format_fen(std::int64_t fen);

// A non-negative number with at most `scale` decimals (0-9) as an integer in units of
// 10^-scale ("29.99" at scale 2 → 2999), at most max_scaled (>= 0); what is the quantity's
// name, already translated (tr("usable area")), used in the message when the text is refused.
Result<std::int64_t> parse_decimal(std::string_view text, int scale, std::int64_t max_scaled, const char* what);

// A scaled integer written with exactly `scale` decimals (0-9): (2999, 2) → "29.99",
// (3000, 2) → "30.00", (-5, 1) → "-0.5", (7, 0) → "7".
std::string format_decimal(std::int64_t scaled, int scale);

// format_decimal with a comma between each group of three digits of the whole part, for people
// (tables, spreadsheets; never CSV, JSON or TSV): (128650, 2) → "1,286.50", (-1234567, 0) →
// "-1,234,567".
std::string format_grouped(std::int64_t scaled, int scale);

// A non-negative whole number written with digits only, at most max (>= 0); what is the
// quantity's name, already translated (tr("resident population")), used in messages.
Result<std::int64_t> parse_count(std::string_view text, std::int64_t max, const char* what);

} // namespace czs
