#include "audit/sha256.hpp"

#include "base/error.hpp"

#include <openssl/evp.h>

namespace czs::audit {

namespace {

// libcrypto fails only when out of memory or misconfigured: a bug or a broken system, not a
// clerk's mistake.
void check(int ok)
{
  if (ok != 1) {
    throw Error(ErrorKind::internal, "OpenSSL's SHA-256 failed");
  }
}

std::string hex(const unsigned char* bytes, unsigned int n)
{
  static constexpr char k_digits[] = "0123456789abcdef";
  std::string out(2 * static_cast<std::size_t>(n), '0');
  for (unsigned int i = 0; i < n; ++i) {
    out[2 * i] = k_digits[bytes[i] >> 4];
    out[2 * i + 1] = k_digits[bytes[i] & 0xF];
  }
  return out;
}

} // namespace

struct Sha256::Context
{
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  Context()
  {
    if (ctx == nullptr) {
      throw Error(ErrorKind::internal, "OpenSSL's SHA-256 failed");
    }
  }
  Context(const Context&) = delete;
  Context& operator=(const Context&) = delete;
  ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256() : m_ctx(std::make_unique<Context>())
{
  check(EVP_DigestInit_ex(m_ctx->ctx, EVP_sha256(), nullptr));
}

Sha256::Sha256(const Sha256& other) : m_ctx(std::make_unique<Context>())
{
  check(EVP_MD_CTX_copy_ex(m_ctx->ctx, other.m_ctx->ctx));
}

Sha256& Sha256::operator=(const Sha256& other)
{
  if (this != &other) {
    check(EVP_MD_CTX_copy_ex(m_ctx->ctx, other.m_ctx->ctx));
  }
  return *this;
}

Sha256::Sha256(Sha256&&) noexcept = default;
Sha256& Sha256::operator=(Sha256&&) noexcept = default;
Sha256::~Sha256() = default;

void Sha256::update(std::string_view data)
{
  check(EVP_DigestUpdate(m_ctx->ctx, data.data(), data.size()));
}

std::string Sha256::hex_digest() const
{
  // Finalising consumes a context: finish a copy, so the message can go on.
  Context copy;
  check(EVP_MD_CTX_copy_ex(copy.ctx, m_ctx->ctx));
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  check(EVP_DigestFinal_ex(copy.ctx, digest, &n));
  return hex(digest, n);
}

std::string sha256_hex(std::string_view data)
{
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  check(EVP_Digest(data.data(), data.size(), digest, &n, EVP_sha256(), nullptr));
  return hex(digest, n);
}

struct Sha256Digester::State
{
  EVP_MD* md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  State()
  {
    if (md == nullptr || ctx == nullptr) {
      EVP_MD_CTX_free(ctx);
      EVP_MD_free(md);
      throw Error(ErrorKind::internal, "OpenSSL's SHA-256 failed");
    }
  }
  State(const State&) = delete;
  State& operator=(const State&) = delete;
  ~State()
  {
    EVP_MD_CTX_free(ctx);
    EVP_MD_free(md);
  }
};

Sha256Digester::Sha256Digester() : m_state(std::make_unique<State>()) {}

Sha256Digester::~Sha256Digester() = default;

Sha256Digester::Digest Sha256Digester::digest(std::string_view data)
{
  Digest out{};
  unsigned int n = 0;
  check(EVP_DigestInit_ex(m_state->ctx, m_state->md, nullptr));
  check(EVP_DigestUpdate(m_state->ctx, data.data(), data.size()));
  check(EVP_DigestFinal_ex(m_state->ctx, out.data(), &n));
  return out;
}

} // namespace czs::audit
