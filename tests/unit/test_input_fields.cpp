// The one input layer, one table per kind of field: each row a form clerks' files and input
// methods really produce, with the value it must give, or the cause its refusal must name.
#include <doctest/doctest.h>

#include "text/input_fields.hpp"
#include "text/shown_value.hpp"

#include <cstdint>
#include <string>

using namespace czs;
using namespace czs::text;

TEST_SUITE_BEGIN("input_fields");

namespace {

struct Accepted
{
  const char* input;
  const char* value;
};

struct Refused
{
  const char* input;
  const char* cause; // a part of the message
};

template <typename T>
void check_refused(const Result<T>& r, const Refused& row)
{
  INFO("input: ", std::string(row.input));
  REQUIRE_FALSE(r.ok());
  CHECK_MESSAGE(r.error().find(row.cause) != std::string::npos, r.error());
}

} // namespace

TEST_CASE("text: spaces trimmed and folded, zero-width removed, NFC, hidden characters refused")
{
  const Accepted accepted[] = {
      {"  卓玛 拉姆 ", "卓玛 拉姆"},
      {"\t卓玛\t", "卓玛"},                        // a trailing tab from a platform export
      {"\u00A0卓玛\u3000拉姆\u3000", "卓玛 拉姆"}, // no-break and ideographic spaces
      {"错\u200B那镇", "错那镇"},                  // zero-width space from a web page
      {"\uFEFF错那镇\u2060", "错那镇"},            // byte order mark, word joiner
      {"错\u200C\u200D那镇", "错那镇"},
      {"Cafe\u0301", "Caf\u00E9"}, // NFC: e + combining acute becomes é
      {"卓玛\n", "卓玛"},          // a line break at either end is trimmed as a space is
      {"\r\n卓玛\u2028", "卓玛"},
      {"🍎 苹果", "🍎 苹果"},
      // Already clean (ASCII and CJK ideographs, single inner spaces): taken as they are.
      {"卡达村 电商服务站", "卡达村 电商服务站"},
      {"CN-KD-001 Station (A)", "CN-KD-001 Station (A)"},
      {"㐀䶿一鿿", "㐀䶿一鿿"}, // the ends of both blocks
      // Next to clean ones, those that are not: each still cleaned.
      {"卓玛  拉姆", "卓玛 拉姆"},
      {"卓玛 ", "卓玛"},
      {"，卓玛", "，卓玛"}, // CJK punctuation: the full path
  };
  for (const auto& row : accepted) {
    INFO("input: ", std::string(row.input));
    const auto r = input_text(row.input, "--name", 50);
    REQUIRE_MESSAGE(r.ok(), r.error());
    CHECK(*r == row.value);
  }
  // The length limit holds either way: exactly the limit passes, one more is refused.
  CHECK(*input_text("卓玛拉姆", "--name", 4) == "卓玛拉姆");
  CHECK(input_text("卓玛拉姆姆", "--name", 4).error().find("5 characters long; at most 4") != std::string::npos);
  CHECK(input_text("abcde", "--name", 4).error().find("5 characters long") != std::string::npos);
  // The zero-width space no longer makes a second township.
  CHECK(*input_text("错\u200B那镇", "--township", 50) == *input_text("错那镇", "--township", 50));

  const Refused refused[] = {
      {"卓玛\u202E拉姆", "<U+202E>"}, // right-to-left override
      {"\u202D卓玛", "<U+202D>"},     {"卓玛\u2066", "<U+2066>"},       {"bell\x07", "<U+0007>"},
      {"esc\x1b[31m", "<U+001B>"},    {"soft\u00ADhyphen", "<U+00AD>"}, {"\xB6\xAB", "not valid UTF-8"}, // GBK bytes
      {"   ", "must not be empty"},   {"\u200B", "must not be empty"},
  };
  for (const auto& row : refused) {
    check_refused(input_text(row.input, "--name", 50), row);
  }
  CHECK(input_text("卓玛\u202E拉姆", "--name", 50).error().find("--name") == 0);
  CHECK(input_text("卓玛拉姆", "--name", 3).error().find("at most 3") != std::string::npos);
  CHECK(input_text("", "--note", 50, false).value().empty());
}

TEST_CASE("text: a one-line field refuses a line break inside, showing it")
{
  const Refused refused[] = {
      {"卡达\n服务站", "'卡达<U+000A>服务站' contains a line break"}, // Alt+Enter in an Excel cell
      {"卡达\r\n服务站", "<U+000D><U+000A>"},
      {"卡达\r服务站", "<U+000D>"},
      {"卡达\u2028服务站", "<U+2028>"}, // line separator from a web page
      {"卡达\u2029服务站", "<U+2029>"},
      {"卡达\u0085服务站", "<U+0085>"},
      {"卡达\v服务站", "<U+000B>"},
      {"卡达\f服务站", "<U+000C>"},
      {"卡达 \n \u200B服务站", "<U+000A>"},
  };
  for (const auto& row : refused) {
    check_refused(input_text(row.input, "--name", 50), row);
    CHECK(input_text(row.input, "--name", 50).error().find("--name: ") == 0);
  }
  // Every kind built on it refuses as well: names (shown masked), codes and identifiers.
  check_refused(input_name("卓玛\n拉姆", "--villager", 50), {"", "line break"});
  CHECK(input_name("卓玛\n拉姆", "--villager", 50).error().find("拉姆") == std::string::npos);
  check_refused(input_code("CN\nKD", "CODE"), {"", "<U+000A>"});
  check_refused(input_identifier("3160\n01", "--order", 40), {"", "line break"});
  CHECK(input_word("open\n") == "open");
  CHECK(input_word("op\nen").empty());
}

TEST_CASE("text: a note keeps its line breaks, as LF")
{
  const Accepted accepted[] = {
      {"门锁坏了\n已报修", "门锁坏了\n已报修"},
      {"门锁坏了\r\n已报修", "门锁坏了\n已报修"},           // CR LF, a Windows file
      {"门锁坏了\r已报修", "门锁坏了\n已报修"},             // CR alone
      {"门锁坏了\u2028已报修", "门锁坏了\n已报修"},         // line separator
      {"门锁坏了\u0085已报修", "门锁坏了\n已报修"},         // NEL
      {"  门锁\t坏了  \n  已报修 ", "门锁 坏了\n已报修"},   // each line trimmed and folded
      {"\n\n门锁坏了\n\n已报修\n\n", "门锁坏了\n\n已报修"}, // blank lines kept inside only
      {"错\u200B那镇", "错那镇"},
      {"one line", "one line"},
  };
  for (const auto& row : accepted) {
    INFO("input: ", std::string(row.input));
    const auto r = input_note(row.input, "--note", 200);
    REQUIRE_MESSAGE(r.ok(), r.error());
    CHECK(*r == row.value);
  }
  const Refused refused[] = {
      {"门锁\n坏了\u202E", "'门锁<U+000A>坏了<U+202E>' contains invisible"},
      {"\n \r\n", "must not be empty"},
      {"\xB6\xAB", "not valid UTF-8"},
  };
  for (const auto& row : refused) {
    check_refused(input_note(row.input, "--note", 200), row);
  }
  CHECK(input_note("ab\ncd", "--note", 4).error().find("5 characters") != std::string::npos);
  CHECK(input_note("", "--note", 200, false).value().empty());
}

TEST_CASE("text: visible shows what cannot be seen")
{
  CHECK(visible("a\u202Eb") == "a<U+202E>b");
  CHECK(visible("a\tb") == "a<U+0009>b");
  CHECK(visible("a b") == "a b");
  CHECK(visible("卓\u200B玛") == "卓<U+200B>玛");
  CHECK(visible("\xB6") == "<0xB6>");
}

TEST_CASE("numeric-like: fullwidth folded, Excel wrappers undone")
{
  const Accepted accepted[] = {
      {"１３９０８９４３００１", "13908943001"},
      {"４０", "40"},
      {"'13908943001", "13908943001"},
      {"=\"0123\"", "0123"},
      {"  42\t", "42"},
      {"\u3000４２\u3000", "42"},
      {"'", ""},
      {"2026-03-05 09:05", "2026-03-05 09:05"}, // single inner spaces: kept as they are
      {"139  0894\t3001", "139 0894 3001"},     // runs of spaces and tabs: folded to one
      {"' 42", "42"},
  };
  for (const auto& row : accepted) {
    INFO("input: ", std::string(row.input));
    const auto r = numeric_form(row.input);
    REQUIRE_MESSAGE(r.ok(), r.error());
    CHECK(*r == row.value);
  }
  CHECK(fold_fullwidth("ＡＢＣ－１２") == "ABC-12");
}

TEST_CASE("identifiers: order and tracking numbers as platforms and Excel leave them")
{
  const Accepted accepted[] = {
      {"3160012345678901234", "3160012345678901234"},
      {"3160012345678901234\t", "3160012345678901234"}, // the platform's trailing tab
      {"'3160012345678901234", "3160012345678901234"},  // Excel's keep-as-text apostrophe
      {"=\"3160012345678901234\"", "3160012345678901234"},
      {"３１６００１２３４５", "3160012345"},
      {"SF1234567890", "SF1234567890"},
      {" YT-88 ", "YT-88"},
  };
  for (const auto& row : accepted) {
    INFO("input: ", std::string(row.input));
    const auto r = input_identifier(row.input, "--order", 64);
    REQUIRE_MESSAGE(r.ok(), r.error());
    CHECK(*r == row.value);
  }
  const Refused refused[] = {
      {"3.16001E+18", "exponent form"},  {"3.16001E+18", "format the column as text"},
      {"3.16001e18", "digits are lost"}, {"4E+10", "exponent form"},
      {"12\u202E34", "<U+202E>"},        {"", "must not be empty"},
  };
  for (const auto& row : refused) {
    check_refused(input_identifier(row.input, "--order", 64), row);
  }
  CHECK(input_identifier("", "--order", 64, false).value().empty());
  CHECK(input_identifier("0123456789", "--code", 6).error().find("at most 6") != std::string::npos);
}

TEST_CASE("phones: one stored form")
{
  const Accepted accepted[] = {
      {"13908943001", "13908943001"},         {"139 0894 3001", "13908943001"},
      {"139-0894-3001", "13908943001"},       {"+86 139 0894 3001", "13908943001"},
      {"+8613908943001", "13908943001"},      {"0086-139-0894-3001", "13908943001"},
      {"008613908943001", "13908943001"},     {"8613908943001", "13908943001"},
      {"(+86) 139.0894.3001", "13908943001"}, {"１３９０８９４３００１", "13908943001"},
      {"'+8613908943001", "13908943001"}, // export's formula guard
      {"=\"13908943001\"", "13908943001"},    {"13908943001\t", "13908943001"},
      {"0891-6823456", "0891-6823456"},       {"08916823456", "0891-6823456"},
      {"(0891) 682 3456", "0891-6823456"},    {"010-12345678", "010-12345678"},
      {"01012345678", "010-12345678"},        {"+86 891 6823456", "0891-6823456"},
      {"+86 10 12345678", "010-12345678"},    {"+1 212 555 0100", "+12125550100"},
  };
  for (const auto& row : accepted) {
    INFO("input: ", std::string(row.input));
    const auto r = input_phone(row.input, "--phone");
    REQUIRE_MESSAGE(r.ok(), r.error());
    CHECK(*r == row.value);
    CHECK(canonical_phone(row.input) == row.value);
  }
  const Refused refused[] = {
      {"1390894300", "a mobile number has 11"},
      {"139089430012", "a mobile number has 11"},
      {"23908943001", "has 11 digits"},
      {"0891-12345", "a landline"},
      {"6321234", "needs its area code, for example 0891-6321234"},
      {"68234567", "needs its area code"},
      {"139O8943001", "use digits"},
      {"1.3908943E+10", "exponent form"},
      {"", "must not be empty"},
      {"139\u202E08943001", "<U+202E>"},
  };
  for (const auto& row : refused) {
    check_refused(input_phone(row.input, "--phone"), row);
  }
  CHECK(canonical_phone("not a phone") == "not a phone");
  // Eleven digits starting with 1 are taken as they are, without folding; any other eleven
  // digits go the long way and are refused as before.
  CHECK(input_phone("19999999999", "--phone").value() == "19999999999");
  CHECK(input_phone("10000000000", "--phone").value() == "10000000000");
  CHECK(input_phone("08916823456", "--phone").value() == "0891-6823456");
}

TEST_CASE("shown_value: a refused value echoed visible and at most 40 columns wide")
{
  CHECK(shown_value("open") == "open");
  CHECK(shown_value("open\u202E") == "open<U+202E>");
  const std::string long_value(300, 'x');
  const std::string shown = shown_value(long_value);
  CHECK(shown == std::string(39, 'x') + "…");
}

TEST_CASE("phones and names: a refusal shows the value masked, never whole (Art. 13)")
{
  const char* phones[] = {"1390894300",
                          "139O8943001",
                          "1.3908943E+10",
                          "0891-12345",
                          "139\u202E08943001",
                          "\xFF"
                          "13908943001"};
  for (const char* phone : phones) {
    INFO("input: ", std::string(phone));
    const auto r = input_phone(phone, "--phone");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().find(visible(phone)) == std::string::npos);
    CHECK(r.error().find("--phone") != std::string::npos);
  }
  CHECK(input_phone("1390894300", "phone").error().find("'********00' is not a phone number") != std::string::npos);
  const char* names[] = {"王\u202E", "欧阳\u202E娜娜", "阿依古丽·\u200F买买提", "\xFF扎西"};
  for (const char* name : names) {
    INFO("input: ", std::string(name));
    const auto r = input_name(name, "--villager", 50);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().find(visible(name)) == std::string::npos);
  }
  CHECK(input_name("欧阳\u202E娜娜", "--villager", 50).error().find("娜") == std::string::npos);
  CHECK(*input_name(" 欧阳娜娜 ", "--villager", 50) == "欧阳娜娜");
  CHECK(input_name("", "--villager", 50).error().find("must not be empty") != std::string::npos);
}

TEST_CASE("codes: station codes")
{
  CHECK(*input_code("cn-lb-001", "CODE") == "CN-LB-001");
  CHECK(*input_code("ＣＮ－ＬＢ－００１", "CODE") == "CN-LB-001");
  CHECK(*input_code(" CN-LB-001\t", "CODE") == "CN-LB-001");
  CHECK_FALSE(input_code("CN LB", "CODE").ok());
  CHECK(input_code("CN\u202E1", "CODE").error().find("<U+202E>") != std::string::npos);
  // The stored form is taken as it is, up to 32 characters; one more is refused.
  CHECK(*input_code("CN-LB_001/2", "CODE") == "CN-LB_001/2");
  CHECK(*input_code(std::string(32, 'A'), "CODE") == std::string(32, 'A'));
  CHECK_FALSE(input_code(std::string(33, 'A'), "CODE").ok());
  CHECK(*input_code("'CN-LB-001", "CODE") == "CN-LB-001"); // Excel's text mark, the long way
}

TEST_CASE("dates: every unambiguous year-first form")
{
  const Accepted accepted[] = {
      {"2026-03-05", "2026-03-05"},
      {"2026-3-5", "2026-03-05"},
      {"2026/3/5", "2026-03-05"},
      {"2026/03/05", "2026-03-05"},
      {"2026.3.5", "2026-03-05"},
      {"20260305", "2026-03-05"},
      {"2026年3月5日", "2026-03-05"},
      {"2026年03月05日", "2026-03-05"},
      {"2026年3月5号", "2026-03-05"},
      {"2026年3月5", "2026-03-05"},
      {"２０２６－０３－０５", "2026-03-05"},
      {" 2026-03-05\t", "2026-03-05"},
      {"2026-03-5 ", "2026-03-05"}, // ten characters with dashes where the canonical form has them
      {"2026-3-5  ", "2026-03-05"},
      {"'2026-03-05", "2026-03-05"},
      {"2024-2-29", "2024-02-29"},
  };
  for (const auto& row : accepted) {
    INFO("input: ", std::string(row.input));
    const auto r = input_date(row.input);
    REQUIRE_MESSAGE(r.ok(), r.error());
    CHECK(to_string(*r) == row.value);
  }
  const Refused refused[] = {
      {"05/03/2026", "puts the day or the month first"},
      {"3/5/2026", "puts the day or the month first"},
      {"05-03-2026", "puts the day or the month first"},
      {"05.03.2026", "write the year first"},
      {"26-3-5", "two-digit year"},
      {"46086", "Excel serial day number"},
      {"46086", "2026-03-05"}, // what that serial means, so the clerk can check
      {"46086.375", "Excel serial day number"},
      {"2026-02-30", "28 days"},
      {"2026-13-01", "no month 13"},
      {"2026-3", "not a date"},
      {"2026/3-5", "not a date"},
      {"2026-03-05 09:00", "gives a time, which this field does not take: write the day alone, 2026-03-05"},
      {"2026年3月5日 9:05", "write the day alone, 2026-03-05"},
      {"yesterday", "not a date"},
      {"2026-03-05\u202E", "<U+202E>"},
  };
  for (const auto& row : refused) {
    check_refused(input_date(row.input), row);
  }
}

TEST_CASE("date-times: times after a space or T")
{
  const Accepted accepted[] = {
      {"2026-03-05", "2026-03-05T00:00:00"},
      {"2026-03-05 9:05", "2026-03-05T09:05:00"},
      {"2026-03-05 09:05", "2026-03-05T09:05:00"},
      {"2026-03-05T09:05", "2026-03-05T09:05:00"},
      {"2026-03-05T09:05:07", "2026-03-05T09:05:07"},
      {"2026/3/5 9:05", "2026-03-05T09:05:00"},
      {"2026年3月5日 9:05", "2026-03-05T09:05:00"},
      {"2026年3月5日9:05", "2026-03-05T09:05:00"},
      {"20260305 23:59:59", "2026-03-05T23:59:59"},
      {"２０２６－０３－０５　０９：０５", "2026-03-05T09:05:00"},
      // The forms read without folding (platform exports), at their edges.
      {"2026-03-05 00:00", "2026-03-05T00:00:00"},
      {"2026-03-05 23:59:59", "2026-03-05T23:59:59"},
      {"2024-02-29T12:00:00", "2024-02-29T12:00:00"},
      {"2026-03-05 09:05:00", "2026-03-05T09:05:00"},
  };
  for (const auto& row : accepted) {
    INFO("input: ", std::string(row.input));
    const auto r = input_date_time(row.input);
    REQUIRE_MESSAGE(r.ok(), r.error());
    CHECK(to_string(*r) == row.value);
  }
  const Refused refused[] = {
      {"2026-03-05 24:00", "hours run from 0 to 23"},
      {"2026-03-05 9:60", "minutes"},
      {"2026-03-05 23:60", "minutes"},
      {"2026-03-05 23:59:60", "seconds"},
      {"2026-02-29 10:00", "28 days"},
      {"2026-13-05 10:00", "no month 13"},
      {"2026-03-05 1a:00", "H:MM"},
      {"2026-03-05 9:5", "H:MM"},
      {"2026-03-05 9", "H:MM"},
      {"05/03/2026 9:05", "puts the day or the month first"},
      {"46086.375", "Excel serial day number"},
  };
  for (const auto& row : refused) {
    check_refused(input_date_time(row.input), row);
  }
}

TEST_CASE("periods: months, quarters, years and ranges")
{
  struct Row
  {
    const char* input;
    PeriodKind kind;
    const char* first;
    const char* last;
  };
  const Row accepted[] = {
      {"2026-03", PeriodKind::month, "2026-03-01", "2026-03-31"},
      {"2026-3", PeriodKind::month, "2026-03-01", "2026-03-31"},
      {"2026/03", PeriodKind::month, "2026-03-01", "2026-03-31"},
      {"2026/3", PeriodKind::month, "2026-03-01", "2026-03-31"},
      {"2026.03", PeriodKind::month, "2026-03-01", "2026-03-31"},
      {"202603", PeriodKind::month, "2026-03-01", "2026-03-31"},
      {"2026年3月", PeriodKind::month, "2026-03-01", "2026-03-31"},
      {"2026年03月份", PeriodKind::month, "2026-03-01", "2026-03-31"},
      {"２０２６－０３", PeriodKind::month, "2026-03-01", "2026-03-31"},
      {"2026Q1", PeriodKind::quarter, "2026-01-01", "2026-03-31"},
      {"2026q2", PeriodKind::quarter, "2026-04-01", "2026-06-30"},
      {"2026-Q3", PeriodKind::quarter, "2026-07-01", "2026-09-30"},
      {"2026年第1季度", PeriodKind::quarter, "2026-01-01", "2026-03-31"},
      {"2026年一季度", PeriodKind::quarter, "2026-01-01", "2026-03-31"},
      {"2026年第四季度", PeriodKind::quarter, "2026-10-01", "2026-12-31"},
      {"2026年2季度", PeriodKind::quarter, "2026-04-01", "2026-06-30"},
      {"2026年Q2", PeriodKind::quarter, "2026-04-01", "2026-06-30"},
      {"2026", PeriodKind::year, "2026-01-01", "2026-12-31"},
      {"2026年", PeriodKind::year, "2026-01-01", "2026-12-31"},
      {"2026-01..2026-03", PeriodKind::range, "2026-01-01", "2026-03-31"},
      {"2026Q1..2026Q2", PeriodKind::range, "2026-01-01", "2026-06-30"},
      {"2026-01-01..2026-03-31", PeriodKind::range, "2026-01-01", "2026-03-31"},
      {"2026/1/1..2026/3/31", PeriodKind::range, "2026-01-01", "2026-03-31"},
      {"2026-02-10..2026-03", PeriodKind::range, "2026-02-10", "2026-03-31"},
      {"2026-01 .. 2026-03", PeriodKind::range, "2026-01-01", "2026-03-31"},
  };
  for (const auto& row : accepted) {
    INFO("input: ", std::string(row.input));
    const auto r = input_period(row.input);
    REQUIRE_MESSAGE(r.ok(), r.error());
    CHECK(r->kind == row.kind);
    CHECK(to_string(r->first) == row.first);
    CHECK(to_string(r->last) == row.last);
  }
  const Refused refused[] = {
      {"2026-13", "no month 13"},
      {"2026Q5", "Q1 to Q4"},
      {"2026年第五季度", "not a period"},
      {"03/2026", "not a period"},
      {"2026-03-05", "a day, not a period"},
      {"2026-03..2026-01", "ends"},
      {"2026-01..", "not a period"},
      {"", "empty"},
      {"2026-03\u202E", "<U+202E>"},
  };
  for (const auto& row : refused) {
    check_refused(input_period(row.input), row);
  }
}

TEST_CASE("amounts: yuan as fen")
{
  struct Row
  {
    const char* input;
    std::int64_t fen;
  };
  const Row accepted[] = {
      {"86.50", 8650},
      {"86.5", 8650},
      {"86", 8600},
      {"¥86.50", 8650},
      {"￥86.50", 8650},
      {"¥ 86.50", 8650},
      {"86.50元", 8650},
      {"86.50 元", 8650},
      {"¥86.50元", 8650},
      {"1,286.50", 128650},
      {"12,345,678", 1234567800},
      {" 86.50 ", 8650},
      {"８６．５０", 8650},
      {"'86.50", 8650},
      {"0.01", 1},
  };
  for (const auto& row : accepted) {
    INFO("input: ", std::string(row.input));
    const auto r = input_yuan(row.input);
    REQUIRE_MESSAGE(r.ok(), r.error());
    CHECK(*r == row.fen);
  }
  const Refused refused[] = {
      {"12,50", "decimal comma"},
      {"12,50", "12.50"},
      {"1,2345", "does not separate thousands"},
      {"12,3456.50", "does not separate thousands"},
      {"12.505", "three decimals"},
      {"1.286", "three decimals"},
      {"12.5055", "more than two decimals"},
      {"1.2E+3", "exponent form"},
      {"-5", "negative"},
      {"12.", "not an amount"},
      {"abc", "not an amount"},
      {"86.50\u202E", "<U+202E>"},
      {"200000000", "too large"},
  };
  for (const auto& row : refused) {
    check_refused(input_yuan(row.input), row);
  }
}

TEST_CASE("quantities, areas, hours and counts")
{
  CHECK(*input_decimal("４０", 2, 100000, "area") == 4000);
  CHECK(*input_decimal("1,250.5", 2, 1000000, "area") == 125050);
  CHECK(*input_decimal(" 2.5\t", 1, 1000, "hours") == 25);
  CHECK(*input_count("１２０", 1000, "population") == 120);
  CHECK(*input_count("1,200", 10000, "population") == 1200);
  CHECK(input_count("1E+3", 10000, "population").error().find("exponent") != std::string::npos);
  CHECK(input_count("12,5", 10000, "population").error().find("decimal comma") != std::string::npos);
  CHECK(input_decimal("2.555", 2, 100000, "area").error().find("too many decimals") != std::string::npos);
}

TEST_SUITE_END();

namespace {

// The same value with a space in front, which no fast path takes: the full reading's answer.
template <typename T>
void same_as_full_reading(const Result<T>& fast, const Result<T>& full, const std::string& input)
{
  INFO("input: '", input, "'");
  REQUIRE(fast.ok() == full.ok());
  if (fast.ok()) {
    CHECK(*fast == *full);
  }
}

} // namespace

TEST_CASE("the fast paths give what the full reading gives, for every digit in every place")
{
  // Platform exports' forms (a day, a day with a time, an 11-digit mobile, a stored code, a plain
  // amount) are read without folding. Each template, and each variant of it with one character
  // replaced by a digit, a separator or a letter, must read as the same value with a space in
  // front, which only the full reading takes. This found a day with a trailing space refused.
  const std::string times[] = {"2026-03-05 09:05", "2026-03-05T09:05:07", "2024-02-29 23:59:59", "2026-12-31T00:00"};
  const std::string phones[] = {"13908943001", "19999999999", "10000000000"};
  const std::string codes[] = {"CN-LB-001", "PV-00002", "A/B_C-9"};
  const auto each_variant = [](const std::string& base, auto&& check) {
    check(base);
    for (std::size_t at = 0; at < base.size(); ++at) {
      for (const char c : std::string("0123456789-: TtAa/_'")) {
        std::string v = base;
        v[at] = c;
        check(v);
      }
    }
  };
  for (const auto& base : times) {
    each_variant(base, [](const std::string& v) {
      same_as_full_reading(input_date_time(v), input_date_time(" " + v), v);
      same_as_full_reading(input_date(v.substr(0, 10)), input_date(" " + v.substr(0, 10)), v.substr(0, 10));
    });
  }
  for (const auto& base : phones) {
    each_variant(base, [](const std::string& v) {
      same_as_full_reading(input_phone(v, "--phone"), input_phone(" " + v, "--phone"), v);
    });
  }
  for (const auto& base : codes) {
    each_variant(base, [](const std::string& v) {
      same_as_full_reading(input_code(v, "CODE"), input_code(" " + v, "CODE"), v);
    });
  }
  for (const std::string base : {"86.50", "1286.5", "12.505"}) {
    each_variant(base, [](const std::string& v) { same_as_full_reading(input_yuan(v), input_yuan(" " + v), v); });
  }
  // One-line text: ASCII and CJK ideographs pass as they are. A byte replaced inside an
  // ideograph makes invalid UTF-8, which both readings must refuse; a tab or a second space
  // must be cleaned the same way.
  for (const std::string base : {"扎西 次仁", "化肥 50kg", "A-1_b"}) {
    each_variant(base, [](const std::string& v) {
      same_as_full_reading(input_text(v, "item", 200, true), input_text(" " + v, "item", 200, true), v);
    });
  }
}
