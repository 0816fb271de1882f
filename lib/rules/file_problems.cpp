#include "rules/file_problems.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace czs::rules {

void FileProblems::add(int line, int column, const std::string& message, std::string hint)
{
  // Compilers' "file:line:column: message" form lets editors jump to the spot.
  std::string where = line > 0 ? fmt::format("{}:{}:{}: ", m_path, line, column) : fmt::format("{}: ", m_path);
  m_entries.push_back({line, column, Diagnostic{{}, {}, where + message, std::move(hint)}});
}

std::vector<Diagnostic> FileProblems::diagnostics() const
{
  std::vector<Entry> sorted = m_entries;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Entry& a, const Entry& b) {
    return a.line != b.line ? a.line < b.line : a.column < b.column;
  });
  std::vector<Diagnostic> out;
  for (auto& entry : sorted) {
    out.push_back(std::move(entry.diagnostic));
  }
  return out;
}

} // namespace czs::rules
