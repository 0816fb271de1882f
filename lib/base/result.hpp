#pragma once

#include <string>
#include <utility>
#include <variant>

namespace czs {

// The outcome of parsing or validating one value: the value, or a message saying what was
// wrong with the input (already translated, ready to show a clerk). A small stand-in for
// C++23's std::expected, which GCC 12 lacks.
template <typename T>
class Result
{
public:
  Result(T value) : m_state(std::move(value)) {}

  static Result failure(std::string message)
  {
    Result r{Failure{std::move(message)}};
    return r;
  }

  bool ok() const { return std::holds_alternative<T>(m_state); }
  explicit operator bool() const { return ok(); }

  const T& value() const& { return std::get<T>(m_state); }
  T&& value() && { return std::get<T>(std::move(m_state)); }
  const T& operator*() const& { return value(); }
  const T* operator->() const { return &value(); }

  // The message of a failed result; empty for a successful one.
  const std::string& error() const
  {
    static const std::string k_none;
    return ok() ? k_none : std::get<Failure>(m_state).message;
  }

private:
  struct Failure
  {
    std::string message;
  };
  explicit Result(Failure f) : m_state(std::move(f)) {}

  std::variant<T, Failure> m_state;
};

} // namespace czs
