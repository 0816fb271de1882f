#pragma once

#include "audit/sha256.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace czs::audit {

// An entry's change records are written in chunks (schemas/0018_audit_chunks.sql) once they
// pass this many bytes; an entry that stays below keeps them inline, as before.
inline constexpr std::size_t k_chunk_bytes = 64 * 1024;

// The `op` of the one record an entry written in chunks holds in its own `changes`.
inline constexpr std::string_view k_chunks_op = "chunks";

// The digest that ties an entry's chunks to it: SHA-256 over each chunk in order, each step
// hashing the previous step's hex digest (the genesis hash first), the entry id, the chunk's
// sequence number and its text, length-prefixed as entry_hash() does. A chunk edited, moved to
// another entry, reordered, added or removed gives another digest.
class ChunkChain
{
public:
  explicit ChunkChain(std::int64_t entry_id);

  // Chains the next chunk's text (a JSON array of change records).
  void add(std::string_view chunk);

  std::int64_t chunks() const { return m_seq; }
  // The digest of the chunks added so far (64 hex digits).
  const std::string& digest() const { return m_digest; }

private:
  std::int64_t m_entry_id;
  std::int64_t m_seq = 0;
  std::string m_digest;
};

// The record an entry written in chunks holds as its whole `changes`:
// [{"op":"chunks","chunks":N,"records":M,"digest":D}].
std::string chunks_summary(const ChunkChain& chain, std::int64_t records);

} // namespace czs::audit
