#pragma once

#include <cstdint>
#include <string>
#include <string_view>

// Text for printable HTML documents: escaping, and numbers grouped for people to read.
namespace czs::html {

// `text` made safe as an element's content or a quoted attribute value: & < > " ' become
// character references, and C0 control characters other than tab and newline (which HTML
// forbids) are dropped; everything else, UTF-8 included, is kept as it is.
std::string escape(std::string_view text);

// An integer with a comma between each group of three digits ("-1,234,567"), for people only:
// CSV, JSON and TSV never group.
std::string grouped(std::int64_t n);

// A decimal number as text ("1234567.50", "-12.00", "7") with its integer part grouped
// ("1,234,567.50"); text that is not a plain decimal number is returned unchanged.
std::string grouped(std::string_view decimal);

} // namespace czs::html
