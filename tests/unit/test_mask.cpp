#include <doctest/doctest.h>

#include "text/mask.hpp"

using namespace czs::text;

TEST_SUITE_BEGIN("mask");

TEST_CASE("mask_name keeps the first code point and stars every other one")
{
  CHECK(mask_name("卓玛") == "卓*");       // two characters
  CHECK(mask_name("张小明") == "张**");    // three
  CHECK(mask_name("欧阳娜娜") == "欧***"); // a compound surname
  CHECK(mask_name("Li") == "L*");
  CHECK(mask_name("") == "");
  CHECK(mask_name("😀ab") == "😀**");
  CHECK(mask_name("Zhang San") == "Z********");
}

TEST_CASE("mask_name hides a one-character name whole")
{
  // Its first character would be all of it (Art. 13): the issue-15 leak.
  CHECK(mask_name("王") == "*");
  CHECK(mask_name("A") == "*");
  CHECK(mask_name("😀") == "*");
}

TEST_CASE("mask_name keeps the middle dot of a transliterated name and hides each part")
{
  CHECK(mask_name("阿依古丽·买买提") == "阿***·***");
  CHECK(mask_name("扎西·多吉") == "扎*·**");
  CHECK(mask_name("扎西・多吉") == "扎*・**"); // the katakana middle dot an input method may give
  CHECK(mask_name("A·B") == "A·*");
  CHECK(mask_name("·") == "*");
}

TEST_CASE("mask_name never lets invalid bytes through")
{
  CHECK(mask_name("\xFF"
                  "abc")
        == "\xEF\xBF\xBD***");
  CHECK(mask_name("王\xE5\x8D") == "王*");
}

TEST_CASE("mask_phone keeps the first 3 and last 4 of a mobile number")
{
  CHECK(mask_phone("13900000002") == "139****0002");
  CHECK(mask_phone("139-0000-0002") == "139-****-0002");
  CHECK(mask_phone("123456789012345") == "123********2345");
}

TEST_CASE("mask_phone keeps a landline's area code and the last 2 digits")
{
  CHECK(mask_phone("0891-6823456") == "0891-*****56");
  CHECK(mask_phone("010-12345678") == "010-******78");
  CHECK(mask_phone("02712345678") == "027******78");
  CHECK(mask_phone("(0891) 682-3456") == "(0891) ***-**56");
  // Without its area code: only the last 2.
  CHECK(mask_phone("6823456") == "*****56");
  CHECK(mask_phone("12345678") == "******78");
}

TEST_CASE("mask_phone keeps only the last 2 of 3 to 10 characters")
{
  CHECK(mask_phone("1234567") == "*****67");
  CHECK(mask_phone("1390000000") == "********00");
  CHECK(mask_phone("123") == "*23");
}

TEST_CASE("mask_phone hides very short values whole")
{
  CHECK(mask_phone("12") == "**");
  CHECK(mask_phone("5") == "*");
  CHECK(mask_phone("") == "");
}

TEST_CASE("mask_phone keeps separators in place and counts the country code as digits")
{
  CHECK(mask_phone("+86 13900000002") == "+86 1******0002");
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

TEST_CASE("mask_phone hides a value with no digit whole: a name typed in the phone field shows nothing")
{
  CHECK(mask_phone("欧阳娜娜") == "****");
  CHECK(mask_phone("Zhuoma") == "******");
  CHECK(mask_phone("卓玛 扎西") == "** **");
}

TEST_CASE("mask_code hides a pickup code whole")
{
  CHECK(mask_code("123456") == "******");
  CHECK(mask_code("") == "");
  CHECK(mask_code("码1") == "**");
}

TEST_SUITE_END();
