#pragma once

#include <filesystem>
#include <string>

namespace czs::test {

// True once an assertion of the running test case has failed (set by the listener in main.cpp).
bool current_case_failed();

// The one temporary-directory helper of the unit tests: a fresh directory for one test case, removed afterwards unless
// the case failed (then it is kept for inspection and its path printed), as ccache's and ninja's test harnesses do.
class TempDir
{
public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string file(const std::string& name) const { return (m_path / name).string(); }

  // Writes `text` to the file `name` (folders created as needed); returns its path.
  std::string write(const std::string& name, const std::string& text) const;
  const std::filesystem::path& path() const { return m_path; }

private:
  std::filesystem::path m_path;
};

} // namespace czs::test
