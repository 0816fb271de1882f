// Deterministic mutation fuzzing of the parsers that read what clerks and files give us: the
// CSV reader, the period, date, date-time and money parsers. Thousands of mutated inputs each;
// each must either parse or be refused with a message, never crash, hang or trip a sanitizer
// (CI runs this under ASan and UBSan). The rules-file loader has its own in test_rules_file.cpp.

#include <doctest/doctest.h>

#include "money/money.hpp"
#include "period/date.hpp"
#include "period/period.hpp"
#include "text/csv.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

#include <cstdint>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace czs;

TEST_SUITE_BEGIN("fuzz");

namespace {

// Byte flips, insertions of interesting bytes, deletions and truncations of a seed.
std::string mutate(const std::string& seed, std::mt19937& rng)
{
  static const std::vector<std::string> k_pieces{"\"",   ",",    "\n",   "\r", "\r\n", "\xef\xbb\xbf",
                                                 "\xd7", "\xbf", "\xff", "\0", "Q",    "-",
                                                 "..",   "9999", "0",    ".",  "¥",    "卓"};
  std::string s = seed;
  const int edits = 1 + static_cast<int>(rng() % 4);
  for (int e = 0; e < edits; ++e) {
    const std::size_t at = s.empty() ? 0 : rng() % (s.size() + 1);
    switch (rng() % 4) {
    case 0:
      if (!s.empty() && at < s.size())
        s[at] = static_cast<char>(rng() % 256);
      break;
    case 1:
      s.insert(at, k_pieces[rng() % k_pieces.size()]);
      break;
    case 2:
      if (at < s.size())
        s.erase(at, 1 + rng() % 3);
      break;
    default:
      s.resize(at);
    }
  }
  return s;
}

template <typename Check>
void fuzz(const std::vector<std::string>& seeds, int rounds, Check check)
{
  std::mt19937 rng(20261128);
  for (int i = 0; i < rounds; ++i) {
    check(mutate(seeds[static_cast<std::size_t>(i) % seeds.size()], rng));
  }
}

} // namespace

TEST_CASE("fuzz: the CSV reader reads or refuses every mutated file")
{
  const std::vector<std::string> seeds{
      "station,served_on,kind\nCN-1,2026-03-01,water\n",
      "a,\"b,\"\"c\"\"\nd\",e\r\nf,g,h\r\n",
      "\xef\xbb\xbfx,y\n\n1,2\n",
  };
  int refused = 0;
  fuzz(seeds, 20000, [&](const std::string& input) {
    std::istringstream in(input);
    text::CsvReader reader(in);
    text::CsvRow row;
    try {
      while (reader.next(row)) {
        CHECK(row.line >= 1);
      }
    } catch (const text::CsvError& e) {
      ++refused;
      CHECK(e.line() >= 1);
    }
  });
  CHECK(refused > 0);
}

TEST_CASE("fuzz: the period, date and money parsers accept or explain every mutated input")
{
  const std::vector<std::string> seeds{
      "2026Q1", "2026-03",     "2026", "2026-01-01..2026-03-31", "2024-02-29", "2026-03-15T14:30:00",
      "12.50",  "100000000.00"};
  int accepted = 0;
  fuzz(seeds, 20000, [&](const std::string& input) {
    auto period = parse_period(input);
    auto date = parse_date(input);
    auto time = parse_date_time(input);
    auto money = parse_yuan(input);
    CHECK((period.ok() || !period.error().empty()));
    CHECK((date.ok() || !date.error().empty()));
    CHECK((time.ok() || !time.error().empty()));
    CHECK((money.ok() || !money.error().empty()));
    if (period.ok()) {
      CHECK(period->first <= period->last);
      ++accepted;
    }
    if (date.ok()) {
      CHECK(date->day <= days_in_month(date->year, date->month));
    }
    if (money.ok()) {
      CHECK(*money >= 0);
    }
  });
  CHECK(accepted > 0);
}

TEST_CASE("fuzz: text normalisation keeps any bytes valid UTF-8")
{
  fuzz({"你好，World！", "ＡＢＣ　１２３", "a\xe4\xbd"}, 20000,
       [](const std::string& input) { CHECK(text::is_valid_utf8(text::normalize_for_duplicates(input))); });
}
