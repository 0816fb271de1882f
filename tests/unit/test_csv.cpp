#include <doctest/doctest.h>

#include "text/csv.hpp"

#include <sstream>
#include <string>
#include <vector>

using namespace czs::text;
using Fields = std::vector<std::string>;

namespace {

std::vector<CsvRow> read_all(const std::string& text, char sep = ',')
{
  std::istringstream in(text);
  CsvReader reader(in, sep);
  std::vector<CsvRow> rows;
  CsvRow row;
  while (reader.next(row)) {
    rows.push_back(row);
  }
  return rows;
}

// The line a CsvError names, or 0 when reading succeeds.
std::size_t error_line(const std::string& text)
{
  try {
    read_all(text);
  } catch (const CsvError& e) {
    return e.line();
  }
  return 0;
}

std::string error_message(const std::string& text)
{
  try {
    read_all(text);
  } catch (const CsvError& e) {
    return e.what();
  }
  return {};
}

} // namespace

TEST_SUITE_BEGIN("csv");

TEST_CASE("CsvReader reads plain records with LF and without a final newline")
{
  const auto rows = read_all("code,name\nA01,卓玛\nA02,王");
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].fields == Fields{"code", "name"});
  CHECK(rows[1].fields == Fields{"A01", "卓玛"});
  CHECK(rows[2].fields == Fields{"A02", "王"});
  CHECK(rows[2].line == 3);
  CHECK_FALSE(rows[2].blank);
}

TEST_CASE("CsvReader returns nothing for empty input")
{
  CHECK(read_all("").empty());
  CHECK(read_all("\xEF\xBB\xBF").empty());
}

TEST_CASE("CsvReader strips a UTF-8 BOM only at the start")
{
  const auto rows = read_all("\xEF\xBB\xBF"
                             "code,name\r\n\xEF\xBB\xBF"
                             "x,y\r\n");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].fields == Fields{"code", "name"});
  CHECK(rows[1].fields
        == Fields{"\xEF\xBB\xBF"
                  "x",
                  "y"});
}

TEST_CASE("CsvReader keeps bytes that only look like the start of a BOM")
{
  CHECK(read_all("\xEF\xBB").at(0).fields == Fields{"\xEF\xBB"});
  CHECK(read_all("\xEF\xBB"
                 "A,b")
            .at(0)
            .fields
        == Fields{"\xEF\xBB"
                  "A",
                  "b"});
}

TEST_CASE("CsvReader accepts CRLF, LF and lone CR line ends")
{
  const auto rows = read_all("a,b\r\nc,d\ne,f\rg,h\r\n");
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].fields == Fields{"a", "b"});
  CHECK(rows[1].fields == Fields{"c", "d"});
  CHECK(rows[2].fields == Fields{"e", "f"});
  CHECK(rows[3].fields == Fields{"g", "h"});
  CHECK(rows[3].line == 4);
}

TEST_CASE("CsvReader reads quoted fields with separators, doubled quotes and newlines")
{
  const auto rows = read_all("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"\",\"crlf\r\nkept\"\n");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].fields == Fields{"a,b", "say \"hi\"", "two\nlines", "", "crlf\r\nkept"});
}

TEST_CASE("CsvReader keeps empty fields at either end of a record")
{
  CHECK(read_all(",a,\n").at(0).fields == Fields{"", "a", ""});
  CHECK(read_all("a,").at(0).fields == Fields{"a", ""});
  CHECK(read_all("\"\"").at(0).fields == Fields{""});
  CHECK(read_all(" ").at(0).fields == Fields{" "});
}

TEST_CASE("CsvReader reports blank lines as blank records with their line numbers")
{
  const auto rows = read_all("a\n\nb\r\n\r\n\n");
  REQUIRE(rows.size() == 5);
  CHECK_FALSE(rows[0].blank);
  CHECK(rows[1].blank);
  CHECK(rows[1].fields.empty());
  CHECK(rows[1].line == 2);
  CHECK(rows[2].fields == Fields{"b"});
  CHECK(rows[2].line == 3);
  CHECK(rows[3].blank);
  CHECK(rows[3].line == 4);
  CHECK(rows[4].blank);
  CHECK(rows[4].line == 5);
}

TEST_CASE("CsvReader counts physical lines inside multi-line quoted fields")
{
  const auto rows = read_all("h1,h2\n1,\"first\nsecond\r\nthird\"\n2,x\n\"cr\ronly\",y\n3,z\n");
  REQUIRE(rows.size() == 5);
  CHECK(rows[1].line == 2);
  CHECK(rows[2].line == 5);
  CHECK(rows[2].fields == Fields{"2", "x"});
  CHECK(rows[3].line == 6);
  CHECK(rows[4].line == 8);
  CHECK(error_line("a\n\"x\ny\"\n\"z\"q\n") == 4);
}

TEST_CASE("CsvReader uses the configured separator")
{
  const auto rows = read_all("a;b,c;\"d;e\"\n", ';');
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].fields == Fields{"a", "b,c", "d;e"});
  CHECK(read_all("a\tb\n", '\t').at(0).fields == Fields{"a", "b"});
}

TEST_CASE("CsvReader reuses the row and clears the blank flag")
{
  std::istringstream in("a,b,c\n\nd\n");
  CsvReader reader(in);
  CsvRow row;
  REQUIRE(reader.next(row));
  CHECK(row.fields.size() == 3);
  REQUIRE(reader.next(row));
  CHECK(row.blank);
  CHECK(row.fields.empty());
  REQUIRE(reader.next(row));
  CHECK_FALSE(row.blank);
  CHECK(row.fields == Fields{"d"});
  CHECK_FALSE(reader.next(row));
  CHECK_FALSE(reader.next(row));
}

TEST_CASE("CsvReader refuses a quote inside an unquoted field")
{
  CHECK(error_line("ok,ok\nab\"c,d\n") == 2);
  CHECK(error_message("ok\nab\"c\n").find("line 2") != std::string::npos);
  CHECK(error_line("a,b\"") == 1);
}

TEST_CASE("CsvReader refuses text after a closing quote")
{
  CHECK(error_line("\"ab\"c,d\n") == 1);
  CHECK(error_line("x\n\"ab\" ,d\n") == 2);
  CHECK(error_message("\"ab\"c").find("line 1") != std::string::npos);
}

TEST_CASE("CsvReader refuses an unterminated quoted field, naming the line where it opens")
{
  CHECK(error_line("a\nb,\"never\nclosed\n\n") == 2);
  CHECK(error_line("\"") == 1);
  CHECK(error_line("\"ab\"\"") == 1);
  CHECK(error_message("a\nb,\"x").find("line 2") != std::string::npos);
}

TEST_CASE("CsvReader refuses records over the size and field limits")
{
  const std::string huge_field(CsvReader::k_max_record_bytes + 1, 'x');
  CHECK(error_line("a\n" + huge_field + "\n") == 2);
  CHECK(error_line("\"" + huge_field) == 1);
  const std::string just_fits(CsvReader::k_max_record_bytes, 'x');
  CHECK(error_line(just_fits) == 0);
  const std::string many(CsvReader::k_max_fields, ',');
  CHECK(error_line(many) == 1);
  const std::string limit(CsvReader::k_max_fields - 1, ',');
  CHECK(read_all(limit).at(0).fields.size() == CsvReader::k_max_fields);
}

TEST_CASE("CsvReader reads fields that span its internal buffer")
{
  const std::string long_value(200 * 1024, 'y');
  const auto rows = read_all("a," + long_value + "\n\"" + long_value + "\",b\n");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].fields.at(1) == long_value);
  CHECK(rows[1].fields.at(0) == long_value);
  CHECK(rows[1].line == 2);
}

TEST_CASE("csv_field quotes only when needed and doubles quotes")
{
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("") == "");
  CHECK(csv_field("卓玛") == "卓玛");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(csv_field("cr\r") == "\"cr\r\"");
  CHECK(csv_field(" lead") == "\" lead\"");
  CHECK(csv_field("trail ") == "\"trail \"");
  CHECK(csv_field("in side") == "in side");
}

TEST_CASE("append_csv_quoted_inside doubles every quote and keeps what was there")
{
  std::string out = "\"";
  append_csv_quoted_inside(out, R"([{"op":"insert","row":{"item":"化肥"}}])");
  append_csv_quoted_inside(out, "");
  append_csv_quoted_inside(out, "no quote");
  append_csv_quoted_inside(out, "\"\"");
  CHECK(out == R"("[{""op"":""insert"",""row"":{""item"":""化肥""}}]no quote"""")");
}

TEST_CASE("csv_safe_text neutralises formula-starting text")
{
  CHECK(csv_safe_text("=SUM(A1:A9)") == "'=SUM(A1:A9)");
  CHECK(csv_safe_text("+86 139") == "'+86 139");
  CHECK(csv_safe_text("-1") == "'-1");
  CHECK(csv_safe_text("@cmd") == "'@cmd");
  CHECK(csv_safe_text("\tx") == "'\tx");
  CHECK(csv_safe_text("\rx") == "'\rx");
  CHECK(csv_safe_text("a=b") == "a=b");
  CHECK(csv_safe_text("") == "");
  CHECK(csv_safe_text("卓玛") == "卓玛");
}

TEST_CASE("tsv_field escapes backslash, tab and line breaks")
{
  CHECK(tsv_field("a\tb\nc\rd\\e") == "a\\tb\\nc\\rd\\\\e");
  CHECK(tsv_field("plain 卓玛") == "plain 卓玛");
  CHECK(tsv_field("") == "");
}

TEST_CASE("csv_field output round trips through CsvReader")
{
  const Fields original = {"A01", "卓玛, 拉姆", "say \"hi\"", "two\r\nlines", " pad ", "", "x"};
  std::string line;
  for (const auto& f : original) {
    if (!line.empty()) {
      line += ',';
    }
    line += csv_field(f);
  }
  const auto rows = read_all(line + "\r\n" + line + "\n");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].fields == original);
  CHECK(rows[1].fields == original);
  CHECK(rows[1].line == 3);
}

TEST_SUITE_END();
