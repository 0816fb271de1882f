#pragma once

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

} // namespace czs::audit
