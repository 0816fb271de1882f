#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include <SQLiteCpp/Database.h>

namespace czs::ledger {

// The number of digits of a pickup code: a million codes, so a guess rarely hits, and short
// enough to read out over the phone.
constexpr int k_pickup_code_digits = 6;

// A pickup code of k_pickup_code_digits digits drawn from `draw` (any 32-bit source), redrawn
// while `taken` says another waiting parcel of the station holds it. Throws czs::Error(internal)
// after 1000 draws (only a broken source, or a million waiting parcels, gets there).
std::string new_pickup_code(const std::function<std::uint32_t()>& draw,
                            const std::function<bool(const std::string&)>& taken);

// A pickup code unique among the station's parcels now waiting (arrived or notified), drawn
// from the operating system's random source.
std::string issue_pickup_code(SQLite::Database& db, std::int64_t station_id);

// True when text is k_pickup_code_digits digits.
bool is_pickup_code(const std::string& text);

} // namespace czs::ledger
