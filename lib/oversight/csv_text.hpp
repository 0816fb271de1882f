#pragma once

#include "text/csv.hpp"

#include <string>
#include <string_view>

// The text of a platform's CSV export (posts, logins), which may be UTF-8 or GBK (as
// Chinese-locale Excel saves it): how its headings are compared and its fields decoded.
namespace czs::oversight {

// A heading as a column name is compared: decoded (a GBK export's 站点编号 is GBK bytes until
// then), cleaned as text::input_text cleans it and lower-cased; "" for a heading that is empty
// or cannot be decoded.
std::string csv_heading(std::string_view raw, bool gbk);

// The hint for a header that lacks columns: a file whose headings are GBK read as UTF-8 (Chinese
// Excel's CSV without --encoding gbk) says so, since its Chinese headings cannot match; else
// `otherwise`.
std::string header_hint(const text::CsvRow& header, bool gbk, std::string otherwise);

// A field's text: the formula guard of an export undone, decoded from GBK when `gbk`, else
// checked as UTF-8. Throws czs::Error(bad_data) saying the field (`column`, as messages name
// it) is not GBK or UTF-8 text, with a hint (--encoding gbk when the bytes look like GBK).
std::string csv_text(std::string raw, bool gbk, std::string_view column);

} // namespace czs::oversight
