#include <doctest/doctest.h>

#include "text/encoding.hpp"

#include <string>

using namespace czs::text;

TEST_SUITE_BEGIN("encoding");

// "卓玛" in GBK is D7 BF C2 EA (checked with `printf 卓玛 | iconv -t GBK | xxd`).
const std::string k_zhuoma_gbk = "\xD7\xBF\xC2\xEA";

TEST_CASE("gbk_to_utf8 converts GBK Chinese and ASCII")
{
  CHECK(gbk_to_utf8(k_zhuoma_gbk) == std::optional<std::string>("卓玛"));
  CHECK(gbk_to_utf8("A01," + k_zhuoma_gbk + "\r\n") == std::optional<std::string>("A01,卓玛\r\n"));
  CHECK(gbk_to_utf8("") == std::optional<std::string>(""));
}

TEST_CASE("gbk_to_utf8 converts input larger than its output chunk")
{
  std::string big;
  for (int i = 0; i < 3000; ++i) {
    big += k_zhuoma_gbk;
  }
  const auto converted = gbk_to_utf8(big);
  REQUIRE(converted.has_value());
  CHECK(converted->size() == 3000 * 6);
  CHECK(converted->substr(converted->size() - 6) == "卓玛");
}

TEST_CASE("gbk_to_utf8 refuses invalid and truncated GB18030")
{
  CHECK_FALSE(gbk_to_utf8("\xFF").has_value());
  CHECK_FALSE(gbk_to_utf8("\x80").has_value());
  CHECK_FALSE(gbk_to_utf8("\xD7").has_value());           // first byte of 卓 only
  CHECK_FALSE(gbk_to_utf8("ab\xD7\xBF\xC2").has_value()); // 玛 cut short
}

TEST_CASE("looks_like_gbk is true only for non-UTF-8 text that reads as GB18030")
{
  CHECK(looks_like_gbk(k_zhuoma_gbk));
  CHECK(looks_like_gbk("name," + k_zhuoma_gbk));
  CHECK_FALSE(looks_like_gbk("卓玛")); // valid UTF-8
  CHECK_FALSE(looks_like_gbk("ascii"));
  CHECK_FALSE(looks_like_gbk(""));
  CHECK_FALSE(looks_like_gbk("\xFF\xFF")); // neither
}

TEST_SUITE_END();
