#include <doctest/doctest.h>

#include "text/normalize.hpp"

using namespace czs::text;

TEST_SUITE_BEGIN("normalize");

TEST_CASE("normalize_for_duplicates equates fullwidth and halfwidth, case and spacing")
{
  CHECK(normalize_for_duplicates("你好，World！") == "你好world");
  CHECK(normalize_for_duplicates("你好 world!") == "你好world");
  CHECK(normalize_for_duplicates("ＡＢＣ　１２３") == "abc123");
  CHECK(normalize_for_duplicates("  Tea\tLeaves\r\n") == "tealeaves");
}

TEST_CASE("normalize_for_duplicates drops CJK and general punctuation")
{
  CHECK(normalize_for_duplicates("「新茶」『上市』【特价】《指南》〈一〉") == "新茶上市特价指南一");
  CHECK(normalize_for_duplicates("张·三…李—四、王。赵，钱！孙？周；吴：") == "张三李四王赵钱孙周吴");
  CHECK(normalize_for_duplicates("“引号”‘单引号’") == "引号单引号");
  CHECK(normalize_for_duplicates("a-b_c.d/e(f)[g]{h}<i>@#$%^&*+=|\\~`'\"") == "abcdefghi");
  CHECK(normalize_for_duplicates("｢半角｣､｡･") == "半角");
  CHECK(normalize_for_duplicates("价格￥12") == "价格12");
  CHECK(normalize_for_duplicates("好茶😀👍→★") == "好茶");
  CHECK(normalize_for_duplicates("a\u200Bb\uFEFFc") == "abc");
}

TEST_CASE("normalize_for_duplicates keeps letters, digits and ideographic number marks")
{
  CHECK(normalize_for_duplicates("二〇二六年") == "二〇二六年");
  CHECK(normalize_for_duplicates("人々") == "人々");
  CHECK(normalize_for_duplicates("ÉCOLE") == "École"); // only ASCII is lowered
  CHECK(normalize_for_duplicates("x²") == "x²");
  CHECK(normalize_for_duplicates("") == "");
  CHECK(normalize_for_duplicates("，。！") == "");
}

TEST_CASE("normalize_for_duplicates makes two differently punctuated posts equal")
{
  CHECK(normalize_for_duplicates("本站新到：高原土豆，欢迎选购！！")
        == normalize_for_duplicates("本站新到 高原土豆 欢迎选购!"));
  CHECK(normalize_for_duplicates("本站新到高原土豆") != normalize_for_duplicates("本站新到高原洋芋"));
}

TEST_CASE("normalize_for_duplicates turns invalid bytes into U+FFFD")
{
  CHECK(normalize_for_duplicates("a\xFF"
                                 "b")
        == "a\xEF\xBF\xBD"
           "b");
}

TEST_CASE("normalize_spaces trims and collapses every kind of white space")
{
  CHECK(normalize_spaces("  卓玛\u3000 拉姆 ") == "卓玛 拉姆");
  CHECK(normalize_spaces("a\t\n b") == "a b");
  CHECK(normalize_spaces("a\u00A0b") == "a b");
  CHECK(normalize_spaces("abc") == "abc");
  CHECK(normalize_spaces("   ") == "");
  CHECK(normalize_spaces("") == "");
  CHECK(normalize_spaces("\u3000王") == "王");
  CHECK(normalize_spaces("a，b") == "a，b"); // punctuation is not space
}

TEST_CASE("is_space covers ASCII and Unicode spaces but not zero-width characters")
{
  CHECK(is_space(U' '));
  CHECK(is_space(U'\t'));
  CHECK(is_space(U'\r'));
  CHECK(is_space(U'\u3000'));
  CHECK(is_space(U'\u2003'));
  CHECK_FALSE(is_space(U'\u200B'));
  CHECK_FALSE(is_space(U'a'));
  CHECK_FALSE(is_space(U'\x1F'));
}

TEST_SUITE_END();
