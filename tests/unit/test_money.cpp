#include <doctest/doctest.h>

#include "money/money.hpp"

#include <cstdint>
#include <initializer_list>
#include <limits>
#include <string>

TEST_SUITE_BEGIN("money");

namespace {

std::int64_t yuan(const char* text)
{
  const auto r = czs::parse_yuan(text);
  REQUIRE_MESSAGE(r.ok(), r.error());
  return *r;
}

std::string yuan_error(const char* text)
{
  const auto r = czs::parse_yuan(text);
  REQUIRE_FALSE(r.ok());
  return r.error();
}

bool has(const std::string& message, const char* part)
{
  return message.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("parse_yuan converts yuan with up to two decimals to fen")
{
  CHECK(yuan("12") == 1200);
  CHECK(yuan("12.5") == 1250);
  CHECK(yuan("12.50") == 1250);
  CHECK(yuan("0.01") == 1);
  CHECK(yuan("0") == 0);
  CHECK(yuan("0.00") == 0);
  CHECK(yuan("007.10") == 710);
  CHECK(yuan("100000000") == 10'000'000'000);
  CHECK(yuan("100000000.00") == czs::k_max_fen);
}

TEST_CASE("parse_yuan refuses malformed amounts with a message showing an example")
{
  for (const char* bad :
       {"abc", "1e3", " 12", "12 ", "12.", ".5", "+12", "1,000", "12.5.0", "１２", "12a", "0x10", "."}) {
    CAPTURE(bad);
    const std::string message = yuan_error(bad);
    CHECK(has(message, "is not an amount"));
    CHECK(has(message, "12.50"));
  }
  CHECK(yuan_error("") == "the amount is empty: write it in yuan, for example 12.50");
}

TEST_CASE("parse_yuan names the specific problem")
{
  CHECK(has(yuan_error("-1"), "cannot be negative"));
  CHECK(has(yuan_error("-0.01"), "cannot be negative"));
  CHECK(has(yuan_error("¥12"), "without ¥"));
  CHECK(has(yuan_error("￥12"), "without ¥"));
  CHECK(has(yuan_error("12元"), "without ¥"));
  CHECK(yuan_error("1.234")
        == "'1.234' has more than two decimals: amounts go down to the fen (0.01), for example 12.50");
  CHECK(yuan_error("100000000.01") == "'100000000.01' is too large: an amount can be at most 100000000.00 yuan");
  CHECK(has(yuan_error("100000001"), "too large"));
  CHECK(has(yuan_error("99999999999999999999999999"), "too large"));
}

TEST_CASE("format_fen writes two decimals without locale or grouping")
{
  CHECK(czs::format_fen(1250) == "12.50");
  CHECK(czs::format_fen(-5) == "-0.05");
  CHECK(czs::format_fen(0) == "0.00");
  CHECK(czs::format_fen(1) == "0.01");
  CHECK(czs::format_fen(100) == "1.00");
  CHECK(czs::format_fen(-100) == "-1.00");
  CHECK(czs::format_fen(czs::k_max_fen) == "100000000.00");
  CHECK(czs::format_fen(std::numeric_limits<std::int64_t>::min()) == "-92233720368547758.08");
  CHECK(czs::format_fen(std::numeric_limits<std::int64_t>::max()) == "92233720368547758.07");
}

TEST_CASE("format_fen and parse_yuan round trip")
{
  const std::initializer_list<std::int64_t> amounts = {0, 1, 9, 10, 99, 100, 1250, 123456789, czs::k_max_fen};
  for (std::int64_t fen : amounts) {
    CAPTURE(fen);
    CHECK(yuan(czs::format_fen(fen).c_str()) == fen);
  }
}

TEST_CASE("parse_decimal scales to the given number of decimals")
{
  const std::int64_t max = 100'000'000;
  CHECK(*czs::parse_decimal("29.99", 2, max, "area") == 2999);
  CHECK(*czs::parse_decimal("30", 2, max, "area") == 3000);
  CHECK(*czs::parse_decimal("30.5", 2, max, "area") == 3050);
  CHECK(*czs::parse_decimal("2.5", 1, max, "hours") == 25);
  CHECK(*czs::parse_decimal("3", 1, max, "hours") == 30);
  CHECK(*czs::parse_decimal("7", 0, max, "items") == 7);
  CHECK(*czs::parse_decimal("1000000.00", 2, max, "area") == max);
  CHECK(*czs::parse_decimal("0", 3, 0, "x") == 0);
}

TEST_CASE("parse_decimal refuses extra decimals, signs, exponents and values over the maximum")
{
  const std::int64_t max = 100'000'000; // 1,000,000.00 at scale 2
  const auto error = [&](const char* text, int scale = 2) {
    const auto r = czs::parse_decimal(text, scale, max, "usable area");
    REQUIRE_FALSE(r.ok());
    return r.error();
  };
  CHECK(error("29.999") == "usable area '29.999' has too many decimals: at most 2 after the point, for example 12.50");
  CHECK(has(error("2.55", 1), "at most 1 after the point, for example 12.5"));
  CHECK(has(error("2.5", 0), "too many decimals"));
  CHECK(has(error("-3"), "cannot be negative"));
  CHECK(has(error("+3"), "is not a number"));
  CHECK(has(error("1e9"), "is not a number"));
  CHECK(has(error("30 "), "is not a number"));
  CHECK(has(error("30."), "is not a number"));
  CHECK(has(error(".5"), "is not a number"));
  CHECK(has(error("三十"), "is not a number"));
  CHECK(error("") == "the usable area is empty: write a number, for example 12.50");
  CHECK(error("1000000000") == "usable area '1000000000' is too large: it can be at most 1000000.00");
  CHECK(has(error("1000000.01"), "too large"));
  CHECK(has(error("99999999999999999999999"), "too large"));
}

TEST_CASE("parse_decimal stops at max without overflow when padding decimals")
{
  const std::int64_t max = std::numeric_limits<std::int64_t>::max();
  CHECK(*czs::parse_decimal("92233720368547758.07", 2, max, "x") == max);
  CHECK_FALSE(czs::parse_decimal("92233720368547758.08", 2, max, "x").ok());
  CHECK_FALSE(czs::parse_decimal("92233720368547759", 2, max, "x").ok());
  CHECK(*czs::parse_decimal("9223372036854775807", 0, max, "x") == max);
  CHECK_FALSE(czs::parse_decimal("9223372036854775808", 0, max, "x").ok());
}

TEST_CASE("format_decimal writes exactly scale decimals")
{
  CHECK(czs::format_decimal(2999, 2) == "29.99");
  CHECK(czs::format_decimal(3000, 2) == "30.00");
  CHECK(czs::format_decimal(25, 1) == "2.5");
  CHECK(czs::format_decimal(5, 1) == "0.5");
  CHECK(czs::format_decimal(-5, 1) == "-0.5");
  CHECK(czs::format_decimal(7, 0) == "7");
  CHECK(czs::format_decimal(0, 0) == "0");
  CHECK(czs::format_decimal(1, 3) == "0.001");
  CHECK(czs::format_decimal(1234567, 2) == "12345.67");
}

TEST_CASE("parse_count accepts digits up to the maximum")
{
  CHECK(*czs::parse_count("0", 5000, "population") == 0);
  CHECK(*czs::parse_count("1200", 5000, "population") == 1200);
  CHECK(*czs::parse_count("5000", 5000, "population") == 5000);
  CHECK(*czs::parse_count("007", 5000, "population") == 7);
}

TEST_CASE("parse_count refuses decimals, signs, non-digits and values over the maximum")
{
  const auto error = [](const char* text) {
    const auto r = czs::parse_count(text, 5000, "resident population");
    REQUIRE_FALSE(r.ok());
    return r.error();
  };
  CHECK(error("5001") == "resident population '5001' is too large: it can be at most 5000");
  CHECK(error("12.5") == "resident population '12.5' is not a whole number: use digits only, for example 120");
  CHECK(has(error("12.0"), "is not a whole number"));
  CHECK(has(error("1e3"), "is not a whole number"));
  CHECK(has(error("+1"), "is not a whole number"));
  CHECK(has(error("1,200"), "is not a whole number"));
  CHECK(has(error("¥5"), "is not a whole number"));
  CHECK(has(error("-1"), "cannot be negative"));
  CHECK(error("") == "the resident population is empty: write a whole number, for example 120");
  CHECK(has(error("123456789012345678901234567890"), "too large"));
}

TEST_SUITE_END();
