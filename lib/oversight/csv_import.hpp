#pragma once

#include "text/csv.hpp"

#include <cstdint>
#include <functional>
#include <istream>
#include <string>

// One pass over a platform's CSV export imported all or nothing (posts, login logs).
namespace czs::oversight {

struct CsvPass
{
  std::int64_t rows = 0;       // data rows read
  std::int64_t empty_rows = 0; // rows whose fields were all empty, skipped
};

// Reads `in` as CSV: the first row that is not empty through `header`, every later one through
// `row`. A czs::Error that `row` throws becomes that row's problem ("SOURCE line N: ...") and
// reading goes on, so that the clerk gets every broken row at once. Throws czs::Error(bad_data)
// listing the problems (the first 20, then how many rows had one) when a row or the file itself
// was bad, or when the file has no header row (`empty_hint` says how to export one): the caller
// then writes nothing.
CsvPass read_csv_import(std::istream& in, const std::string& source, const std::string& empty_hint,
                        const std::function<void(const text::CsvRow&)>& header,
                        const std::function<void(const text::CsvRow&)>& row);

} // namespace czs::oversight
