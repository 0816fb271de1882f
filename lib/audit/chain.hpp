#pragma once

#include <cstdint>
#include <string>

namespace czs::audit {

// One audit entry's contents, as hashed.
struct EntryFields
{
  std::int64_t id = 0;
  std::string at;
  std::string actor;
  std::string command;
  std::string action;
  std::string station_code;
  std::string changes;
};

// The hash of the first entry's predecessor.
extern const char* const k_genesis_hash;

// SHA-256 (hex) of the previous entry's hash followed by every field of this entry, each
// length-prefixed so that no two different entries serialise alike.
std::string entry_hash(const std::string& prev_hash, const EntryFields& entry);

} // namespace czs::audit
