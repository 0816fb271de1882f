#pragma once

#include <array>
#include <memory>
#include <string>
#include <string_view>

namespace czs::audit {

// SHA-256 (FIPS 180-4) over a message fed in pieces of any size, computed by OpenSSL's libcrypto
// (which uses the processor's SHA extensions where it has them) rather than by code of our own.
// Copyable: a copy continues the same message independently.
class Sha256
{
public:
  Sha256();
  Sha256(const Sha256& other);
  Sha256& operator=(const Sha256& other);
  Sha256(Sha256&&) noexcept;
  Sha256& operator=(Sha256&&) noexcept;
  ~Sha256();

  // Appends bytes to the message.
  void update(std::string_view data);

  // The digest of everything fed so far, as 64 lower-case hex digits. Leaves the hasher as it
  // was: later updates extend the same message.
  std::string hex_digest() const;

private:
  struct Context;
  std::unique_ptr<Context> m_ctx;
};

// The SHA-256 of data as 64 lower-case hex digits.
std::string sha256_hex(std::string_view data);

// SHA-256 of many short messages one after another (a province's row images): one context and
// one fetch of the algorithm for them all, where sha256_hex pays both for each message.
class Sha256Digester
{
public:
  using Digest = std::array<unsigned char, 32>;

  Sha256Digester();
  Sha256Digester(const Sha256Digester&) = delete;
  Sha256Digester& operator=(const Sha256Digester&) = delete;
  ~Sha256Digester();

  // The 32 bytes of the SHA-256 of data.
  Digest digest(std::string_view data);

private:
  struct State;
  std::unique_ptr<State> m_state;
};

} // namespace czs::audit
