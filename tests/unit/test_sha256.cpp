#include <doctest/doctest.h>

#include "audit/sha256.hpp"

#include <string>

using czs::audit::Sha256;
using czs::audit::sha256_hex;
using czs::audit::Sha256Digester;

TEST_SUITE_BEGIN("sha256");

namespace {

// Bytes (7i + 3) mod 256: every byte value appears, so no byte is special-cased by accident.
std::string pattern(std::size_t n)
{
  std::string s;
  for (std::size_t i = 0; i < n; ++i) {
    s.push_back(static_cast<char>((i * 7 + 3) % 256));
  }
  return s;
}

} // namespace

TEST_CASE("sha256_hex matches the FIPS 180-4 examples")
{
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_CASE("sha256_hex of one million 'a'")
{
  CHECK(sha256_hex(std::string(1'000'000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256_hex at the padding boundaries (values from sha256sum)")
{
  CHECK(sha256_hex(pattern(55)) == "e7313d333c272e639f790978283f9eb392e843d0f29b7016828bb1daa4aac70b");
  CHECK(sha256_hex(pattern(56)) == "4324d65f3c103567f5589c710bc08f8523f929a9272e3af36fc968e52abc6c27");
  CHECK(sha256_hex(pattern(63)) == "81c80242132f230c3bd41b3e63bbcff16107339549214a99614ff26664625055");
  CHECK(sha256_hex(pattern(64)) == "39e3d7b6b5d075d37d053ad89b24b41bef4f3c29760c84447cab3f3be1882241");
  CHECK(sha256_hex(pattern(65)) == "aacca6ff74fdbb296d165a45cecfa04e5127bc008770fbbdd48006f2d2fae95e");
  CHECK(sha256_hex(pattern(119)) == "9ce7368e4daf32341631b492e80359dc9f594b48453cd0dd5bf0b19279cc177e");
  CHECK(sha256_hex(pattern(120)) == "7836b787757e95e58b3ca5aec90b1b004e8deba1e50e9675af9cabf1a13a04b5");
  CHECK(sha256_hex(pattern(128)) == "d2742f1f4ac6bb7ca2b239ee18402ba8b3f9f8e652d2a72973c2b9ba11c08cf6");
  CHECK(sha256_hex("卓玛") == "11890aef798a72f562db94027e3d302cff410b02f4787df5ac50a837574244a6");
}

TEST_CASE("Sha256::update gives the same digest however the message is split")
{
  const std::string message = pattern(1000);
  const std::string expected = "1e9bc38cbf860b9ec31918b065f9b52476c549a782e0e7990bed8ce3868d2371";
  REQUIRE(sha256_hex(message) == expected);
  for (std::size_t piece : {1, 3, 55, 56, 63, 64, 65, 127, 128, 129, 999}) {
    CAPTURE(piece);
    Sha256 hasher;
    for (std::size_t pos = 0; pos < message.size(); pos += piece) {
      hasher.update(std::string_view(message).substr(pos, piece));
    }
    CHECK(hasher.hex_digest() == expected);
  }
  // uneven pieces that straddle block edges in every way
  Sha256 hasher;
  std::size_t pos = 0;
  for (std::size_t piece : {55, 1, 56, 8, 63, 65, 64, 0, 64, 1, 623}) {
    hasher.update(std::string_view(message).substr(pos, piece));
    pos += piece;
  }
  REQUIRE(pos == message.size());
  CHECK(hasher.hex_digest() == expected);
}

TEST_CASE("Sha256::hex_digest leaves the hasher able to continue the message")
{
  Sha256 hasher;
  hasher.update("ab");
  CHECK(hasher.hex_digest() == sha256_hex("ab"));
  CHECK(hasher.hex_digest() == sha256_hex("ab"));
  hasher.update("c");
  CHECK(hasher.hex_digest() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(Sha256().hex_digest() == sha256_hex(""));
}

TEST_SUITE_END();

TEST_CASE("Sha256Digester gives sha256_hex's digest for message after message")
{
  Sha256Digester d;
  for (const std::string& message :
       {std::string("abc"), std::string(), std::string(1000, 'a'), std::string("卓玛\n")}) {
    CAPTURE(message);
    const auto raw = d.digest(message);
    std::string hex;
    for (const unsigned char b : raw) {
      hex += "0123456789abcdef"[b >> 4];
      hex += "0123456789abcdef"[b & 0xF];
    }
    CHECK(hex == sha256_hex(message));
  }
}
