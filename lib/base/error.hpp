#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace czs {

// What kind of failure an Error is; cmd/ maps each kind to one sysexits.h exit code.
enum class ErrorKind
{
  usage,       // the command line itself is wrong (64)
  bad_data,    // a value or a rule refused the request (65)
  no_input,    // an input file does not exist or cannot be read (66)
  not_found,   // no such station or record (69)
  cant_create, // the database file cannot be created (73)
  io,          // reading or writing failed (74)
  busy,        // another czstation holds the database past the timeout (75)
  config,      // a configuration or rules file is wrong (78)
  internal,    // a bug: something we did not expect (70)
};

// One thing wrong with a request: which rule (and article of the measures) refused it, what
// was wrong, and what the clerk can do about it. Rule and article are empty for plain
// validation failures.
struct Diagnostic
{
  std::string rule;    // "R-SITE-AREA"
  std::string article; // "3.1"
  std::string message; // what was wrong, translated
  std::string hint;    // what to do, translated; may be empty
};

// The one exception type of lib/: an expected refusal or failure carrying its diagnostics.
// Thrown only where a command cannot go on; cmd/main.cpp catches it once.
class Error : public std::runtime_error
{
public:
  Error(ErrorKind kind, std::string message, std::string hint = {});
  Error(ErrorKind kind, std::vector<Diagnostic> diagnostics);

  ErrorKind kind() const { return m_kind; }
  const std::vector<Diagnostic>& diagnostics() const { return m_diagnostics; }

private:
  ErrorKind m_kind;
  std::vector<Diagnostic> m_diagnostics;
};

} // namespace czs
