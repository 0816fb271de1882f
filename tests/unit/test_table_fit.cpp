#include <doctest/doctest.h>

#include "money/money.hpp"
#include "text/display_width.hpp"
#include "text/table_fit.hpp"

#include <numeric>
#include <string>
#include <vector>

using namespace czs::text;

TEST_SUITE_BEGIN("table_fit");

namespace {

std::size_t line_width(const std::vector<std::size_t>& widths, std::size_t gap)
{
  return std::accumulate(widths.begin(), widths.end(), std::size_t{0}) + gap * (widths.size() - 1);
}

} // namespace

TEST_CASE("fit_widths leaves a table that fits as it is")
{
  const std::vector<FitColumn> cols{{10, true}, {20, true}, {5, false}};
  CHECK(fit_widths(cols, 80, 2) == std::vector<std::size_t>{10, 20, 5});
  CHECK(fit_widths(cols, 39, 2) == std::vector<std::size_t>{10, 20, 5}); // exactly 39
}

TEST_CASE("fit_widths narrows the widest text column first, then shares the room")
{
  // An identifier of 20 and a number of 9 are never narrowed; the 40-wide note goes first.
  const std::vector<FitColumn> cols{{20, false}, {12, true}, {40, true}, {9, false}};
  auto w = fit_widths(cols, 70, 2);
  CHECK(w[0] == 20);
  CHECK(w[3] == 9);
  CHECK(w[1] == 12); // the note alone gives up enough
  CHECK(w[2] == 23);
  CHECK(line_width(w, 2) == 70);
  // Tighter: both text columns narrow, the wider one never ends narrower than the other.
  w = fit_widths(cols, 56, 2);
  CHECK(line_width(w, 2) == 56);
  CHECK(w[0] == 20);
  CHECK(w[3] == 9);
  CHECK(w[2] >= w[1]);
  CHECK(w[2] - w[1] <= 1);
}

TEST_CASE("fit_widths never narrows below the minimum nor touches identifiers and numbers")
{
  const std::vector<FitColumn> cols{{19, false}, {30, true}, {4, true}, {11, false}};
  const auto w = fit_widths(cols, 20, 2);
  CHECK(w[0] == 19); // a 19-digit order number stays whole
  CHECK(w[1] == k_min_shortened_width);
  CHECK(w[2] == 4); // already narrower than the minimum
  CHECK(w[3] == 11);
  CHECK(line_width(w, 2) > 20); // it cannot fit: as narrow as it can be
}

TEST_CASE("truncate_to_width counts CJK as two columns and ends in an ellipsis")
{
  CHECK(truncate_to_width("山南市乃东区", 12) == "山南市乃东区");
  CHECK(truncate_to_width("山南市乃东区", 11) == "山南市乃东…");
  CHECK(truncate_to_width("山南市乃东区", 10) == "山南市乃…"); // 乃东 would need 11 columns
  CHECK(display_width(truncate_to_width("经营正常，代购代销业务稳定", 9)) <= 9);
  CHECK(truncate_to_width("Tsering Dolma", 8) == "Tsering…");
}

TEST_CASE("truncate_to_width never cuts a UTF-8 sequence or a grapheme cluster")
{
  // e + combining acute stays one letter.
  CHECK(truncate_to_width("e\xCC\x81xyz", 2) == "e\xCC\x81…");
  // A flag is two regional indicators (each width 1 here): both or neither.
  const std::string flag = "\xF0\x9F\x87\xA8\xF0\x9F\x87\xB3"; // 🇨🇳
  CHECK(truncate_to_width("a" + flag + "bcdef", 3) == "a…");
  CHECK(truncate_to_width("a" + flag + "bcdef", 4) == "a" + flag + "…");
  // Tibetan: a stack of a consonant and vowel signs is one cluster.
  const std::string tashi = "\xE0\xBD\x96\xE0\xBD\xA2\xE0\xBE\x92\xE0\xBE\xB1\xE0\xBD\xA6"; // བཀྲ- like cluster run
  const std::string cut = truncate_to_width(tashi + "xxxxxxxx", 3);
  CHECK(cut.ends_with("…"));
  CHECK(display_width(cut) <= 3);
  for (std::size_t w = 0; w < 12; ++w) {
    const std::string s = truncate_to_width("卓玛e\xCC\x81" + flag + "站点", w);
    CHECK(display_width(s) <= w);
  }
}

TEST_CASE("format_grouped puts thousands separators in the whole part only")
{
  CHECK(czs::format_grouped(128650, 2) == "1,286.50");
  CHECK(czs::format_grouped(2800000, 2) == "28,000.00");
  CHECK(czs::format_grouped(99999, 2) == "999.99");
  CHECK(czs::format_grouped(100000, 2) == "1,000.00");
  CHECK(czs::format_grouped(-123456789, 2) == "-1,234,567.89");
  CHECK(czs::format_grouped(1234567, 0) == "1,234,567");
  CHECK(czs::format_grouped(0, 2) == "0.00");
  CHECK(czs::format_grouped(-5, 1) == "-0.5");
}

TEST_SUITE_END();
