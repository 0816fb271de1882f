#include <doctest/doctest.h>

#include "text/mask.hpp"

using namespace czs::text;

TEST_SUITE_BEGIN("mask");

TEST_CASE("mask_name keeps the first code point and stars every other one")
{
  CHECK(mask_name("卓玛") == "卓*");
  CHECK(mask_name("欧阳娜娜") == "欧***");
  CHECK(mask_name("Li") == "L*");
  CHECK(mask_name("王") == "王");
  CHECK(mask_name("") == "");
  CHECK(mask_name("😀ab") == "😀**");
  CHECK(mask_name("Zhang San") == "Z********");
}

TEST_CASE("mask_name never lets invalid bytes through")
{
  CHECK(mask_name("\xFF"
                  "abc")
        == "\xEF\xBF\xBD***");
  CHECK(mask_name("王\xE5\x8D") == "王*");
}

TEST_CASE("mask_phone keeps the first 3 and last 4 of 8 or more digits")
{
  CHECK(mask_phone("13900000002") == "139****0002");
  CHECK(mask_phone("12345678") == "123*5678");
  CHECK(mask_phone("123456789012345") == "123********2345");
}

TEST_CASE("mask_phone keeps only the last 2 of 3 to 7 characters")
{
  CHECK(mask_phone("1234567") == "*****67");
  CHECK(mask_phone("123") == "*23");
}

TEST_CASE("mask_phone always hides at least one character of very short values")
{
  CHECK(mask_phone("12") == "*2");
  CHECK(mask_phone("5") == "*");
  CHECK(mask_phone("") == "");
}

TEST_CASE("mask_phone keeps separators in place and counts the country code as digits")
{
  CHECK(mask_phone("+86 13900000002") == "+86 1******0002");
  CHECK(mask_phone("139-0000-0002") == "139-****-0002");
  CHECK(mask_phone("(0891) 682-3456") == "(089*) ***-3456");
  CHECK(mask_phone("0891-6823456") == "089*-***3456");
  CHECK(mask_phone("+86 139-0000-0002") == "+86 1**-****-0002");
  CHECK(mask_phone("---") == "---");
}

TEST_CASE("mask_phone masks letters and invalid bytes like digits")
{
  CHECK(mask_phone("139abcd0002") == "139****0002");
  CHECK(mask_phone("13900\xFF"
                   "00002")
        == "139****0002");
  CHECK(mask_phone("1390000\xFF"
                   "002")
        == "139****\xEF\xBF\xBD"
           "002");
}

TEST_SUITE_END();
