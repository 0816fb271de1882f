#include "audit/chunk_chain.hpp"

#include "audit/chain.hpp"
#include "text/json.hpp"

#include <charconv>

namespace czs::audit {

namespace {

void add_field(Sha256& hasher, std::string_view value)
{
  char prefix[24];
  char* end = std::to_chars(prefix, prefix + sizeof prefix - 1, value.size()).ptr;
  *end++ = ':';
  hasher.update(std::string_view(prefix, static_cast<std::size_t>(end - prefix)));
  hasher.update(value);
}

void add_number(Sha256& hasher, std::int64_t n)
{
  char digits[24];
  const char* end = std::to_chars(digits, digits + sizeof digits, n).ptr;
  add_field(hasher, std::string_view(digits, static_cast<std::size_t>(end - digits)));
}

} // namespace

ChunkChain::ChunkChain(std::int64_t entry_id) : m_entry_id(entry_id), m_digest(k_genesis_hash) {}

void ChunkChain::add(std::string_view chunk)
{
  Sha256 hasher;
  add_field(hasher, "czstation-audit-chunk-v1");
  add_field(hasher, m_digest);
  add_number(hasher, m_entry_id);
  add_number(hasher, ++m_seq);
  add_field(hasher, chunk);
  m_digest = hasher.hex_digest();
}

std::string chunks_summary(const ChunkChain& chain, std::int64_t records)
{
  text::JsonWriter w;
  w.begin_array().begin_object().key("op").value(k_chunks_op);
  w.key("chunks").value(chain.chunks()).key("records").value(records).key("digest").value(chain.digest());
  w.end_object().end_array();
  return w.str();
}

} // namespace czs::audit
