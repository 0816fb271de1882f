#include "audit/chain.hpp"

#include "audit/sha256.hpp"

#include <fmt/format.h>

namespace czs::audit {

const char* const k_genesis_hash = "0000000000000000000000000000000000000000000000000000000000000000";

namespace {

void add_field(Sha256& hasher, std::string_view value)
{
  hasher.update(fmt::format("{}:", value.size()));
  hasher.update(value);
}

} // namespace

std::string entry_hash(const std::string& prev_hash, const EntryFields& entry)
{
  Sha256 hasher;
  add_field(hasher, "czstation-audit-v1");
  add_field(hasher, prev_hash);
  add_field(hasher, fmt::format("{}", entry.id));
  add_field(hasher, entry.at);
  add_field(hasher, entry.actor);
  add_field(hasher, entry.command);
  add_field(hasher, entry.action);
  add_field(hasher, entry.station_code);
  add_field(hasher, entry.changes);
  return hasher.hex_digest();
}

} // namespace czs::audit
