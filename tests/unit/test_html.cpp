#include <doctest/doctest.h>

#include "html/chart.hpp"
#include "html/document.hpp"
#include "html/escape.hpp"
#include "html/scale.hpp"
#include "html/table.hpp"

#include <sstream>

using namespace czs::html;

namespace {

std::size_t count_of(const std::string& haystack, const std::string& needle)
{
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) {
    ++n;
  }
  return n;
}

} // namespace

TEST_SUITE_BEGIN("html");

TEST_CASE("escape turns markup, ampersands and both quotes into references")
{
  CHECK(escape(R"(<b>"卡达" & 'x'</b>)") == "&lt;b&gt;&quot;卡达&quot; &amp; &#39;x&#39;&lt;/b&gt;");
  CHECK(escape("&amp;") == "&amp;amp;"); // already escaped text is text, escaped again
  CHECK(escape("卡达村电商服务站") == "卡达村电商服务站");
  CHECK(escape("") == "");
}

TEST_CASE("escape drops control characters HTML forbids and keeps tab and newline")
{
  CHECK(escape(std::string("a\x01"
                           "b\x1f"
                           "c"))
        == "abc");
  CHECK(escape("a\tb\nc") == "a\tb\nc");
}

TEST_CASE("grouped puts a comma between groups of three digits")
{
  CHECK(grouped(std::int64_t{0}) == "0");
  CHECK(grouped(std::int64_t{999}) == "999");
  CHECK(grouped(std::int64_t{1000}) == "1,000");
  CHECK(grouped(std::int64_t{6000000}) == "6,000,000");
  CHECK(grouped(std::int64_t{-1234567}) == "-1,234,567");
  CHECK(grouped(std::string_view("1234567.50")) == "1,234,567.50");
  CHECK(grouped(std::string_view("-0.05")) == "-0.05");
  CHECK(grouped(std::string_view("12345.")) == "12345."); // not a plain decimal: unchanged
  CHECK(grouped(std::string_view("1e10")) == "1e10");     // not a plain decimal: unchanged
  CHECK(grouped(std::string_view("")) == "");
}

TEST_CASE("zero_based_scale: no data still draws one honest step from zero")
{
  const Scale s = zero_based_scale(0);
  CHECK(s.max == 1);
  CHECK(s.step == 1);
  REQUIRE(s.ticks.size() == 2);
  CHECK(s.ticks[0] == 0);
  CHECK(s.fraction(0) == 0);
  CHECK(s.fraction(5) == 1); // clamped
}

TEST_CASE("zero_based_scale: one small count keeps whole-number steps")
{
  const Scale s = zero_based_scale(1);
  CHECK(s.step == 1);
  CHECK(s.max == 1);
  CHECK(s.fraction(1) == 1);
  const Scale three = zero_based_scale(3);
  CHECK(three.step == 1);
  CHECK(three.max == 3);
  CHECK(three.ticks.size() == 4);
}

TEST_CASE("zero_based_scale: steps are 1, 2 or 5 times a power of ten and cover the largest value")
{
  const Scale s = zero_based_scale(87);
  CHECK(s.step == 20);
  CHECK(s.max == 100);
  CHECK(s.ticks.back() == 100);
  const Scale exact = zero_based_scale(100);
  CHECK(exact.step == 20);
  CHECK(exact.max == 100);
  const Scale big = zero_based_scale(6'000'000);
  CHECK(big.step == 2'000'000);
  CHECK(big.max == 6'000'000);
  CHECK(tick_label(big, big.ticks.back()) == "6,000,000");
  const Scale huge = zero_based_scale(123'456'789'012.0);
  CHECK(huge.max >= 123'456'789'012.0);
  CHECK(huge.ticks.size() <= 6);
}

TEST_CASE("zero_based_scale: fractional steps for amounts, labelled with the decimals they need")
{
  const Scale s = zero_based_scale(0.9, 5, false);
  CHECK(s.step == doctest::Approx(0.2));
  CHECK(s.max == doctest::Approx(1.0));
  CHECK(tick_label(s, s.ticks[1]) == "0.2");
}

TEST_CASE("zero_based_scale: a negative value (not expected) is drawn as zero")
{
  const Scale s = zero_based_scale(-5);
  CHECK(s.max == 1);
  CHECK(s.fraction(-3) == 0);
}

TEST_CASE("table: cells and caption are escaped, numbers right-aligned, an empty table says so")
{
  Table t("<caption>", {{"名称"}, {"records", true}});
  t.row({"<script>alert(1)</script>", "1,234"});
  t.total({"合计", "1,234"});
  const std::string h = t.html();
  CHECK(h.find("<script>") == std::string::npos);
  CHECK(h.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(h.find("<caption>&lt;caption&gt;</caption>") != std::string::npos);
  CHECK(h.find(R"(<td class="n">1,234</td>)") != std::string::npos);
  CHECK(h.find(R"(<tr class="total">)") != std::string::npos);
  CHECK(h.find("<thead>") != std::string::npos);
  Table empty("", {{"a"}, {"b"}});
  CHECK(empty.html("无记录").find(R"(colspan="2">无记录)") != std::string::npos);
}

TEST_CASE("document: one head with print CSS and CJK fonts, a section per sheet, no script, nothing fetched")
{
  std::ostringstream out;
  {
    Document doc(out, "报告 <1> & \"2\"", "zh-CN");
    doc.add(heading(1, "第一页"));
    doc.sheet();
    doc.add(paragraph("第二页 & more", "note"));
    doc.add(signatures({{"巡检人（签字）", "次仁"}, {"站长（签字）", ""}}, "日期"));
  }
  const std::string h = out.str();
  CHECK(h.rfind("<!DOCTYPE html>\n<html lang=\"zh-CN\">", 0) == 0);
  CHECK(h.find("<title>报告 &lt;1&gt; &amp; &quot;2&quot;</title>") != std::string::npos);
  CHECK(h.find("@page { size: A4;") != std::string::npos);
  CHECK(h.find("\"Noto Sans CJK SC\"") != std::string::npos);
  CHECK(h.find("sans-serif") != std::string::npos);
  CHECK(h.find("default-src 'none'") != std::string::npos);
  CHECK(count_of(h, "<section class=\"sheet\">") == 2);
  CHECK(count_of(h, "</section>") == 2);
  CHECK(h.find("<script") == std::string::npos);
  CHECK(h.find("://") == std::string::npos); // no address to fetch anything from
  CHECK(h.find("@import") == std::string::npos);
  CHECK(h.find("<p class=\"note\">第二页 &amp; more</p>") != std::string::npos);
  CHECK(count_of(h, "class=\"line\"") == 4); // a signature line and a date line per role
  CHECK(h.find("次仁") != std::string::npos);
  CHECK(h.substr(h.size() - 8) == "</html>\n");
}

TEST_CASE("bar_chart: stacked segments with their own fills, totals written, labels escaped")
{
  Chart c{"v", "乡镇 & 种类", "records", {"卡达乡", "<b>"}, {{"代购", {3, 0}}, {"代销", {2, 1}}}};
  const std::string svg = bar_chart(c);
  CHECK(svg.find("<figcaption>乡镇 &amp; 种类</figcaption>") != std::string::npos);
  CHECK(svg.find("&lt;b&gt;") != std::string::npos);
  CHECK(svg.find("<b>") == std::string::npos);
  CHECK(count_of(svg, "<pattern id=\"v-f") == 2);
  CHECK(count_of(svg, "fill=\"url(#v-f") == 3 + 2);  // three segments and two legend swatches
  CHECK(svg.find(">5</text>") != std::string::npos); // the first bar's total
  CHECK(svg.find(">1</text>") != std::string::npos);
}

TEST_CASE("bar_chart: zero data draws an axis and zero totals, one series has no legend")
{
  Chart c{"z", "t", "records", {"a", "b"}, {{"only", {0, 0}}}};
  const std::string svg = bar_chart(c);
  CHECK(svg.find("fill=\"url(#z-f") == std::string::npos); // no bars
  CHECK(count_of(svg, ">0</text>") >= 3);                  // the zero tick and both totals
  CHECK(svg.find(">only</text>") == std::string::npos);
}

TEST_CASE("bar_chart: large numbers are grouped on the axis and above the bars")
{
  Chart c{"l", "t", "records", {"a"}, {{"s", {5'432'100}}}};
  const std::string svg = bar_chart(c);
  CHECK(svg.find(">5,432,100</text>") != std::string::npos);
  CHECK(svg.find(">6,000,000</text>") != std::string::npos);
}

TEST_CASE("line_chart: a line, markers and an end value per series, dashes told apart, a legend")
{
  Chart c{"t", "trend", "records", {"2026Q1", "2026Q2", "2026Q3"}, {{"代购", {1, 2, 3}}, {"代销", {0, 5, 4}}}};
  const std::string svg = line_chart(c);
  CHECK(count_of(svg, "<polyline") == 2);
  CHECK(svg.find("stroke-dasharray=\"7 3\"") != std::string::npos); // the second series is dashed
  CHECK(svg.find(">3</text>") != std::string::npos);
  CHECK(svg.find(">4</text>") != std::string::npos);
  CHECK(svg.find(">代销</text>") != std::string::npos);
  CHECK(svg.find(">2026Q3</text>") != std::string::npos);
}

TEST_CASE("charts: many long category labels are turned to fit")
{
  Chart c{"r", "t", "n", {}, {{"s", {}}}};
  for (int i = 0; i < 30; ++i) {
    c.categories.push_back("一个很长的乡镇名字");
    c.series[0].values.push_back(i);
  }
  CHECK(bar_chart(c).find("rotate(-40") != std::string::npos);
}

TEST_SUITE_END();
