#pragma once

#include "base/result.hpp"
#include "period/date.hpp"
#include "period/period.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

// The one input layer: every value a clerk types on the command line or an import file
// carries goes through these functions, so what Excel, WPS, platform exports, Chinese input
// methods and web pages do to a value is undone (or refused with its cause) in one place.
// Messages are translated; functions that take `field` name it, the others show the value
// (non-printing characters as <U+202E>) and callers put the field in front.
namespace czs::text {

// s with every character a reader cannot see (controls, format and bidi characters, spaces
// other than U+0020, zero-width characters) shown as <U+XXXX>, and invalid bytes as <0xNN>.
std::string visible(std::string_view s);

// One-line text (names, codes, townships, villages, items, actors) made safe to store: valid
// UTF-8, every Unicode space (tab, no-break, ideographic, and a line break at either end)
// trimmed at the ends and folded to one ASCII space inside, zero-width characters
// (U+200B-U+200D, U+2060, U+FEFF) removed, NFC; a line break inside (LF, CR, VT, FF, NEL,
// U+2028, U+2029) and other control, format and bidi-override characters refused with a
// message showing them (<U+000A>, <U+202E>); at most max_chars characters (counted after NFC);
// empty refused when required.
Result<std::string> input_text(std::string_view value, const char* field, std::size_t max_chars, bool required = true);

// Free text that may run over several lines (notes, reasons, descriptions, problems found):
// each line cleaned as input_text cleans one-line text, the line breaks between them kept as
// LF (CR LF, CR, VT, FF, NEL, U+2028 and U+2029 alike; inner blank lines kept, those at either
// end dropped); refused as input_text refuses; at most max_chars characters, line breaks
// counted.
Result<std::string> input_note(std::string_view value, const char* field, std::size_t max_chars, bool required = true);

// `message` with every occurrence of `shown` (a private value as a message showed it) replaced
// by `masked`: how a refusal of a private value is kept from repeating it.
std::string hide_value(std::string message, std::string_view shown, std::string_view masked);

// A villager's name (private, Art. 13): input_text, but a refusal shows the value masked as
// mask_name does ("--villager '王*<U+202E>…'" never the whole name), so that no message, mail
// from cron or import diagnostic repeats it.
Result<std::string> input_name(std::string_view value, const char* field, std::size_t max_chars, bool required = true);

// Fullwidth ASCII (U+FF01-U+FF5E, what Chinese input methods type) as ASCII and U+3000 as a
// space: "１３９" → "139", "４０" → "40"; other characters unchanged.
std::string fold_fullwidth(std::string_view s);

// A fixed word as a clerk typed it (a status, kind, basis, level ...): input_text's cleaning,
// fullwidth folded, ASCII letters lower-cased (" ＯＰＥＮ" → "open"); "" when it cannot be text.
// Compared with the keys and Chinese words of a word table.
std::string input_word(std::string_view value);

// The common first step of every numeric-like field (dates, amounts, quantities, phones, codes,
// identifiers): input_text's cleaning without a length limit, fullwidth folded, and Excel's
// keep-as-text wrappers undone (one leading "'" or ="..."); "" for an empty value. The message
// of a refusal does not name the field.
Result<std::string> numeric_form(std::string_view value);

// An identifier copied from a platform or courier (order, tracking and serial numbers, pickup
// codes): numeric_form, at most max_chars characters; the exponent form Excel turns long
// numbers into (3.16001E+18) is refused, saying the digits are lost and how to keep them.
// "" when empty and not required.
Result<std::string> input_identifier(std::string_view value, const char* field, std::size_t max_chars,
                                     bool required = true);

// A courier's tracking number: input_identifier (at most 40 characters), then ASCII letters,
// digits and '-', upper-cased.
Result<std::string> input_tracking_number(std::string_view value, const char* field);

// A phone number in its one stored form: a mainland mobile number as its 11 digits (without
// +86, 0086 or 86, spaces, hyphens, dots or parentheses), a landline as area code, hyphen and
// number ("0891-6823456"), a local landline as its 7 or 8 digits, a foreign number as "+"
// and its digits. Refuses anything else with the reason.
Result<std::string> input_phone(std::string_view value, const char* field);

// The stored form of a phone written in any form input_phone accepts, or `value` unchanged when
// it accepts none (for bringing stored numbers and --phone filters to the same form).
std::string canonical_phone(std::string_view value);

// A code chosen by the clerk (station codes, references): numeric_form, then ASCII letters,
// digits, '-', '_' and '/', 1 to 32 characters, upper-cased.
Result<std::string> input_code(std::string_view value, const char* field);

// A day written year first: 2026-03-05, 2026-3-5, 2026/3/5, 2026.3.5, 20260305 or
// 2026年3月5日 (fullwidth digits folded). Day-first and month-first forms, two-digit years and
// Excel's serial day numbers are refused with the cause.
Result<Date> input_date(std::string_view value);

// A day as input_date, optionally followed by a time H:MM, HH:MM or HH:MM:SS after a space or
// 'T' (the day alone means midnight).
Result<DateTime> input_date_time(std::string_view value);

// A period: a year (2026, 2026年), a month (2026-03, 2026-3, 2026/03, 2026.03, 202603,
// 2026年3月), a quarter (2026Q1, 2026-Q1, 2026年第1季度, 2026年一季度, 2026年1季度) or a range
// A..B whose ends are days, months or quarters (2026-01..2026-03 runs from 2026-01-01 to
// 2026-03-31); a range is of kind range.
Result<Period> input_period(std::string_view value);

// Yuan as fen: digits with at most two decimals, optionally after ¥ or ￥, before 元, with
// thousands separators grouping three digits (1,286.50) and spaces around. Refuses `12,50`
// (a decimal comma), three decimals, exponents and signs with the reason.
Result<std::int64_t> input_yuan(std::string_view value);

// A non-negative number with at most `scale` decimals, in units of 10^-scale, as parse_decimal,
// after numeric_form and with correctly grouped thousands separators allowed.
Result<std::int64_t> input_decimal(std::string_view value, int scale, std::int64_t max_scaled, const char* what);

// A non-negative whole number at most max, as parse_count, after numeric_form and with
// correctly grouped thousands separators allowed.
Result<std::int64_t> input_count(std::string_view value, std::int64_t max, const char* what);

} // namespace czs::text
