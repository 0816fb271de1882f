#include <doctest/doctest.h>

#include "base/error.hpp"
#include "temp_dir.hpp"
#include "text/utf8.hpp"
#include "xlsx/workbook.hpp"

#include <cstdio>
#include <filesystem>
#include <string>

using namespace czs;

TEST_SUITE_BEGIN("xlsx");

namespace {

// A part of the workbook (a zip), read with Python's standard zipfile module.
std::string part_of(const std::string& xlsx, const std::string& part)
{
  const std::string command = "/usr/bin/python3 -c 'import sys, zipfile; "
                              "sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())' '"
                              + xlsx + "' '" + part + "'";
  std::string out;
  if (FILE* p = popen(command.c_str(), "r")) {
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, p)) > 0;) {
      out.append(buffer, n);
    }
    pclose(p);
  }
  return out;
}

} // namespace

TEST_CASE("Workbook writes each cell type as the spreadsheet type it means")
{
  test::TempDir dir;
  const std::string path = dir.file("types.xlsx");
  {
    xlsx::Workbook book(path);
    auto& sheet = book.add_sheet("ledger", {"phone", "order", "count", "amount", "day", "at", "ok", "big", "none"});
    sheet.row({std::string("01380000000"), std::string("1234567890123456789"), std::int64_t{42},
               xlsx::Decimal{128650, 2}, Date{2026, 5, 1}, DateTime{{2026, 5, 1}, 12, 0, 0}, true,
               std::int64_t{1234567890123456789}, std::monostate{}});
    CHECK(sheet.rows() == 1);
    book.close();
  }
  REQUIRE(std::filesystem::file_size(path) > 0);
  const std::string xml = part_of(path, "xl/worksheets/sheet1.xml");
  REQUIRE(!xml.empty());
  // Text stays text with every digit, numbers are numbers, a date is its serial day (46143 is
  // 2026-05-01), noon is half a day, a boolean is t="b", a 19-digit integer becomes text.
  CHECK(xml.find("<t>01380000000</t>") != std::string::npos);
  CHECK(xml.find("<t>1234567890123456789</t>") != std::string::npos);
  CHECK(xml.find("<v>42</v>") != std::string::npos);
  CHECK(xml.find("<v>1286.5</v>") != std::string::npos);
  CHECK(xml.find("<v>46143</v>") != std::string::npos);
  CHECK(xml.find("<v>46143.5</v>") != std::string::npos);
  CHECK(xml.find("t=\"b\"") != std::string::npos);
  CHECK(xml.find("<v>1.23456789012346e+18</v>") == std::string::npos);
  // The header row is frozen; widths are set.
  CHECK(xml.find("ySplit=\"1\"") != std::string::npos);
  CHECK(xml.find("<col ") != std::string::npos);
  const std::string styles = part_of(path, "xl/styles.xml");
  CHECK(styles.find("formatCode=\"@\"") != std::string::npos);
  CHECK(styles.find("formatCode=\"yyyy-mm-dd\"") != std::string::npos);
  CHECK(styles.find("formatCode=\"#,##0.00\"") != std::string::npos);
}

TEST_CASE("Workbook makes sheet names Excel accepts and keeps them unique")
{
  CHECK(xlsx::valid_sheet_name("report ledger") == "report ledger");
  CHECK(xlsx::valid_sheet_name("a/b:c[d]*?\\") == "a_b_c_d____");
  CHECK(xlsx::valid_sheet_name("") == "Sheet");
  const std::string long_name = "卡达村电商服务站卡达村电商服务站卡达村电商服务站卡达村电商服务站";
  CHECK(text::code_point_count(xlsx::valid_sheet_name(long_name)) == 31);
  test::TempDir dir;
  xlsx::Workbook book(dir.file("names.xlsx"));
  book.add_sheet("站点", {"a"});
  book.add_sheet("站点", {"a"});
  book.add_sheet(long_name, {"a"});
  book.add_sheet(long_name, {"a"});
  CHECK(book.sheets() == 4);
  CHECK_NOTHROW(book.close());
  const std::string workbook = part_of(dir.file("names.xlsx"), "xl/workbook.xml");
  CHECK(workbook.find("name=\"站点 (2)\"") != std::string::npos);
}

TEST_CASE("column_width_for counts CJK as two and caps the width")
{
  CHECK(xlsx::column_width_for(0) == doctest::Approx(2.0));
  CHECK(xlsx::column_width_for(16) == doctest::Approx(18.0)); // 卡达村电商服务站
  CHECK(xlsx::column_width_for(500) == doctest::Approx(60.0));
}

TEST_CASE("Workbook reports a file it cannot create as cant_create")
{
  test::TempDir dir;
  xlsx::Workbook book(dir.file("no/such/dir/out.xlsx"));
  book.add_sheet("a", {"a"});
  try {
    book.close();
    FAIL("close() wrote into a missing directory");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::cant_create);
    CHECK(e.diagnostics().front().message.find("out.xlsx") != std::string::npos);
  }
}

TEST_SUITE_END();
