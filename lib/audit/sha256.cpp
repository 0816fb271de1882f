#include "audit/sha256.hpp"

#include <algorithm>
#include <cstddef>

namespace czs::audit {

namespace {

constexpr std::array<std::uint32_t, 64> k_round = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

constexpr std::uint32_t rotr(std::uint32_t x, int n)
{
  return (x >> n) | (x << (32 - n));
}

std::uint32_t load_be32(const unsigned char* p)
{
  return std::uint32_t{p[0]} << 24 | std::uint32_t{p[1]} << 16 | std::uint32_t{p[2]} << 8 | std::uint32_t{p[3]};
}

} // namespace

void Sha256::compress(const unsigned char* block)
{
  if (detail::have_sha_extensions()) {
    detail::compress_blocks_ni(m_state.data(), block, 1);
    return;
  }
  std::array<std::uint32_t, 64> w{};
  for (std::size_t i = 0; i < 16; ++i) {
    w[i] = load_be32(block + 4 * i);
  }
  for (std::size_t i = 16; i < 64; ++i) {
    const std::uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
    const std::uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  auto [a, b, c, d, e, f, g, h] = m_state;
  for (std::size_t i = 0; i < 64; ++i) {
    const std::uint32_t t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + k_round[i] + w[i];
    const std::uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
    h = g;
    g = f;
    f = e;
    e = d + t1;
    d = c;
    c = b;
    b = a;
    a = t1 + t2;
  }
  const std::array<std::uint32_t, 8> add = {a, b, c, d, e, f, g, h};
  for (std::size_t i = 0; i < 8; ++i) {
    m_state[i] += add[i];
  }
}

void Sha256::update(std::string_view data)
{
  const auto* p = reinterpret_cast<const unsigned char*>(data.data());
  std::size_t left = data.size();
  m_length += left;
  while (left > 0) {
    // Whole blocks straight from the input skip the copy; the rest waits in m_block.
    if (m_block_used == 0 && left >= m_block.size()) {
      if (detail::have_sha_extensions()) {
        const std::size_t blocks = left / m_block.size();
        detail::compress_blocks_ni(m_state.data(), p, blocks);
        p += blocks * m_block.size();
        left -= blocks * m_block.size();
        continue;
      }
      compress(p);
      p += m_block.size();
      left -= m_block.size();
      continue;
    }
    const std::size_t take = std::min(left, m_block.size() - m_block_used);
    std::copy_n(p, take, m_block.begin() + static_cast<std::ptrdiff_t>(m_block_used));
    m_block_used += take;
    p += take;
    left -= take;
    if (m_block_used == m_block.size()) {
      compress(m_block.data());
      m_block_used = 0;
    }
  }
}

std::string Sha256::hex_digest()
{
  // Pad a copy, so the caller may keep feeding this one (a running hash of a growing log).
  Sha256 final_state = *this;
  const std::uint64_t bit_length = m_length * 8;
  const std::size_t used = m_block_used;
  const std::size_t zeros = (used < 56 ? 56 - used : 120 - used) - 1;
  std::string padding(1, '\x80');
  padding.append(zeros, '\0');
  for (int shift = 56; shift >= 0; shift -= 8) {
    padding.push_back(static_cast<char>((bit_length >> shift) & 0xFF));
  }
  final_state.update(padding);

  static constexpr char k_hex[] = "0123456789abcdef";
  std::string out;
  out.reserve(64);
  for (std::uint32_t word : final_state.m_state) {
    for (int shift = 28; shift >= 0; shift -= 4) {
      out.push_back(k_hex[(word >> shift) & 0xF]);
    }
  }
  return out;
}

std::string sha256_hex(std::string_view data)
{
  Sha256 hasher;
  hasher.update(data);
  return hasher.hex_digest();
}

} // namespace czs::audit
