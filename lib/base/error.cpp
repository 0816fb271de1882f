#include "base/error.hpp"

#include <utility>

namespace czs {

namespace {

std::string summary(const std::vector<Diagnostic>& diagnostics)
{
  return diagnostics.empty() ? std::string("error") : diagnostics.front().message;
}

} // namespace

Error::Error(ErrorKind kind, std::string message, std::string hint)
    : Error(kind, std::vector<Diagnostic>{Diagnostic{{}, {}, std::move(message), std::move(hint)}})
{
}

Error::Error(ErrorKind kind, std::vector<Diagnostic> diagnostics)
    : std::runtime_error(summary(diagnostics)), m_kind(kind), m_diagnostics(std::move(diagnostics))
{
}

} // namespace czs
