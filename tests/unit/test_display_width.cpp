#include <doctest/doctest.h>

#include "text/display_width.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace czs::text;

TEST_SUITE_BEGIN("display_width");

TEST_CASE("code_point_width at the edges of the wide blocks")
{
  CHECK(code_point_width(U'a') == 1);
  CHECK(code_point_width(U'\u00E9') == 1);
  CHECK(code_point_width(U'\u10FF') == 1);
  CHECK(code_point_width(U'\u1100') == 2); // Hangul leading jamo
  CHECK(code_point_width(U'\u115F') == 2);
  CHECK(code_point_width(U'\u2FD5') == 2); // last Kangxi radical (U+2FFF is unassigned)
  CHECK(code_point_width(U'\u3000') == 2); // ideographic space
  CHECK(code_point_width(U'\u3001') == 2); // 、
  CHECK(code_point_width(U'\u303F') == 1); // half fill space: narrow, as Unicode says
  CHECK(code_point_width(U'\u3042') == 2); // あ
  CHECK(code_point_width(U'\u30AB') == 2); // カ
  CHECK(code_point_width(U'\u3400') == 2); // extension A, first
  CHECK(code_point_width(U'\u4DBF') == 2); // extension A, last
  CHECK(code_point_width(U'\u4E00') == 2);
  CHECK(code_point_width(U'\u9FFF') == 2);
  CHECK(code_point_width(U'\uA4D0') == 1); // Lisu, after Yi
  CHECK(code_point_width(U'\uAC00') == 2); // 가
  CHECK(code_point_width(U'\uD7A3') == 2);
  CHECK(code_point_width(U'\uD7B0') == 1);
  CHECK(code_point_width(U'\uF900') == 2);
  CHECK(code_point_width(U'\uFF01') == 2); // ！
  CHECK(code_point_width(U'\uFF60') == 2);
  CHECK(code_point_width(U'\uFF61') == 1); // halfwidth ｡
  CHECK(code_point_width(U'\uFF9E') == 1); // halfwidth katakana
  CHECK(code_point_width(U'\uFFE0') == 2);
  CHECK(code_point_width(U'\uFFE6') == 2);
  CHECK(code_point_width(U'\uFFE7') == 1);
  CHECK(code_point_width(U'\U0001F2FF') == 1);
  CHECK(code_point_width(U'\U0001F300') == 2);
  CHECK(code_point_width(U'\U0001F600') == 2); // 😀
  CHECK(code_point_width(U'\U0001F64F') == 2);
  CHECK(code_point_width(U'\U0001F650') == 1);
  CHECK(code_point_width(U'\U0001F8FF') == 1);
  CHECK(code_point_width(U'\U0001F900') == 1); // circled cross: a narrow symbol
  CHECK(code_point_width(U'\U0001F91D') == 2); // 🤝 handshake emoji
  CHECK(code_point_width(U'\u2705') == 2);     // ✅ emoji presentation
  CHECK(code_point_width(U'\u231A') == 2);     // ⌚
  CHECK(code_point_width(U'\u2600') == 1);     // ☀ text presentation by default
  CHECK(code_point_width(U'\U0001F9FF') == 2);
  CHECK(code_point_width(U'\U00020000') == 2); // extension B
  CHECK(code_point_width(U'\U0003134A') == 2); // extension G
  CHECK(code_point_width(U'\U0003FFFE') == 1);
}

TEST_CASE("code_point_width is 0 for controls, combining marks and zero-width characters")
{
  CHECK(code_point_width(U'\0') == 0);
  CHECK(code_point_width(U'\t') == 0);
  CHECK(code_point_width(U'\x1F') == 0);
  CHECK(code_point_width(U' ') == 1);
  CHECK(code_point_width(U'\x7F') == 0);
  CHECK(code_point_width(U'\u009F') == 0);
  CHECK(code_point_width(U'\u00A0') == 1);
  CHECK(code_point_width(U'\u0300') == 0);
  CHECK(code_point_width(U'\u036F') == 0);
  CHECK(code_point_width(U'\u0370') == 1);
  CHECK(code_point_width(U'\u200A') == 1); // hair space is visible space
  CHECK(code_point_width(U'\u200B') == 0);
  CHECK(code_point_width(U'\u200F') == 0);
  CHECK(code_point_width(U'\u2010') == 1);
  CHECK(code_point_width(U'\u302A') == 0); // ideographic tone mark: combining despite its block
  CHECK(code_point_width(U'\uFE0F') == 0);
  CHECK(code_point_width(U'\uFEFF') == 0);
}

TEST_CASE("display_width of mixed text")
{
  CHECK(display_width("") == 0);
  CHECK(display_width("abc") == 3);
  CHECK(display_width("卓玛") == 4);
  CHECK(display_width("A站01") == 5);
  CHECK(display_width("（一）") == 6);
  CHECK(display_width("e\xCC\x81") == 1);                // e + combining acute
  CHECK(display_width("\xE2\x9D\xA4\xEF\xB8\x8F") == 1); // ❤ + VS16: the selector adds nothing
  CHECK(display_width("\xFF\xFE") == 2);                 // invalid bytes: one column each
  // ASCII is counted without decoding, as code_point_width counts it: controls and DEL take none.
  CHECK(display_width("a\tb\x7F\x01"
                      "c")
        == 3);
  CHECK(display_width("CN-KD-001 卓玛") == 14);
}

TEST_CASE("pad_right and pad_left pad to the display width and never cut")
{
  CHECK(pad_right("卓玛", 6) == "卓玛  ");
  CHECK(pad_left("卓玛", 6) == "  卓玛");
  CHECK(pad_right("ab", 2) == "ab");
  CHECK(pad_right("卓玛", 3) == "卓玛");
  CHECK(pad_left("", 3) == "   ");
  CHECK(pad_right("", 0) == "");
  CHECK(display_width(pad_right("欧阳a", 9)) == 9);
}

TEST_CASE("truncate_to_width keeps text that fits and cuts at code points with an ellipsis")
{
  CHECK(truncate_to_width("abc", 3) == "abc");
  CHECK(truncate_to_width("abcd", 3) == "ab…");
  CHECK(truncate_to_width("卓玛", 4) == "卓玛");
  CHECK(truncate_to_width("卓玛", 3) == "卓…");
  CHECK(truncate_to_width("卓玛站", 4) == "卓…"); // 玛 would need columns 3-4, the … column 4
  CHECK(truncate_to_width("卓玛", 2) == "…");
  CHECK(truncate_to_width("卓玛", 1) == "…");
  CHECK(truncate_to_width("卓玛", 0) == "");
  CHECK(truncate_to_width("", 0) == "");
  CHECK(truncate_to_width("e\xCC\x81xyz", 2) == "e\xCC\x81…"); // the mark stays with its base
}

TEST_CASE("truncate_to_width never exceeds the width")
{
  const std::string text = "甲a乙b丙😀c丁";
  for (std::size_t w = 0; w <= display_width(text) + 1; ++w) {
    CAPTURE(w);
    CHECK(display_width(truncate_to_width(text, w)) <= w);
    CHECK(display_width(truncate_to_width(text, w)) + 1 >= std::min(w, display_width(text)));
  }
}

TEST_CASE("on_one_line shows every line break as ↵ and a tab as a space")
{
  CHECK(on_one_line("门锁坏了\n已报修") == "门锁坏了↵已报修");
  CHECK(on_one_line("a\r\nb") == "a↵b"); // CR LF is one break
  CHECK(on_one_line("a\rb\vc\fd") == "a↵b↵c↵d");
  CHECK(on_one_line("a\u0085b\u2028c\u2029d") == "a↵b↵c↵d");
  CHECK(on_one_line("a\n\nb") == "a↵↵b");
  CHECK(on_one_line("a\tb") == "a b");
  CHECK(on_one_line("卓玛 … ok") == "卓玛 … ok");
  CHECK(display_width(on_one_line("a\nb")) == 3);
  // Appended, as a table row is built: what was there stays, the text follows as on_one_line.
  std::string row = "P1  ";
  append_on_one_line(row, "门锁\r\n坏了");
  append_on_one_line(row, " plain");
  CHECK(row == "P1  门锁↵坏了 plain");
  // With the width of what was appended, as a table pads it.
  std::string line;
  CHECK(append_on_one_line_width(line, "CN-KD-001") == 9);
  CHECK(append_on_one_line_width(line, "卓玛\n拉姆") == 9); // 4 + ↵ + 4
  CHECK(append_on_one_line_width(line, "a\tb") == 3);
  CHECK(append_on_one_line_width(line, "") == 0);
  CHECK(line == "CN-KD-001卓玛↵拉姆a b");
}

TEST_CASE("wrap_to_width breaks at spaces, never inside a number, and cuts only a word wider than a line")
{
  using Lines = std::vector<std::string>;
  CHECK(wrap_to_width("fits", 10) == Lines{"fits"});
  CHECK(wrap_to_width("proxy purchases picked up: 1 record(s), amount 1,286.50, fees 5.00", 50)
        == Lines{"proxy purchases picked up: 1 record(s), amount", "1,286.50, fees 5.00"});
  CHECK(wrap_to_width("a bb ccc", 4) == Lines{"a bb", "ccc"});
  // CJK text has no spaces: it fills the line, then is cut between characters.
  CHECK(wrap_to_width("次仁: 门口招牌被杂物遮挡", 12) == Lines{"次仁: 门口招", "牌被杂物遮挡"});
  CHECK(wrap_to_width("一二三四五", 3) == Lines{"一", "二", "三", "四", "五"});
  for (const auto& line : wrap_to_width("2026-11 R-POST-QUOTA (Art. 12, station): 0 approved, 卡达村电商服务站", 20)) {
    CHECK(display_width(line) <= 20);
  }
  CHECK(wrap_to_width("abc", 0) == Lines{"abc"});
}

TEST_SUITE_END();
