#include <doctest/doctest.h>

#include "text/utf8.hpp"

#include <string>

using namespace czs::text;
using namespace std::string_literals;

TEST_SUITE_BEGIN("utf8");

TEST_CASE("is_valid_utf8 accepts ASCII, CJK, 4-byte forms and the code space boundaries")
{
  CHECK(is_valid_utf8(""));
  CHECK(is_valid_utf8("plain ascii"));
  CHECK(is_valid_utf8("卓玛"));
  CHECK(is_valid_utf8("\xF0\x9F\x98\x80")); // U+1F600
  CHECK(is_valid_utf8("\xC2\x80"));         // U+0080, smallest 2-byte
  CHECK(is_valid_utf8("\xDF\xBF"));         // U+07FF
  CHECK(is_valid_utf8("\xE0\xA0\x80"));     // U+0800, smallest 3-byte
  CHECK(is_valid_utf8("\xED\x9F\xBF"));     // U+D7FF, just below the surrogates
  CHECK(is_valid_utf8("\xEE\x80\x80"));     // U+E000, just above them
  CHECK(is_valid_utf8("\xEF\xBF\xBF"));     // U+FFFF
  CHECK(is_valid_utf8("\xF0\x90\x80\x80")); // U+10000, smallest 4-byte
  CHECK(is_valid_utf8("\xF4\x8F\xBF\xBF")); // U+10FFFF, the last code point
  CHECK(is_valid_utf8("a\0b"s));            // NUL is a valid code point
}

TEST_CASE("is_valid_utf8 rejects overlongs, surrogates, values above U+10FFFF and truncation")
{
  CHECK_FALSE(is_valid_utf8("\xC0\x80"));         // overlong NUL
  CHECK_FALSE(is_valid_utf8("\xC1\xBF"));         // overlong U+007F
  CHECK_FALSE(is_valid_utf8("\xE0\x9F\xBF"));     // overlong U+07FF
  CHECK_FALSE(is_valid_utf8("\xF0\x8F\xBF\xBF")); // overlong U+FFFF
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));     // U+D800
  CHECK_FALSE(is_valid_utf8("\xED\xBF\xBF"));     // U+DFFF
  CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80")); // U+110000
  CHECK_FALSE(is_valid_utf8("\xF5\x80\x80\x80"));
  CHECK_FALSE(is_valid_utf8("\xFF"));
  CHECK_FALSE(is_valid_utf8("\x80"));           // lone continuation byte
  CHECK_FALSE(is_valid_utf8("\xE5\x8D"));       // 卓 cut after two bytes
  CHECK_FALSE(is_valid_utf8("ok\xF0\x9F\x98")); // emoji cut at the end
  CHECK_FALSE(is_valid_utf8("\xE5"
                            "a"
                            "\x93"));             // continuation interrupted
  CHECK_FALSE(is_valid_utf8("\xD7\xBF\xC2\xEA")); // 卓玛 in GBK
}

TEST_CASE("decode_utf8 decodes each width of sequence")
{
  CHECK(decode_utf8("") == U"");
  CHECK(decode_utf8("a\xC3\xA9卓\xF0\x9F\x98\x80") == U"a\u00E9\u5353\U0001F600");
}

TEST_CASE("decode_utf8 replaces each maximal ill-formed subpart with one U+FFFD")
{
  CHECK(decode_utf8("\xFF") == U"\uFFFD");
  CHECK(decode_utf8("a\xE5\x8D") == U"a\uFFFD"); // truncated 3-byte: one replacement
  CHECK(decode_utf8("\xE5\x8D"
                    "b")
        == U"\uFFFDb");
  CHECK(decode_utf8("\xC0\x80") == U"\uFFFD\uFFFD"); // C0 is never a lead byte
  CHECK(decode_utf8("\xED\xA0\x80") == U"\uFFFD\uFFFD\uFFFD");
  CHECK(decode_utf8("\xF0\x9F\x98"
                    "x")
        == U"\uFFFDx");
}

TEST_CASE("decode_next reports the length consumed and validity")
{
  const Decoded ok = decode_next("卓", 0);
  CHECK(ok.code_point == U'\u5353');
  CHECK(ok.length == 3);
  CHECK(ok.valid);
  const Decoded bad = decode_next("\xE5\x8D", 0);
  CHECK(bad.code_point == k_replacement_char);
  CHECK(bad.length == 2);
  CHECK_FALSE(bad.valid);
}

TEST_CASE("encode_utf8 writes every width and replaces values that are not scalar values")
{
  CHECK(encode_utf8(U"") == "");
  CHECK(encode_utf8(U"\u007F\u0080\u07FF\u0800\uFFFF\U00010000\U0010FFFF")
        == "\x7F\xC2\x80\xDF\xBF\xE0\xA0\x80\xEF\xBF\xBF\xF0\x90\x80\x80\xF4\x8F\xBF\xBF");
  const char32_t surrogate[] = {0xD800, 0};
  const char32_t too_big[] = {0x110000, 0};
  CHECK(encode_utf8(surrogate) == "\xEF\xBF\xBD");
  CHECK(encode_utf8(too_big) == "\xEF\xBF\xBD");
}

TEST_CASE("encode_utf8 and decode_utf8 round trip")
{
  const std::string text = "欧阳娜娜 Zoë 😀 ＡＢＣ";
  CHECK(is_valid_utf8(text));
  CHECK(encode_utf8(decode_utf8(text)) == text);
}

TEST_CASE("code_point_count counts code points, not bytes")
{
  CHECK(code_point_count("") == 0);
  CHECK(code_point_count("abc") == 3);
  CHECK(code_point_count("卓玛") == 2);
  CHECK(code_point_count("😀a") == 2);
  CHECK(code_point_count("\xFF\xFE") == 2);
  CHECK(code_point_count("a\xE5\x8D") == 2);
}

TEST_CASE("printable: control characters escaped, invalid bytes replaced, text kept")
{
  CHECK(printable("卓玛 42:ab") == "卓玛 42:ab");
  CHECK(printable(std::string("a\0b", 3)) == "a\\x00b");
  CHECK(printable("\x1b[31mred") == "\\x1b[31mred");
  CHECK(printable("\xff\xfe") == "\uFFFD\uFFFD");
  CHECK(printable("\xc2\x85") == "\\x85"); // C1 NEL
}

TEST_SUITE_END();
