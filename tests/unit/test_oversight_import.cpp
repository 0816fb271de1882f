#include <doctest/doctest.h>

#include "base/error.hpp"
#include "oversight/post.hpp"
#include "oversight/post_import.hpp"
#include "oversight_fixture.hpp"

#include <sstream>

#include <SQLiteCpp/Statement.h>

using namespace czs;
using namespace czs::oversight;

TEST_SUITE_BEGIN("oversight");

namespace {

PostImportSummary import_text(test::OversightDb& t, const std::string& csv, bool gbk = false,
                              const rules::Parameters& params = rules::default_parameters())
{
  std::istringstream in(csv);
  PostImportOptions options;
  options.source = "posts.csv";
  options.today = parse_date("2026-11-28").value();
  options.gbk = gbk;
  auto tx = t.write();
  const PostImportSummary summary = import_posts(tx, in, options, params);
  tx.commit();
  return summary;
}

std::int64_t post_count(test::OversightDb& t)
{
  return t.db().execAndGet("SELECT count(*) FROM post").getInt64();
}

std::string messages_of(const Error& e)
{
  std::string all;
  for (const auto& d : e.diagnostics()) {
    all += d.message + " | " + d.hint + "\n";
  }
  return all;
}

} // namespace

TEST_CASE("import_posts: English or Chinese headers in any order, extra columns ignored, duplicates marked")
{
  test::OversightDb t;
  t.station("CN-A");
  const auto summary = import_text(t, "\xEF\xBB\xBF阅读量,站点编号,编号,发布时间,标题,内容\r\n"
                                      "12,cn-a,P-1,2026-03-02 09:30,新到土豆,\"本站新到土豆，\r\n欢迎选购！\"\r\n"
                                      "\r\n"
                                      "3,CN-A,P-2,2026-03-05,新到 土豆,本站新到土豆 欢迎选购\r\n");
  CHECK(summary.rows == 2);
  CHECK(summary.imported == 2);
  CHECK(summary.duplicates == 1);
  const Post first = require_post(t.db(), 1);
  CHECK(first.platform_ref == "P-1");
  CHECK(first.submitted_on == "2026-03-02");
  CHECK(first.body == "本站新到土豆，\n欢迎选购！");
  CHECK(require_post(t.db(), 2).duplicate_of == first.id);
}

TEST_CASE("import_posts: the same export twice changes nothing; a changed post under a known id is refused")
{
  test::OversightDb t;
  t.station("CN-A");
  const std::string csv =
      "post_id,station,date,title,body\nP-1,CN-A,2026-03-02,土豆,新到\nP-2,CN-A,2026-03-03,茶叶,新到\n";
  CHECK(import_text(t, csv).imported == 2);
  const auto again = import_text(t, csv);
  CHECK(again.imported == 0);
  CHECK(again.already == 2);
  CHECK(post_count(t) == 2);
  CHECK_THROWS_WITH_AS(import_text(t, "post_id,station,date,title,body\nP-1,CN-A,2026-03-02,土豆,改了\n"),
                       doctest::Contains("already stored as post 1"), Error);
  // Without post ids every row is a new post (and a duplicate of the earlier one).
  CHECK(import_text(t, "station,date,title,body\nCN-A,2026-03-02,土豆,新到\n").duplicates == 1);
}

TEST_CASE("import_posts: every broken row is reported with its line, and nothing is written")
{
  test::OversightDb t;
  t.station("CN-A");
  t.station("CN-NEW", "");
  const std::string csv = "post_id,station,date,title,body\n"
                          "P-1,CN-A,2026-03-02,土豆,新到\n"   // line 2: fine
                          "P-2,CN-X,2026-03-02,土豆,新到\n"   // 3: unknown station
                          "P-3,CN-A,2026-02-30,土豆,新到\n"   // 4: impossible date
                          "P-4,CN-A,2026-12-01,土豆,新到\n"   // 5: in the future
                          "P-5,CN-A,2026-03-02,,新到\n"       // 6: no title
                          "P-6,CN-A,2026-03-02,土豆\n"        // 7: a field short
                          "P-7,CN-NEW,2026-03-02,土豆,新到\n" // 8: not open
                          "P-8,CN-A,2026-03-02,土豆,\"\"\n";  // 9: empty body
  try {
    import_text(t, csv);
    FAIL("expected a refusal");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::bad_data);
    const std::string all = messages_of(e);
    CHECK(all.find("posts.csv line 3: no station with code CN-X") != std::string::npos);
    CHECK(all.find("posts.csv line 4: '2026-02-30' is not a date") != std::string::npos);
    CHECK(all.find("posts.csv line 5: the post is dated 2026-12-01, after today") != std::string::npos);
    CHECK(all.find("posts.csv line 6: title must not be empty") != std::string::npos);
    CHECK(all.find("posts.csv line 7: the row has 4 fields; the header has 5") != std::string::npos);
    CHECK(all.find("posts.csv line 8: station CN-NEW has not opened") != std::string::npos);
    CHECK(all.find("posts.csv line 9: body must not be empty") != std::string::npos);
    CHECK(all.find("nothing was imported; rows with problems: 7") != std::string::npos);
  }
  CHECK(post_count(t) == 0);
}

TEST_CASE("import_posts: malformed CSV, a missing column and an empty file are refused")
{
  test::OversightDb t;
  t.station("CN-A");
  CHECK_THROWS_WITH_AS(import_text(t, "station,date,title,body\nCN-A,2026-03-02,\"土豆,新到\n"),
                       doctest::Contains("not closed"), Error);
  CHECK_THROWS_WITH_AS(import_text(t, "station,date,title\nCN-A,2026-03-02,土豆\n"),
                       doctest::Contains("lacks the column(s) body"), Error);
  CHECK_THROWS_WITH_AS(import_text(t, ""), doctest::Contains("is empty"), Error);
  CHECK(post_count(t) == 0);
}

TEST_CASE("import_posts: GBK files are read with gbk and recognised without it")
{
  test::OversightDb t;
  t.station("CN-A");
  // "土豆" and "新到" in GBK.
  const std::string gbk = "station,date,title,body\nCN-A,2026-03-02,\xcd\xc1\xb6\xb9,\xd0\xc2\xb5\xbd\n";
  CHECK_THROWS_WITH_AS(import_text(t, gbk), doctest::Contains("is not valid UTF-8"), Error);
  try {
    import_text(t, gbk);
  } catch (const Error& e) {
    CHECK(messages_of(e).find("--encoding gbk") != std::string::npos);
  }
  CHECK(import_text(t, gbk, true).imported == 1);
  CHECK(require_post(t.db(), 1).title == "土豆");
}

TEST_CASE("import_posts: banned words flag imported posts")
{
  test::OversightDb t;
  t.station("CN-A");
  rules::Parameters params;
  params.banned_words = {"高利贷"};
  const auto summary = import_text(
      t, "station,date,title,body\nCN-A,2026-03-02,借款,高利贷秒批\nCN-A,2026-03-02,土豆,新到\n", false, params);
  CHECK(summary.flagged == 1);
  CHECK(require_post(t.db(), 1).flagged == "高利贷");
}

TEST_CASE("import_posts: beyond 20 broken rows the rest are counted, not listed")
{
  test::OversightDb t;
  t.station("CN-A");
  std::string csv = "station,date,title,body\n";
  for (int i = 0; i < 25; ++i) {
    csv += "CN-X,2026-03-02,土豆,新到\n";
  }
  try {
    import_text(t, csv);
    FAIL("expected a refusal");
  } catch (const Error& e) {
    CHECK(e.diagnostics().size() == 21);
    CHECK(e.diagnostics().back().message.find("rows with problems: 25 (the first 20 are listed above)")
          != std::string::npos);
  }
}

namespace {

PostImportSummary import_as(test::OversightDb& t, const std::string& csv, const char* actor = "导入员")
{
  std::istringstream in(csv);
  PostImportOptions options;
  options.source = "posts.csv";
  options.today = parse_date("2026-11-28").value();
  options.actor = actor;
  auto tx = t.write();
  const PostImportSummary summary = import_posts(tx, in, options, rules::default_parameters());
  tx.commit();
  return summary;
}

// The message of the first problem a refused import reports.
std::string refusal_of(test::OversightDb& t, const std::string& csv)
{
  try {
    import_as(t, csv);
  } catch (const Error& e) {
    return e.diagnostics().front().message + " | " + e.diagnostics().front().hint;
  }
  return "not refused";
}

const std::string k_head = "post_id,station,date,title,body,status,decided_on,decided_by,reason,ground\n";

} // namespace

TEST_CASE("import_posts: a row's decision is recorded as review post approve / reject record it")
{
  test::OversightDb t;
  t.station("CN-A");
  const std::int64_t entries = t.db().execAndGet("SELECT count(*) FROM audit_entry").getInt64();
  const auto summary = import_as(t, k_head
                                        + "P-1,CN-A,2026-03-02,土豆,新到,approved,2026-03-02,卓玛,,\n"
                                          "P-2,CN-A,2026-03-02,茶叶,新到,未通过,2026/3/5,,夸大,non-standard wording\n"
                                          "P-3,CN-A,2026-03-02,酥油,新到,rejected,2026-11-28,卓玛,无检疫证明,\n"
                                          "P-4,CN-A,2026-03-02,青稞,新到,已提交,,,,\n"
                                          "P-5,CN-A,2026-03-02,藏香,新到,,,,,\n");
  CHECK(summary.imported == 5);
  CHECK(summary.decided == 3);
  const Post approved = require_post(t.db(), 1); // decided on the day it was submitted: the earliest
  CHECK(approved.status == PostStatus::approved);
  CHECK(approved.decided_on == "2026-03-02");
  CHECK(approved.decided_by == "卓玛");
  CHECK(approved.reason.empty());
  CHECK_FALSE(approved.ground);
  const Post nonstandard = require_post(t.db(), 2); // the decider left out: the clerk importing
  CHECK(nonstandard.status == PostStatus::rejected);
  CHECK(nonstandard.decided_on == "2026-03-05");
  CHECK(nonstandard.decided_by == "导入员");
  CHECK(nonstandard.ground == RejectionGround::nonstandard);
  const Post violation = require_post(t.db(), 3); // decided today, the latest; no ground: a violation
  CHECK(violation.decided_on == "2026-11-28");
  CHECK(violation.ground == RejectionGround::violation);
  CHECK(require_post(t.db(), 4).status == PostStatus::submitted);
  CHECK(require_post(t.db(), 5).status == PostStatus::submitted);
  // One audit entry holds the posts and their decisions.
  CHECK(t.db().execAndGet("SELECT count(*) FROM audit_entry").getInt64() == entries + 1);
}

TEST_CASE("import_posts: a bad decision refuses the whole file, naming line, column, value and form")
{
  test::OversightDb t;
  t.station("CN-A");
  const std::string row = "P-1,CN-A,2026-03-02,土豆,新到,";
  CHECK(
      refusal_of(t, k_head + row + "published,2026-03-03,,,\n")
      == "posts.csv line 2: status: unknown status 'published' | use submitted (已提交), approved (已通过) or rejected "
         "(未通过)");
  CHECK(refusal_of(t, k_head + row + "approved,2026-03-01,,,\n")
        == "posts.csv line 2: decided_on: the decision on 2026-03-01 is before the post was submitted on 2026-03-02 | "
           "give the date of the decision, on or after the submission");
  CHECK(refusal_of(t, k_head + row + "approved,2026-11-29,,,\n").find("after today (2026-11-28)") != std::string::npos);
  CHECK(refusal_of(t, k_head + row + "approved,,,,\n").find("decided_on: a decided post needs the date")
        != std::string::npos);
  CHECK(refusal_of(t, k_head + row + "approved,3/5/2026,,,\n").find("decided_on: '3/5/2026' puts the day")
        != std::string::npos);
  CHECK(refusal_of(t, k_head + row + "rejected,2026-03-03,,,\n").find("reason: a rejected post needs the reason")
        != std::string::npos);
  CHECK(refusal_of(t, k_head + row + "rejected,2026-03-03,,夸大,spam\n")
        == "posts.csv line 2: ground: unknown ground 'spam' | use one of: violation (违规), untrue (不实), nonstandard "
           "(不规范)");
  CHECK(refusal_of(t, k_head + row + "approved,2026-03-03,,好,\n").find("reason: '好' is given, but an approved")
        != std::string::npos);
  CHECK(refusal_of(t, k_head + row + ",2026-03-03,,,\n").find("decided_on: '2026-03-03' is given, but status is empty")
        != std::string::npos);
  CHECK(refusal_of(t, k_head + row + "approved,2026-03-03,\xE2\x80\xAEx,,\n").find("<U+202E>") != std::string::npos);
  // Chinese headings name the column as the file does.
  CHECK(
      refusal_of(t, "平台编号,站点编号,日期,标题,正文,状态,审核日期\nP-1,CN-A,2026-03-02,土豆,新到,已通过,2026-02-01\n")
          .find("line 2: 审核日期: the decision on 2026-02-01 is before")
      != std::string::npos);
  CHECK(post_count(t) == 0);
}

TEST_CASE("import_posts: a post stored undecided takes a later file's decision; one decided otherwise is refused")
{
  test::OversightDb t;
  t.station("CN-A");
  CHECK(import_as(t, "post_id,station,date,title,body\nP-1,CN-A,2026-03-02,土豆,新到\n").imported == 1);
  const std::string decided = k_head + "P-1,CN-A,2026-03-02,土豆,新到,rejected,2026-03-04,次仁,夸大,untrue\n";
  const auto later = import_as(t, decided);
  CHECK(later.imported == 0);
  CHECK(later.already == 1);
  CHECK(later.decided == 1);
  CHECK(require_post(t.db(), 1).ground == RejectionGround::untrue);
  // The same decision again changes nothing; another one is refused, and nothing is written.
  CHECK(import_as(t, decided).decided == 0);
  const std::int64_t entries = t.db().execAndGet("SELECT count(*) FROM audit_entry").getInt64();
  CHECK(refusal_of(t, k_head + "P-1,CN-A,2026-03-02,土豆,新到,approved,2026-03-04,次仁,,\n")
            .find("post_id P-1 is stored as post 1, rejected on 2026-03-04 by 次仁; the file says approved on "
                  "2026-03-04")
        != std::string::npos);
  CHECK(t.db().execAndGet("SELECT count(*) FROM audit_entry").getInt64() == entries);
  CHECK(require_post(t.db(), 1).status == PostStatus::rejected);
}
