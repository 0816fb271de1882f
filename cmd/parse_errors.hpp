#pragma once

#include "base/error.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace CLI {
class App;
class ParseError;
class Validator;
} // namespace CLI

namespace czs::cli {

// CLI11's parse error as our own translated usage error (exit 64): a mistyped subcommand or
// option with "did you mean", a missing option or value named. args is the command line as
// given (args[0] the program).
Error usage_error_of(const CLI::ParseError& e, const CLI::App& root, const std::vector<std::string>& args);

// Throws czs::Error(usage) when an option that takes a value was given an empty one
// (--date ''): an empty value never means "the default".
void refuse_empty_values(const CLI::App& app);

// A validator for an option taking a whole number from 0 to max, refusing anything else with
// our message (not CLI11's range of 309 digits).
CLI::Validator whole_number(std::int64_t max);

// A validator for a record's number given as an argument (inspect show 79, assess show 3):
// full-width digits folded, anything else refused with our message naming the value.
CLI::Validator record_number();

} // namespace czs::cli
