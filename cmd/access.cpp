#include "access.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace czs::cli {

namespace {

// Top-level commands that never create a database: they look at records that must exist.
// (restore opens no database through the context: it writes the one it restores.)
constexpr std::array<std::string_view, 6> k_never_create{"assess", "report", "export", "audit", "rules", "backup"};

// Top-level commands all of whose subcommands only read.
constexpr std::array<std::string_view, 5> k_reading_trees{"report", "export", "audit", "rules", "backup"};

// Other commands that only read, by their full path (assess without --apply among them). Leaf
// names alone would not do: `order sale list` records a listing on the platform.
constexpr std::array<std::string_view, 28> k_readers{
    "assess",
    "assess history",
    "assess show",
    "parcel find",
    "parcel overdue",
    "register items",
    "review credit overdue",
    "inspect stocktake sheet",
    "register show",
    "register list",
    "register holdings",
    "order list",
    "order show",
    "parcel list",
    "parcel show",
    "inspect list",
    "inspect show",
    "inspect coverage",
    "inspect stocktake show",
    "inspect stocktake list",
    "review callback list",
    "review callback coverage",
    "review credit list",
    "review post list",
    "review post quota",
    "close status",
    "review login list",
    "register outreach list",
};

template <typename Names>
bool contains(const Names& names, std::string_view name)
{
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Commands in a reading tree that write all the same.
constexpr std::array<std::string_view, 1> k_writers_among_readers{"audit sign"};

bool reads_only(const std::vector<std::string>& path)
{
  std::string joined;
  for (const auto& part : path) {
    joined += (joined.empty() ? "" : " ") + part;
  }
  if (contains(k_writers_among_readers, joined)) {
    return false;
  }
  return contains(k_reading_trees, path.front()) || contains(k_readers, joined);
}

} // namespace

DatabaseAccess access_for(const std::vector<std::string>& path, bool applies, bool reveals)
{
  if (path.empty()) {
    return DatabaseAccess::read_only;
  }
  if (path.front() == "init") {
    return DatabaseAccess::create_anywhere;
  }
  const bool never_create = contains(k_never_create, path.front());
  if (reads_only(path) && !applies && !reveals) {
    return DatabaseAccess::read_only;
  }
  return never_create || reads_only(path) ? DatabaseAccess::write_existing : DatabaseAccess::write_or_create_default;
}

} // namespace czs::cli
