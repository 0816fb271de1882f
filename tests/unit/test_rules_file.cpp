#include <doctest/doctest.h>

#include "temp_dir.hpp"

#include "base/error.hpp"
#include "money/money.hpp"
#include "rules/effective_rules.hpp"
#include "rules/parameter_table.hpp"
#include "rules/rule_catalogue.hpp"
#include "rules/rules_file.hpp"
#include "rules/rules_text.hpp"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <stdlib.h>

TEST_SUITE_BEGIN("rules");

namespace {

using namespace czs;
using namespace czs::rules;
namespace fs = std::filesystem;

const char* const k_path = "rules.toml";

LoadedRules load(const std::string& text)
{
  return parse_rules(text, k_path);
}

// The diagnostics of a file the loader must refuse (as a config error).
std::vector<Diagnostic> refusal(const std::string& text)
{
  try {
    parse_rules(text, k_path);
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::config);
    return e.diagnostics();
  }
  FAIL("the file was accepted:\n" << text);
  return {};
}

// The one diagnostic of a refused file, as "message\n  hint: hint".
std::string one_refusal(const std::string& text)
{
  const auto found = refusal(text);
  REQUIRE_MESSAGE(found.size() == 1, text);
  CHECK_MESSAGE(!found[0].hint.empty(), found[0].message);
  return found[0].message + "\n  hint: " + found[0].hint;
}

bool has(const std::string& text, const std::string& part)
{
  return text.find(part) != std::string::npos;
}

const char* const k_every_key = R"([county]
time_zone = "Asia/Urumqi"

[site]
min_area_m2 = 25.5
min_population = 300

[training]
min_hours = 7.5

[inspections]
per_month = 3

[posts]
per_month = 20
violations_limit = 5
violations_window_months = 12
banned_words = ["假货", "传销"]

[stocktakes]
per_month = 2

[callbacks]
per_quarter = 2

[volume]
min_months_open = 9
half_year_threshold = 150
counted_kinds = ["purchase", "sale"]
quarters_without_improvement = 4

[credit]
grace_days = 45

[pickup]
notice_hours = 12

[parcels]
overdue_days = 10

[fees.purchase]
max_yuan = "5.00"
max_percent = 3

[fees.service.water]
max_yuan = 1

[platform]
min_login_days = 25
)";

std::int64_t area_of(const std::string& written)
{
  return load("[site]\nmin_area_m2 = " + written + "\n").params.min_area_centi_m2;
}

FeeCap purchase_cap(const std::string& line)
{
  const auto rules = load("[fees.purchase]\n" + line + "\n");
  REQUIRE(rules.params.fee_schedule.count("purchase") == 1);
  return rules.params.fee_schedule.at("purchase");
}

std::string read_file(const std::string& path)
{
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

} // namespace

TEST_CASE("built_in_rules are the measures' values, every one of built-in origin")
{
  const LoadedRules rules = built_in_rules();
  CHECK(rules.params == default_parameters());
  CHECK(rules.path.empty());
  CHECK(rules.origins.empty());
  CHECK(rules.params.min_area_centi_m2 == 3000);
  CHECK(rules.params.min_population == 0);
  CHECK(rules.params.inspections_per_month == 2);
  CHECK(rules.params.posts_per_month == 15);
  CHECK(rules.params.violations_limit == 3);
  CHECK(rules.params.violations_window_months == 0);
  CHECK(rules.params.min_months_open == 6);
  CHECK(rules.params.half_year_volume == 100);
  CHECK(rules.params.quarters_without_improvement == 3);
  CHECK(rules.params.credit_grace_days == 30);
  CHECK(rules.params.pickup_notice_hours == 24);
  CHECK(rules.params.fee_schedule.empty());
  CHECK(rules.params.time_zone == "Asia/Shanghai");
  for (const auto& info : parameter_table()) {
    CHECK(rules.origin(parameter_path(info)).kind == Origin::Kind::built_in);
  }
}

TEST_CASE("parse_rules of an empty file, or one of comments, keeps every default")
{
  for (const char* text : {"", "# nothing set\n", "\n\n[site]\n# min_area_m2 = 25\n"}) {
    const LoadedRules rules = load(text);
    CHECK(rules.params == default_parameters());
    CHECK(rules.path == k_path);
    CHECK(rules.origins.empty());
  }
}

TEST_CASE("parse_rules: every key overrides its default, with its line and column as origin")
{
  const LoadedRules rules = load(k_every_key);
  const Parameters& p = rules.params;
  CHECK(p.time_zone == "Asia/Urumqi");
  CHECK(p.min_area_centi_m2 == 2550);
  CHECK(p.min_population == 300);
  CHECK(p.min_training_deci_hours == 75);
  CHECK(p.inspections_per_month == 3);
  CHECK(p.posts_per_month == 20);
  CHECK(p.violations_limit == 5);
  CHECK(p.violations_window_months == 12);
  CHECK(p.banned_words == std::vector<std::string>{"假货", "传销"});
  CHECK(p.stocktakes_per_month == 2);
  CHECK(p.callbacks_per_quarter == 2);
  CHECK(p.min_months_open == 9);
  CHECK(p.half_year_volume == 150);
  CHECK(p.volume_kinds == std::vector<std::string>{"purchase", "sale"});
  CHECK(p.quarters_without_improvement == 4);
  CHECK(p.credit_grace_days == 45);
  CHECK(p.pickup_notice_hours == 12);
  CHECK(p.parcel_overdue_days == 10);
  CHECK(p.min_login_days == 25);
  REQUIRE(p.fee_schedule.size() == 2);
  CHECK(p.fee_schedule.at("purchase") == FeeCap{500, 30});
  CHECK(p.fee_schedule.at("service.water") == FeeCap{100, std::nullopt});

  for (const auto& info : parameter_table()) {
    CAPTURE(parameter_path(info));
    const Origin o = rules.origin(parameter_path(info));
    CHECK(o.kind == Origin::Kind::rules_file);
    CHECK(o.file == k_path);
    CHECK(o.line > 0);
    CHECK(o.column == 1);
  }
  CHECK(rules.origin("county.time_zone").line == 2);
  CHECK(rules.origin("site.min_area_m2").line == 5);
  CHECK(rules.origin("posts.banned_words").line == 18);
  CHECK(rules.origin("fees.purchase.max_yuan").line == 42);
  CHECK(rules.origin("fees.purchase.max_percent").line == 43);
  CHECK(rules.origin("fees.service.water.max_yuan").line == 46);
  CHECK(rules.origins.size() == parameter_table().size() + 3);
}

TEST_CASE("parse_rules: a file that sets a few keys keeps the defaults of the others")
{
  const LoadedRules rules = load("[posts]\nper_month = 10\n");
  Parameters expected = default_parameters();
  expected.posts_per_month = 10;
  CHECK(rules.params == expected);
  CHECK(rules.origins.size() == 1);
  CHECK(rules.origin("posts.per_month").line == 2);
  CHECK(rules.origin("posts.violations_limit").kind == Origin::Kind::built_in);
}

TEST_CASE("parse_rules takes dotted keys and inline tables as TOML allows")
{
  const LoadedRules rules = load("site.min_area_m2 = 25\nfees.sale = { max_percent = 2.5 }\n");
  CHECK(rules.params.min_area_centi_m2 == 2500);
  CHECK(rules.params.fee_schedule.at("sale") == FeeCap{std::nullopt, 25});
}

TEST_CASE("parse_rules converts areas exactly from the digits written")
{
  CHECK(area_of("29.99") == 2999);
  CHECK(area_of("30") == 3000);
  CHECK(area_of("30.0") == 3000);
  CHECK(area_of("30.00") == 3000);
  CHECK(area_of("30.5") == 3050);
  CHECK(area_of("0.01") == 1);
  CHECK(area_of("0.29") == 29);
  CHECK(area_of("+45.10") == 4510);
  CHECK(area_of("1_000.25") == 100025);
  CHECK(area_of("100000") == 10'000'000);
  // Every two-decimal area up to 100 m²: none may come out a fen short, as a double would.
  for (std::int64_t centi = 1; centi <= 10'000; ++centi) {
    const std::string written = format_decimal(centi, 2);
    REQUIRE_MESSAGE(area_of(written) == centi, written);
  }
}

TEST_CASE("parse_rules converts hours, yuan and percent exactly")
{
  CHECK(load("[training]\nmin_hours = 7.5\n").params.min_training_deci_hours == 75);
  CHECK(load("[training]\nmin_hours = 8\n").params.min_training_deci_hours == 80);
  CHECK(load("[training]\nmin_hours = 0.1\n").params.min_training_deci_hours == 1);

  CHECK(purchase_cap("max_yuan = \"5.00\"").max_fen == 500);
  CHECK(purchase_cap("max_yuan = \"5\"").max_fen == 500);
  CHECK(purchase_cap("max_yuan = 5").max_fen == 500);
  CHECK(purchase_cap("max_yuan = 5.5").max_fen == 550);
  CHECK(purchase_cap("max_yuan = 0.07").max_fen == 7);
  CHECK(purchase_cap("max_yuan = \"0.07\"").max_fen == 7);
  CHECK(purchase_cap("max_yuan = 19.99").max_fen == 1999);
  CHECK(purchase_cap("max_yuan = 0").max_fen == 0);

  CHECK(purchase_cap("max_percent = 2.5").max_permille == 25);
  CHECK(purchase_cap("max_percent = 3").max_permille == 30);
  CHECK(purchase_cap("max_percent = 0.1").max_permille == 1);
  CHECK(purchase_cap("max_percent = 100").max_permille == 1000);
  CHECK(purchase_cap("max_percent = 0").max_permille == 0);
}

TEST_CASE("parse_rules refuses more decimals than the unit holds, never rounding")
{
  CHECK(has(one_refusal("[site]\nmin_area_m2 = 29.999\n"),
            "rules.toml:2:15: site.min_area_m2 '29.999' has too many decimals"));
  // As a double this is exactly 30.0: only the digits written show the clerk meant otherwise.
  CHECK(has(one_refusal("[site]\nmin_area_m2 = 29.999999999999999\n"), "too many decimals"));
  CHECK(has(one_refusal("[training]\nmin_hours = 7.25\n"), "too many decimals"));
  CHECK(has(one_refusal("[fees.sale]\nmax_yuan = 1.005\n"), "more than two decimals"));
  CHECK(has(one_refusal("[fees.sale]\nmax_yuan = \"1.005\"\n"), "more than two decimals"));
  CHECK(has(one_refusal("[fees.sale]\nmax_percent = 2.55\n"), "too many decimals"));
  CHECK(has(one_refusal("[site]\nmin_area_m2 = 3e1\n"), "is not a number"));
  CHECK(has(one_refusal("[site]\nmin_area_m2 = inf\n"), "is not a number"));
  CHECK(has(one_refusal("[site]\nmin_area_m2 = nan\n"), "is not a number"));
}

TEST_CASE("parse_rules refuses impossible values at their line and column")
{
  struct Case
  {
    const char* text;
    const char* where;
    const char* says;
  };
  const Case cases[] = {
      {"[site]\nmin_area_m2 = -5\n", "rules.toml:2:15: ", "cannot be negative"},
      {"[site]\nmin_area_m2 = -5.5\n", "rules.toml:2:15: ", "cannot be negative"},
      {"[site]\nmin_area_m2 = 0\n", "rules.toml:2:15: ", "site.min_area_m2 cannot be 0"},
      {"[site]\nmin_area_m2 = 0.00\n", "rules.toml:2:15: ", "cannot be 0"},
      {"[site]\nmin_area_m2 = 100000.01\n", "rules.toml:2:15: ", "at most 100000.00"},
      {"[site]\nmin_population = -1\n", "rules.toml:2:18: ", "cannot be negative"},
      {"[training]\nmin_hours = 0\n", "rules.toml:2:13: ", "cannot be 0"},
      {"[inspections]\nper_month = 0\n", "rules.toml:2:13: ", "inspections.per_month cannot be 0"},
      {"[inspections]\nper_month = 32\n", "rules.toml:2:13: ", "at most 31"},
      {"[posts]\nper_month = 0\n", "rules.toml:2:13: ", "cannot be 0"},
      {"[posts]\nper_month = -15\n", "rules.toml:2:13: ", "cannot be negative"},
      {"[posts]\nper_month = 9223372036854775807\n", "rules.toml:2:13: ", "too large"},
      {"[posts]\nviolations_limit = 0\n", "rules.toml:2:20: ", "cannot be 0"},
      {"[posts]\nviolations_window_months = 13\n", "rules.toml:2:28: ", "at most 12"},
      {"[posts]\nviolations_window_months = -1\n", "rules.toml:2:28: ", "cannot be negative"},
      {"[stocktakes]\nper_month = 0\n", "rules.toml:2:13: ", "cannot be 0"},
      {"[callbacks]\nper_quarter = 0\n", "rules.toml:2:15: ", "cannot be 0"},
      {"[volume]\nmin_months_open = -6\n", "rules.toml:2:19: ", "cannot be negative"},
      {"[volume]\nhalf_year_threshold = 0\n", "rules.toml:2:23: ", "cannot be 0"},
      {"[volume]\nhalf_year_threshold = -100\n", "rules.toml:2:23: ", "cannot be negative"},
      {"[volume]\nquarters_without_improvement = 0\n", "rules.toml:2:32: ", "cannot be 0"},
      {"[credit]\ngrace_days = -1\n", "rules.toml:2:14: ", "cannot be negative"},
      {"[pickup]\nnotice_hours = 0\n", "rules.toml:2:16: ", "cannot be 0"},
      {"[parcels]\noverdue_days = 0\n", "rules.toml:2:16: ", "cannot be 0"},
      {"[fees.sale]\nmax_yuan = \"-5\"\n", "rules.toml:2:12: ", "cannot be negative"},
      {"[fees.sale]\nmax_yuan = -5\n", "rules.toml:2:12: ", "cannot be negative"},
      {"[fees.sale]\nmax_yuan = \"¥5\"\n", "rules.toml:2:12: ", "without ¥ or 元"},
      {"[fees.sale]\nmax_percent = 101\n", "rules.toml:2:15: ", "at most 100.0"},
      {"[fees.sale]\nmax_percent = -1\n", "rules.toml:2:15: ", "cannot be negative"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const std::string said = one_refusal(c.text);
    CHECK_MESSAGE(said.starts_with(c.where), said);
    CHECK_MESSAGE(has(said, c.says), said);
  }
}

TEST_CASE("parse_rules refuses wrong types, naming what was expected")
{
  struct Case
  {
    const char* text;
    const char* where;
    const char* says;
  };
  const Case cases[] = {
      {"[site]\nmin_area_m2 = \"30\"\n", "rules.toml:2:15: ", "site.min_area_m2 must be a number, not a string"},
      {"[site]\nmin_area_m2 = 2026-01-01\n", "rules.toml:2:15: ", "not a date or time"},
      {"[site.min_area_m2]\n", "rules.toml:1:", "must be a number, not a table"},
      {"[posts]\nper_month = 15.0\n",
       "rules.toml:2:13: ", "posts.per_month must be a whole number, not a decimal number"},
      {"[posts]\nper_month = true\n", "rules.toml:2:13: ", "not true or false"},
      {"[posts]\nper_month = [15]\n", "rules.toml:2:13: ", "not a list"},
      {"[county]\ntime_zone = 8\n",
       "rules.toml:2:13: ", "county.time_zone must be a time zone name, not a whole number"},
      {"[volume]\ncounted_kinds = \"sale\"\n", "rules.toml:2:17: ", "must be a list of record kinds, not a string"},
      {"[volume]\ncounted_kinds = [\"sale\", 3]\n", "rules.toml:2:26: ", "must be a list of record kinds"},
      {"[posts]\nbanned_words = [1]\n", "rules.toml:2:17: ", "must be a list of words, not a whole number"},
      {"[posts]\nbanned_words = \"假货\"\n", "rules.toml:2:16: ", "must be a list of words, not a string"},
      {"site = 30\n", "rules.toml:1:8: ", "site must be a table"},
      {"[[site]]\nmin_area_m2 = 30\n", "rules.toml:1:", "site must be a table"},
      {"[fees]\npurchase = 5\n", "rules.toml:2:12: ", "fees.purchase must be a table"},
      {"fees = 5\n", "rules.toml:1:8: ", "fees must be a table"},
      {"[fees.sale]\nmax_percent = \"3%\"\n", "rules.toml:2:15: ", "must be a number of percent, not a string"},
      {"[fees.sale]\nmax_yuan = true\n", "rules.toml:2:12: ", "must be an amount of yuan, not true or false"},
      {"[fees.service]\nwater = 1\n", "rules.toml:2:1: ", "fees.service.water must be a table"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const std::string said = one_refusal(c.text);
    CHECK_MESSAGE(said.starts_with(c.where), said);
    CHECK_MESSAGE(has(said, c.says), said);
  }
}

TEST_CASE("parse_rules refuses unknown names with a did-you-mean")
{
  struct Case
  {
    const char* text;
    const char* where;
    const char* says;
    const char* hint;
  };
  const Case cases[] = {
      {"[site]\nmin_area = 25\n", "rules.toml:2:1: ", "unknown key site.min_area", "did you mean min_area_m2?"},
      {"[site]\nmin_aera_m2 = 25\n", "rules.toml:2:1: ", "unknown key site.min_aera_m2", "did you mean min_area_m2?"},
      {"[site]\nmin_aera = 25\n", "rules.toml:2:1: ", "unknown key site.min_aera", "did you mean min_area_m2?"},
      {"[volume]\nhalf_year = 90\n", "rules.toml:2:1: ", "unknown key volume.half_year",
       "did you mean half_year_threshold?"},
      {"[site]\nper_month = 3\n", "rules.toml:2:1: ", "unknown key site.per_month",
       "per_month is a key of [inspections], [posts], [stocktakes]"},
      {"[site]\nfees.sale = { max_yuan = 1 }\n", "rules.toml:2:1: ", "unknown key site.fees",
       "[fees] is a section of its own"},
      {"[site]\nfoo = 3\n", "rules.toml:2:1: ", "unknown key site.foo",
       "the keys of [site] are min_area_m2, min_population"},
      {"[sites]\nmin_area_m2 = 25\n", "rules.toml:1:2: ", "unknown section [sites]", "did you mean [site]?"},
      {"[zzz]\n", "rules.toml:1:2: ", "unknown section [zzz]", "the sections are county, site, training"},
      {"time_zone = \"Asia/Shanghai\"\n", "rules.toml:1:1: ", "time_zone is not a section of its own",
       "write it under the [county] line"},
      {"[volume]\ncounted_kinds = [\"purchase\", \"sales\"]\n", "rules.toml:2:30: ", "unknown record kind 'sales'",
       "did you mean \"sale\"?"},
      {"[volume]\ncounted_kinds = [\"refund\"]\n", "rules.toml:2:18: ", "unknown record kind 'refund'",
       "the kinds are purchase, sale, parcel_in, parcel_out and service"},
      {"[county]\ntime_zone = \"Asia/Shanghia\"\n", "rules.toml:2:13: ", "unknown time zone 'Asia/Shanghia'",
       "did you mean \"Asia/Shanghai\"?"},
      {"[county]\ntime_zone = \"Mars/Olympus_Mons\"\n", "rules.toml:2:13: ", "unknown time zone", "IANA"},
      {"[county]\ntime_zone = \"../../etc/passwd\"\n", "rules.toml:2:13: ", "unknown time zone", ""},
      {"[county]\ntime_zone = \"\"\n", "rules.toml:2:13: ", "unknown time zone", ""},
      {"[fees.purchse]\nmax_yuan = 5\n", "rules.toml:1:7: ", "unknown fee kind fees.purchse",
       "did you mean fees.purchase?"},
      {"[fees.purchase]\nmax_yaun = 5\n", "rules.toml:2:1: ", "unknown key fees.purchase.max_yaun",
       "did you mean max_yuan?"},
      {"[fees.service.watr]\nmax_yuan = 1\n", "rules.toml:1:15: ", "unknown key fees.service.watr",
       "did you mean water?"},
      {"[fees.sale.water]\nmax_yuan = 1\n", "rules.toml:1:12: ", "unknown key fees.sale.water",
       "max_yuan and max_percent"},
      {"[fees.purchase]\nmax_yuan = 5\ntime_zone = \"Asia/Shanghai\"\n", "rules.toml:3:1: ",
       "unknown key fees.purchase.time_zone", "time_zone is a key of [county]: move it above the first [fees...] line"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const std::string said = one_refusal(c.text);
    CHECK_MESSAGE(said.starts_with(c.where), said);
    CHECK_MESSAGE(has(said, c.says), said);
    CHECK_MESSAGE(has(said, c.hint), said);
  }
}

TEST_CASE("parse_rules refuses lists that cannot be used")
{
  CHECK(has(one_refusal("[volume]\ncounted_kinds = []\n"), "counted_kinds is empty"));
  CHECK(has(one_refusal("[volume]\ncounted_kinds = [\"sale\", \"sale\"]\n"),
            "rules.toml:2:26: volume.counted_kinds: 'sale' is listed twice"));
  CHECK(has(one_refusal("[posts]\nbanned_words = [\"\"]\n"), "rules.toml:2:17: posts.banned_words: a word is empty"));
  CHECK(has(one_refusal("[posts]\nbanned_words = [\"  \"]\n"), "a word is empty"));
  CHECK(has(one_refusal("[posts]\nbanned_words = [\"假货\", \"假货\"]\n"), "'假货' is listed twice"));
  CHECK(has(one_refusal("[posts]\nbanned_words = [\"a\\u0007b\"]\n"), "<U+0007>"));
  CHECK(has(one_refusal("[posts]\nbanned_words = [\"" + std::string(51, 'x') + "\"]\n"), "at most 50"));
  CHECK(load("[posts]\nbanned_words = []\n").params.banned_words.empty());
  CHECK(load("[posts]\nbanned_words = [\" 传  销 \"]\n").params.banned_words == std::vector<std::string>{"传 销"});
}

TEST_CASE("parse_rules refuses a fee table that sets no cap")
{
  CHECK(has(one_refusal("[fees.purchase]\n"), "rules.toml:1:1: [fees.purchase] sets no cap"));
  CHECK(has(one_refusal("[fees.service.water]\n"), "[fees.service.water] sets no cap"));
  // [fees.service] holding only kinds of service caps nothing itself, and that is fine.
  const auto rules = load("[fees.service.hotel]\nmax_percent = 5\n");
  CHECK(rules.params.fee_schedule.size() == 1);
  CHECK(rules.params.fee_schedule.at("service.hotel") == FeeCap{std::nullopt, 50});
  CHECK(load("[fees]\n").params.fee_schedule.empty());
}

TEST_CASE("parse_rules refuses a file that is not TOML at the line and column of the error")
{
  CHECK(has(one_refusal("[site\nmin_area_m2 = 30\n"), "rules.toml:1:6: not valid TOML"));
  CHECK(has(one_refusal("[site]\nmin_area_m2 = 30\nmin_area_m2 = 31\n"), "rules.toml:3:"));
  CHECK(has(one_refusal("[site]\nmin_area_m2 = 30 m²\n"), "rules.toml:2:"));
  CHECK(has(one_refusal("[site]\nmin_area_m2 = 30.\n"), "rules.toml:2:"));
  CHECK(has(one_refusal("[posts]\nbanned_words = [\"\xff\"]\n"), "rules.toml:2:"));
  CHECK(has(one_refusal("[site]\nmin_area_m2 = \n"), "rules.toml:2:"));
}

TEST_CASE("parse_rules reports every problem of a file at once, in file order")
{
  const auto found = refusal("[site]\n"
                             "min_area = 25\n"
                             "min_population = -1\n"
                             "[posts]\n"
                             "violations_window_months = 13\n"
                             "per_month = 0\n"
                             "[volume]\n"
                             "counted_kinds = [\"sales\", \"parcel\"]\n"
                             "[county]\n"
                             "time_zone = \"Asia/Nowhere\"\n"
                             "[fees.sale]\n"
                             "max_yuan = \"abc\"\n");
  std::vector<std::string> where;
  for (const auto& d : found) {
    where.push_back(d.message.substr(0, d.message.find(": ")));
    CHECK(d.rule.empty());
    CHECK(!d.hint.empty());
  }
  CHECK(where
        == std::vector<std::string>{"rules.toml:2:1", "rules.toml:3:18", "rules.toml:5:28", "rules.toml:6:13",
                                    "rules.toml:8:18", "rules.toml:8:27", "rules.toml:10:13", "rules.toml:12:12"});
}

TEST_CASE("load_rules_file reads a file; a missing or unreadable one is no_input")
{
  test::TempDir dir;
  const std::string good = dir.write("rules.toml", "[site]\nmin_area_m2 = 25\n");
  const LoadedRules rules = load_rules_file(good);
  CHECK(rules.params.min_area_centi_m2 == 2500);
  CHECK(rules.path == good);
  CHECK(rules.origin("site.min_area_m2").file == good);

  auto kind_of = [](const std::string& path) {
    try {
      load_rules_file(path);
    } catch (const Error& e) {
      return e.kind();
    }
    return ErrorKind::internal;
  };
  CHECK(kind_of((dir.path() / "none.toml").string()) == ErrorKind::no_input);
  CHECK(kind_of(dir.path().string()) == ErrorKind::no_input);
  CHECK(kind_of(dir.write("big.toml", std::string(2 << 20, '#'))) == ErrorKind::config);
  CHECK(kind_of(dir.write("bad.toml", "[site]\nmin_area_m2 = 0\n")) == ErrorKind::config);
  try {
    load_rules_file(dir.write("bad2.toml", "[site]\nmin_area_m2 = 0\n"));
  } catch (const Error& e) {
    REQUIRE(e.diagnostics().size() == 1);
    CHECK(has(e.diagnostics()[0].message, dir.path().string() + "/bad2.toml:2:15: "));
  }
}

TEST_CASE("rules_file_text of the defaults loads back to the defaults, every key set")
{
  const std::string text = rules_file_text(default_parameters());
  const LoadedRules rules = load(text);
  CHECK(rules.params == default_parameters());
  for (const auto& info : parameter_table()) {
    CAPTURE(parameter_path(info));
    CHECK(rules.origin(parameter_path(info)).kind == Origin::Kind::rules_file);
    CHECK(has(text, std::string(info.key) + " = "));
  }
  CHECK(has(text, "# R-SITE-AREA (Art. 3.1): "));
  CHECK(has(text, "# R-VOLUME (Art. 14.2); R-EXIT-MIN (Art. 14.1): "));
  CHECK(has(text, "# R-FEE (Art. 4.6): "));
}

TEST_CASE("rules_file_text of other parameters, fees and words included, loads back to them")
{
  Parameters p = load(k_every_key).params;
  p.banned_words = {"a \"quoted\" word", "back\\slash", "传销"};
  p.fee_schedule["sale"] = FeeCap{std::nullopt, 25};
  p.fee_schedule["parcel_out"] = FeeCap{1999, 1000};
  const std::string text = rules_file_text(p);
  CHECK(load(text).params == p);
  CHECK(has(text, "[fees.service.water]\nmax_yuan = 1.00\n"));
  CHECK(has(text, "[fees.sale]\nmax_percent = 2.5\n"));
}

TEST_CASE("examples/rules.toml is the template of the built-in defaults")
{
  const std::string example = read_file(std::string(CZSTATION_SOURCE_DIR) + "/examples/rules.toml");
  CHECK(example == rules_file_text(default_parameters()));
  CHECK(load(example).params == default_parameters());
}

TEST_CASE("load_effective_rules: --rules, else the config's rules file, else the defaults")
{
  test::TempDir dir;
  const std::string beside = dir.write("etc/rules.toml", "[site]\nmin_area_m2 = 25\n");
  const std::string given = dir.write("given.toml", "[site]\nmin_area_m2 = 20\n");
  settings::Config config;
  CHECK(load_effective_rules("", config).params == default_parameters());
  CHECK(load_effective_rules(given, config).params.min_area_centi_m2 == 2000);

  config.source = (dir.path() / "etc/config.toml").string();
  config.rules = "rules.toml"; // relative: beside the config file, wherever czstation runs
  const LoadedRules from_config = load_effective_rules("", config);
  CHECK(from_config.params.min_area_centi_m2 == 2500);
  CHECK(from_config.path == beside);
  CHECK(load_effective_rules(given, config).params.min_area_centi_m2 == 2000);

  config.rules = (dir.path() / "etc/missing.toml").string();
  CHECK_THROWS_AS(load_effective_rules("", config), Error);
  try {
    load_effective_rules("", config);
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::no_input);
  }
}

TEST_CASE("load_effective_rules: the config's time zone applies unless the rules file sets another")
{
  test::TempDir dir;
  const std::string no_zone = dir.write("a.toml", "[site]\nmin_area_m2 = 25\n");
  const std::string zone = dir.write("b.toml", "[county]\ntime_zone = \"Asia/Urumqi\"\n");
  settings::Config config;
  config.source = "/etc/czstation/config.toml";
  config.time_zone = "Asia/Urumqi";

  const LoadedRules from_config = load_effective_rules(no_zone, config);
  CHECK(from_config.params.time_zone == "Asia/Urumqi");
  CHECK(from_config.origin("county.time_zone").kind == Origin::Kind::config_file);
  CHECK(from_config.origin("county.time_zone").file == "/etc/czstation/config.toml");
  CHECK(load_effective_rules("", config).params.time_zone == "Asia/Urumqi");

  const LoadedRules agreeing = load_effective_rules(zone, config);
  CHECK(agreeing.origin("county.time_zone").kind == Origin::Kind::rules_file);

  config.time_zone = "Asia/Shanghai";
  try {
    load_effective_rules(zone, config);
    FAIL("disagreeing zones were accepted");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::config);
    const std::string said = e.diagnostics().at(0).message;
    CHECK(has(said, "/etc/czstation/config.toml sets time_zone = \"Asia/Shanghai\""));
    CHECK(has(said, zone + ":2:1 sets time_zone = \"Asia/Urumqi\""));
  }

  config.time_zone = "Asia/Nowhere";
  try {
    load_effective_rules(no_zone, config);
    FAIL("an unknown zone was accepted");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::config);
    CHECK(has(e.diagnostics().at(0).message, "unknown time zone 'Asia/Nowhere'"));
  }
}

TEST_CASE("effective_rules lists every rule of the catalogue with its parameters and their origins")
{
  const auto defaults = effective_rules(built_in_rules());
  REQUIRE(defaults.size() == rule_catalogue().size() + 2); // the shared time zone first, the evaluation last
  CHECK(defaults[0].rule == nullptr);
  CHECK(defaults.back().rule == nullptr);
  CHECK(defaults.back().parameters.at(0).path == "evaluation");
  CHECK(defaults.back().parameters.at(0).literal == "{}");
  REQUIRE(defaults[0].parameters.size() == 1);
  CHECK(defaults[0].parameters[0].path == "county.time_zone");
  CHECK(defaults[0].parameters[0].literal == "\"Asia/Shanghai\"");
  CHECK(defaults[0].parameters[0].text == "Asia/Shanghai");
  for (std::size_t i = 0; i < rule_catalogue().size(); ++i) {
    CHECK(defaults[i + 1].rule == &rule_catalogue()[i]);
  }
  auto entry = [](const std::vector<EffectiveRule>& all, std::string_view id) {
    for (const auto& e : all) {
      if (e.rule && e.rule->id == id)
        return e;
    }
    FAIL("no entry for " << id);
    return all[0];
  };
  CHECK(entry(defaults, "R-SITE-PREMISES").parameters.empty());
  const auto area = entry(defaults, "R-SITE-AREA").parameters;
  REQUIRE(area.size() == 1);
  CHECK(area[0].path == "site.min_area_m2");
  CHECK(area[0].literal == "30.00");
  CHECK(area[0].origin.kind == Origin::Kind::built_in);
  CHECK(entry(defaults, "R-EXIT-MIN").parameters.at(0).path == "volume.min_months_open");
  CHECK(entry(defaults, "R-POST-VIOLATIONS").parameters.size() == 3);
  const auto fees = entry(defaults, "R-FEE").parameters;
  REQUIRE(fees.size() == 1);
  CHECK(fees[0].path == "fees");
  CHECK(fees[0].literal == "{}");

  const auto loaded = effective_rules(load(k_every_key));
  const auto set_area = entry(loaded, "R-SITE-AREA").parameters.at(0);
  CHECK(set_area.literal == "25.50");
  CHECK(set_area.origin.kind == Origin::Kind::rules_file);
  CHECK(set_area.origin.line == 5);
  const auto kinds = entry(loaded, "R-VOLUME").parameters.at(2);
  CHECK(kinds.path == "volume.counted_kinds");
  CHECK(kinds.literal == "[\"purchase\", \"sale\"]");
  const auto set_fees = entry(loaded, "R-FEE").parameters;
  REQUIRE(set_fees.size() == 3);
  CHECK(set_fees[0].path == "fees.purchase.max_yuan");
  CHECK(set_fees[0].literal == "5.00");
  CHECK(set_fees[1].path == "fees.purchase.max_percent");
  CHECK(set_fees[1].literal == "3.0");
  CHECK(set_fees[2].path == "fees.service.water.max_yuan");
  CHECK(set_fees[2].origin.line == 46);
}

TEST_CASE("parse_rules never crashes on mutated rules files: each loads or is refused as config")
{
  const std::string seed =
      read_file(std::string(CZSTATION_SOURCE_DIR) + "/examples/rules.toml")
      + "\n[fees.purchase]\nmax_yuan = \"5.00\"\nmax_percent = 3\n[fees.service.water]\nmax_yuan = 1\n";
  REQUIRE(load(seed).params.fee_schedule.size() == 2);
  std::mt19937 random(20261128); // fixed: the same mutations on every run and machine
  auto below = [&random](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random); };
  const std::string interesting = "[]{}=\"'#.,-+_\n\t\\eE0123456789\xff\xe4\x80";
  int loaded = 0;
  int refused = 0;
  for (int round = 0; round < 600; ++round) {
    std::string text = seed;
    const int edits = 1 + static_cast<int>(below(4));
    for (int e = 0; e < edits && !text.empty(); ++e) {
      const std::size_t at = below(text.size());
      switch (below(6)) {
      case 0:
        text[at] = static_cast<char>(below(256));
        break;
      case 1:
        text[at] = interesting[below(interesting.size())];
        break;
      case 2:
        text.insert(at, 1, interesting[below(interesting.size())]);
        break;
      case 3:
        text.erase(at, 1 + below(40));
        break;
      case 4:
        text.resize(at);
        break;
      default:
        text.insert(at, text.substr(below(text.size()), below(60)));
        break;
      }
    }
    CAPTURE(round);
    try {
      const LoadedRules rules = parse_rules(text, k_path);
      // Whatever loaded must be within the ranges the loader promises.
      for (const auto& info : parameter_table()) {
        if (info.get) {
          CHECK(info.get(rules.params) >= info.min);
          CHECK(info.get(rules.params) <= info.max);
        }
      }
      CHECK(!rules.params.volume_kinds.empty());
      // And whatever loaded, written out again, loads back the same.
      CHECK(load(rules_file_text(rules.params)).params == rules.params);
      ++loaded;
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::config);
      CHECK(!e.diagnostics().empty());
      for (const auto& d : e.diagnostics()) {
        CHECK(d.message.starts_with("rules.toml:"));
      }
      ++refused;
    }
  }
  CHECK(loaded > 0);
  CHECK(refused > 0);
  MESSAGE("mutated rules files: " << loaded << " loaded, " << refused << " refused");
}

TEST_CASE("canonical_rules_text: the same in every language, loads back to the same parameters, scoring aside")
{
  using namespace czs::rules;
  Parameters p = default_parameters();
  p.half_year_volume = 40;
  p.fee_schedule["sale"] = {std::nullopt, 15};
  const std::string text = canonical_rules_text(p);
  CHECK(text.find('#') == std::string::npos);
  CHECK(text.find("\n\n") == std::string::npos);
  CHECK(text.find("half_year_threshold = 40\n") != std::string::npos);
  CHECK(canonical_rules_text(parse_rules(text, "run 1").params) == text);
  Parameters scored = p;
  scored.scoring = Scoring{};
  CHECK(canonical_rules_text(scored) == text); // the scoring decides no finding
}

TEST_CASE("rules_differences: each parameter that moved, before and after; a fee cap on one side only")
{
  using namespace czs::rules;
  const Parameters before = default_parameters();
  Parameters after = before;
  CHECK(rules_differences(before, after).empty());
  after.half_year_volume = 40;
  after.fee_schedule["sale"] = {500, std::nullopt};
  const auto lines = rules_differences(before, after);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "volume.half_year_threshold: 100 → 40");
  CHECK(lines[1] == "fees.sale.max_yuan: (none) → 5.00");
}

TEST_SUITE_END();
