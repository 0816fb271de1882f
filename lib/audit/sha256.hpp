#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace czs::audit {

// SHA-256 (FIPS 180-4) over a message fed in pieces of any size.
class Sha256
{
public:
  // Appends bytes to the message.
  void update(std::string_view data);

  // The digest of everything fed so far, as 64 lower-case hex digits. Leaves the hasher as it
  // was: later updates extend the same message.
  std::string hex_digest();

private:
  void compress(const unsigned char* block);

  std::array<std::uint32_t, 8> m_state = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                          0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  std::array<unsigned char, 64> m_block{};
  std::size_t m_block_used = 0;
  std::uint64_t m_length = 0; // bytes fed so far
};

namespace detail {
// True when the processor has the x86 SHA extensions (sha256_x86.cpp).
bool have_sha_extensions();
// Runs the compression function over whole 64-byte blocks with those extensions.
void compress_blocks_ni(std::uint32_t* state, const unsigned char* data, std::size_t blocks);
} // namespace detail

// The SHA-256 of data as 64 lower-case hex digits.
std::string sha256_hex(std::string_view data);

} // namespace czs::audit
