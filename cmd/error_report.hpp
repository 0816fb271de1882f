#pragma once

#include "base/error.hpp"

#include <iosfwd>

namespace czs::cli {

// Prints an error's diagnostics to `err`: one "czstation: error: [RULE, Art. N] what" line
// per diagnostic, each followed by its hint. Red only when err is a terminal and NO_COLOR is
// unset.
void report_error(std::ostream& err, const Error& error, bool color);

// True when stderr is a terminal and NO_COLOR is not set (https://no-color.org).
bool stderr_wants_color();

} // namespace czs::cli
