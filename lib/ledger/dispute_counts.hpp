#pragma once

#include "period/period.hpp"

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include <SQLiteCpp/Database.h>

// Art. 8: the purchase disputes a station helped with (Art. 4.3), counted by kind (counterfeit,
// spoiled, damaged, late, other) for a report per station and quarter.
namespace czs::ledger {

inline constexpr std::size_t k_dispute_kinds = 5;

// Disputes opened in a part of a period, per kind in the order of dispute_kinds().
struct DisputeTally
{
  std::array<std::int64_t, k_dispute_kinds> by_kind{};

  std::int64_t total() const;
  void add(const DisputeTally& other);
};

// The index of a dispute kind in dispute_kinds() (counterfeit 0 ... other 4); k_dispute_kinds
// for a kind the list lacks.
std::size_t dispute_kind_index(std::string_view kind);

// The calendar quarters a period touches, in order, each clipped to the period: 2026 gives its
// four quarters (kind quarter); 2026-05 gives itself (a month inside one quarter); a range
// gives its clipped parts, a whole quarter among them with kind quarter.
std::vector<Period> quarters_in(const Period& period);

// Calls `each` with every station that opened a dispute within `part` (by opened_on, both ends
// included) and its tally, in ascending station id; `only` limits it to one station.
void for_each_dispute_tally(SQLite::Database& db, const Period& part, std::optional<std::int64_t> only,
                            const std::function<void(std::int64_t station_id, const DisputeTally&)>& each);

} // namespace czs::ledger
