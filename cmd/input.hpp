#pragma once

#include "base/error.hpp"
#include "base/result.hpp"

#include "period/period.hpp"

#include <cstdint>
#include <fstream>
#include <optional>
#include <string>

namespace czs::cli {

// The value of a validated input, or czs::Error(bad_data) with its message: bad values are
// bad data (65), as SPEC.md asks, not usage errors.
template <typename T>
T must(Result<T> result)
{
  if (!result) {
    throw Error(ErrorKind::bad_data, result.error());
  }
  return std::move(result).value();
}

// Common clerk inputs, each validated with a message naming the option; text on one line.
std::string required_text(const std::string& value, const char* option, std::size_t max_chars = 100);
std::string optional_text(const std::string& value, const char* option, std::size_t max_chars = 500);
// Text that may run over several lines (a note, reason, description): its line breaks kept
// (text::input_note); required_text and optional_text refuse them (text::input_text).
std::string required_note(const std::string& value, const char* option, std::size_t max_chars);
std::string optional_note(const std::string& value, const char* option, std::size_t max_chars);
// A villager's, producer's, recipient's or sender's name (private): at most 50 characters, and a
// refusal shows it masked (text::input_name).
std::string person_name(const std::string& value, const char* option);
// A station's code as the clerk typed it (text::clean_code), a refusal naming `option`: --station,
// --code, or the positional CODE.
std::string station_code(const std::string& value, const char* option = "CODE");
// An identifier copied from elsewhere (order, serial, pickup code): Excel's wrappers undone, its
// exponent form refused (text::input_identifier).
std::string identifier(const std::string& value, const char* option, std::size_t max_chars);
std::int64_t area_centi_m2(const std::string& value, const char* option);
std::int64_t population(const std::string& value, const char* option);

// A period option (2026-03, 2026Q1, 2026, A..B): nullopt when not given; a malformed one is a
// usage error (64) naming the option.
std::optional<Period> period_option(const std::string& text, const char* option);
// The same for an option that must be given.
Period required_period(const std::string& text, const char* option);

// The file an import reads, opened for its bytes; throws czs::Error(no_input) naming it (a typo
// in a path, an unreadable file).
std::ifstream open_input_file(const std::string& path);

// --encoding of a platform's export: true for gbk (or gb18030, gb2312), false for utf-8 (or
// utf8), in any case; throws czs::Error(usage) naming the two for anything else.
bool gbk_encoding(const std::string& encoding);

// Whether the file `in` (just opened) is read as GBK: as --encoding says when given, else when
// its start is not UTF-8 but reads as GBK; `in` is left at its start.
bool file_is_gbk(std::ifstream& in, const std::string& encoding);

} // namespace czs::cli
