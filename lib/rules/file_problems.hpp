#pragma once

#include "base/error.hpp"

#include <string>
#include <vector>

namespace czs::rules {

// The problems found in one rules file, each placed at a line and column, so that a clerk
// sees all of them at once, in file order. Internal to the rules file loader.
class FileProblems
{
public:
  explicit FileProblems(std::string path) : m_path(std::move(path)) {}

  // Records a problem at line:column (1-based; 0 when unknown); the message gets the
  // "path:line:column: " prefix.
  void add(int line, int column, const std::string& message, std::string hint = {});

  bool empty() const { return m_entries.empty(); }
  const std::string& path() const { return m_path; }

  // The problems as diagnostics, sorted by position.
  std::vector<Diagnostic> diagnostics() const;

private:
  struct Entry
  {
    int line;
    int column;
    Diagnostic diagnostic;
  };
  std::string m_path;
  std::vector<Entry> m_entries;
};

} // namespace czs::rules
