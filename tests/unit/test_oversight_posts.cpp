#include <doctest/doctest.h>

#include "base/error.hpp"
#include "oversight/coverage.hpp"
#include "oversight/period_counts.hpp"
#include "oversight/post.hpp"
#include "oversight/post_text.hpp"
#include "oversight_fixture.hpp"

#include <map>

using namespace czs;
using namespace czs::oversight;

TEST_SUITE_BEGIN("oversight");

namespace {

Post make_post(const std::string& date, const std::string& title, const std::string& body)
{
  Post p;
  p.submitted_on = date;
  p.title = title;
  p.body = body;
  return p;
}

Post submit(test::OversightDb& t, const stations::Station& s, const std::string& date, const std::string& title,
            const std::string& body, const rules::Parameters& params = rules::default_parameters())
{
  Post p = make_post(date, title, body);
  auto tx = t.write();
  PostSubmitter submitter(tx, params);
  submitter.submit(s, p);
  tx.commit();
  return p;
}

void decide(test::OversightDb& t, std::int64_t id, PostStatus status, const std::string& date)
{
  auto tx = t.write();
  Post p = require_post(t.db(), id);
  if (status == PostStatus::approved) {
    approve_post(tx, p, date, "审核员");
  } else {
    reject_post(tx, p, date, "审核员", "虚假宣传");
  }
  tx.commit();
}

std::map<std::int64_t, std::int64_t> counts(const std::function<void(const CountSink&)>& query)
{
  std::map<std::int64_t, std::int64_t> out;
  query([&](const StationCount& c) { out[c.station_id] = c.count; });
  return out;
}

} // namespace

TEST_CASE("duplicate_key: full-width and half-width forms, case, spacing and punctuation are ignored")
{
  const std::string key = duplicate_key("新到高原土豆", "本站新到高原土豆，3元/斤，欢迎选购！");
  CHECK(duplicate_key("新到 高原土豆！", "本站新到高原土豆 3元斤 欢迎选购") == key);
  CHECK(duplicate_key("新到高原土豆", "本站新到高原土豆，３元／斤，欢迎选购!!") == key);
  CHECK(duplicate_key("「新到」高原土豆", "本站新到高原土豆。3元每斤") != key);
  CHECK(duplicate_key("ＮＥＷ　Ｔｅａ", "Ａ１") == duplicate_key("new tea", "a1"));
  CHECK(duplicate_key("New Tea", "A-1") == duplicate_key("newtea", "a1"));
  CHECK(duplicate_key("茶", "好茶") != duplicate_key("茶", "好 茶叶"));
}

TEST_CASE("duplicate_key: the title and the body stay apart")
{
  CHECK(duplicate_key("高原", "土豆新到") != duplicate_key("高原土豆", "新到"));
  CHECK(duplicate_key("", "土豆") != duplicate_key("土豆", ""));
}

TEST_CASE("banned_words_in: found on normalised text, in list order")
{
  const std::vector<std::string> banned{"赌博", "高利贷", "", "Casino"};
  CHECK(banned_words_in("招聘", "无需征信，高 利 贷秒批", banned) == std::vector<std::string>{"高利贷"});
  CHECK(banned_words_in("ＣＡＳＩＮＯ 开业", "赌·博", banned) == std::vector<std::string>{"赌博", "Casino"});
  CHECK(banned_words_in("新到土豆", "欢迎选购", banned).empty());
}

TEST_CASE("clean_body: keeps line breaks, drops blank edges and trailing spaces, refuses control characters")
{
  CHECK(clean_body("\r\n  \n本站新到：  \r\n土豆\t3元\r\n\n", "body").value() == "本站新到：\n土豆 3元");
  CHECK_FALSE(clean_body(" \n \n", "body").ok());
  CHECK_FALSE(clean_body("a\x1b[31mb", "body").ok());
  CHECK_FALSE(clean_body("\xff\xfe", "body").ok());
  CHECK_FALSE(clean_body(std::string(5001, 'a'), "body").ok());
  CHECK(clean_body(std::string(5000, 'a'), "body").ok());
}

TEST_CASE("posts: a repost in the station's month is a duplicate of the first; other months and stations are not")
{
  test::OversightDb t;
  const auto a = t.station("CN-A");
  const auto b = t.station("CN-B");
  const Post first = submit(t, a, "2026-01-31", "新到土豆", "本站新到土豆，欢迎选购！");
  CHECK_FALSE(first.duplicate_of);
  const Post same_day = submit(t, a, "2026-01-31", "新到 土豆", "本站新到土豆 欢迎选购");
  REQUIRE(same_day.duplicate_of);
  CHECK(*same_day.duplicate_of == first.id);
  const Post earlier_date = submit(t, a, "2026-01-01", "ＮＥＷ土豆", "x");
  const Post earlier_repost = submit(t, a, "2026-01-02", "new 土豆", "X");
  CHECK(earlier_repost.duplicate_of == earlier_date.id);
  // The month edge: 1 February begins a new month, so the same text counts again.
  CHECK_FALSE(submit(t, a, "2026-02-01", "新到土豆", "本站新到土豆，欢迎选购！").duplicate_of);
  CHECK_FALSE(submit(t, b, "2026-01-31", "新到土豆", "本站新到土豆，欢迎选购！").duplicate_of);
  // A third copy points at the first, not at the second.
  CHECK(submit(t, a, "2026-01-15", "新到土豆!", "本站新到土豆欢迎选购").duplicate_of == first.id);
}

TEST_CASE("posts: a banned word flags the post at submission")
{
  test::OversightDb t;
  const auto a = t.station("CN-A");
  rules::Parameters params;
  params.banned_words = {"高利贷", "代办贷款"};
  const Post p = submit(t, a, "2026-03-02", "代办 贷款", "无需征信，高利贷秒批", params);
  CHECK(p.flagged == "高利贷、代办贷款");
  CHECK(submit(t, a, "2026-03-02", "新到土豆", "欢迎选购", params).flagged.empty());
}

TEST_CASE("posts: only a station in service takes posts")
{
  test::OversightDb t;
  const auto applied = t.station("CN-NEW", "");
  const auto late = t.station("CN-LATE", "2026-03-10");
  CHECK_THROWS_AS(submit(t, applied, "2026-03-12", "t", "b"), Error);
  CHECK_THROWS_WITH_AS(submit(t, late, "2026-03-09", "t", "b"), doctest::Contains("opened on 2026-03-10"), Error);
  CHECK_NOTHROW(submit(t, late, "2026-03-10", "t", "b"));
}

TEST_CASE("posts: decided once, not before submission, rejected only with a reason")
{
  test::OversightDb t;
  const auto a = t.station("CN-A");
  const Post p = submit(t, a, "2026-03-02", "t", "b");
  {
    auto tx = t.write();
    Post q = require_post(t.db(), p.id);
    CHECK_THROWS_WITH_AS(reject_post(tx, q, "2026-03-03", "审核员", ""), doctest::Contains("without a reason"), Error);
    CHECK_THROWS_WITH_AS(approve_post(tx, q, "2026-03-01", "审核员"), doctest::Contains("cannot be decided"), Error);
  }
  decide(t, p.id, PostStatus::approved, "2026-03-02");
  CHECK_THROWS_WITH_AS(decide(t, p.id, PostStatus::approved, "2026-03-03"), doctest::Contains("already approved"),
                       Error);
  CHECK_THROWS_WITH_AS(decide(t, p.id, PostStatus::rejected, "2026-03-03"), doctest::Contains("already approved"),
                       Error);
  CHECK(require_post(t.db(), p.id).decided_on == "2026-03-02");
  CHECK_THROWS_AS(require_post(t.db(), 999), Error);
}

TEST_CASE("counted_posts_by_station: approved, not duplicates, submitted in the month, approved by the cutoff")
{
  test::OversightDb t;
  const auto a = t.station("CN-A");
  const auto b = t.station("CN-B");
  const Period march = parse_period("2026-03").value();
  // CN-A: 14 distinct approved posts, one duplicate approved, one pending, one rejected.
  for (int i = 1; i <= 14; ++i) {
    decide(t,
           submit(t, a, "2026-03-" + std::string(i < 10 ? "0" : "") + std::to_string(i),
                  "第" + std::to_string(i) + "期", "内容")
               .id,
           PostStatus::approved, "2026-03-20");
  }
  decide(t, submit(t, a, "2026-03-21", "第1期！", "内容。").id, PostStatus::approved, "2026-03-21");
  submit(t, a, "2026-03-22", "待审", "内容");
  decide(t, submit(t, a, "2026-03-23", "违规", "内容").id, PostStatus::rejected, "2026-03-23");
  // Edges: 28 February and 1 April are outside March.
  decide(t, submit(t, a, "2026-02-28", "二月", "内容").id, PostStatus::approved, "2026-03-01");
  decide(t, submit(t, a, "2026-04-01", "四月", "内容").id, PostStatus::approved, "2026-04-01");
  // CN-B: the 31st counts, approved on 2 April: after a cutoff of 1 April it does not.
  decide(t, submit(t, b, "2026-03-31", "月末", "内容").id, PostStatus::approved, "2026-04-02");

  auto by_cutoff = [&](const std::string& cutoff) {
    return counts(
        [&](const CountSink& sink) { counted_posts_by_station(t.db(), march, parse_date(cutoff).value(), sink); });
  };
  CHECK(by_cutoff("2026-04-30") == std::map<std::int64_t, std::int64_t>{{a.id, 14}, {b.id, 1}});
  CHECK(by_cutoff("2026-04-01") == std::map<std::int64_t, std::int64_t>{{a.id, 14}});
  CHECK(by_cutoff("2026-03-19").empty());
}

TEST_CASE("violations_by_station: rejections by decision date, whole life or a window")
{
  test::OversightDb t;
  const auto a = t.station("CN-A");
  decide(t, submit(t, a, "2025-06-30", "一", "违规一").id, PostStatus::rejected, "2025-06-30");
  decide(t, submit(t, a, "2025-07-01", "二", "违规二").id, PostStatus::rejected, "2025-07-01");
  decide(t, submit(t, a, "2026-06-29", "三", "违规三").id, PostStatus::rejected, "2026-07-01");
  auto count_to = [&](std::optional<Date> from, const std::string& to) {
    auto m = counts([&](const CountSink& sink) { violations_by_station(t.db(), from, parse_date(to).value(), sink); });
    return m.count(a.id) ? m[a.id] : 0;
  };
  CHECK(count_to(std::nullopt, "2026-06-30") == 2);
  CHECK(count_to(std::nullopt, "2026-07-01") == 3);
  const Date to = parse_date("2026-06-30").value();
  const auto window = violation_window_start(to, 12);
  REQUIRE(window);
  CHECK(to_string(*window) == "2025-07-01");
  CHECK(count_to(window, "2026-06-30") == 1);
  CHECK_FALSE(violation_window_start(to, 0));
  CHECK(to_string(*violation_window_start(parse_date("2024-02-29").value(), 12)) == "2023-03-01");
}

namespace {

void reject_on(test::OversightDb& t, std::int64_t id, const std::string& date, RejectionGround ground)
{
  auto tx = t.write();
  Post p = require_post(t.db(), id);
  reject_post(tx, p, date, "审核员", "理由", ground);
  tx.commit();
}

} // namespace

TEST_CASE("rejection grounds: keys and Chinese words, trimmed and full-width folded; nothing else")
{
  CHECK(parse_rejection_ground("violation") == RejectionGround::violation);
  CHECK(parse_rejection_ground("违规") == RejectionGround::violation);
  CHECK(parse_rejection_ground(" 不实 ") == RejectionGround::untrue);
  CHECK(parse_rejection_ground("ｕｎｔｒｕｅ") == RejectionGround::untrue);
  CHECK(parse_rejection_ground("不规范") == RejectionGround::nonstandard);
  CHECK(parse_rejection_ground("nonstandard") == RejectionGround::nonstandard);
  CHECK_FALSE(parse_rejection_ground("false"));
  CHECK_FALSE(parse_rejection_ground(""));
  CHECK(to_string(RejectionGround::nonstandard) == "nonstandard");
  CHECK(rejection_ground_list() == "violation (违规), untrue (不实), nonstandard (不规范)");
}

TEST_CASE("rejection grounds: kept with the reason; R-POST-VIOLATIONS counts violations only")
{
  test::OversightDb t;
  const auto a = t.station("CN-A");
  const auto v = submit(t, a, "2026-05-02", "一", "违规").id;
  const auto u = submit(t, a, "2026-05-03", "二", "不实").id;
  const auto n = submit(t, a, "2026-05-04", "三", "不规范").id;
  decide(t, v, PostStatus::rejected, "2026-05-05"); // the default ground: a violation
  reject_on(t, u, "2026-05-05", RejectionGround::untrue);
  reject_on(t, n, "2026-05-31", RejectionGround::nonstandard);
  CHECK(require_post(t.db(), v).ground == RejectionGround::violation);
  CHECK(require_post(t.db(), u).ground == RejectionGround::untrue);
  CHECK(require_post(t.db(), u).reason == "理由");
  CHECK(require_post(t.db(), n).ground == RejectionGround::nonstandard);
  const auto violations = counts([&](const CountSink& sink) {
    violations_by_station(t.db(), std::nullopt, parse_date("2026-05-31").value(), sink);
  });
  CHECK(violations.at(a.id) == 1);
  std::map<std::int64_t, Art9Rejections> art9;
  art9_rejections_by_station(t.db(), parse_period("2026-05").value(),
                             [&](const Art9Rejections& r) { art9[r.station_id] = r; });
  CHECK(art9.at(a.id).untrue == 1);
  CHECK(art9.at(a.id).nonstandard == 1);
  art9.clear();
  art9_rejections_by_station(t.db(), parse_period("2026-06").value(),
                             [&](const Art9Rejections& r) { art9[r.station_id] = r; });
  CHECK(art9.empty());
  std::int64_t tally_violations = -1;
  std::int64_t tally_rejected = -1;
  post_tally(t.db(), parse_period("2026-05").value(), std::nullopt, [&](const PostTally& x) {
    tally_violations = x.violations;
    tally_rejected = x.rejected;
  });
  CHECK(tally_violations == 1);
  CHECK(tally_rejected == 3);
  // An undecided or approved post has no ground.
  CHECK_FALSE(submit(t, a, "2026-05-06", "四", "好").ground);
}

TEST_CASE("rejection grounds: a rejection recorded before grounds existed reads and counts as a violation")
{
  test::OversightDb t;
  const auto a = t.station("CN-A");
  const auto id = submit(t, a, "2026-05-02", "一", "违规").id;
  reject_on(t, id, "2026-05-03", RejectionGround::untrue);
  t.db().exec("DELETE FROM post_rejection"); // as the previous version left it: no ground row
  CHECK(require_post(t.db(), id).ground == RejectionGround::violation);
  const auto violations = counts([&](const CountSink& sink) {
    violations_by_station(t.db(), std::nullopt, parse_date("2026-05-31").value(), sink);
  });
  CHECK(violations.at(a.id) == 1);
}

TEST_CASE("rejection grounds: a rejection without a reason is refused and nothing is written")
{
  test::OversightDb t;
  const auto a = t.station("CN-A");
  const auto id = submit(t, a, "2026-05-02", "一", "x").id;
  auto tx = t.write();
  Post p = require_post(t.db(), id);
  CHECK_THROWS_WITH_AS(reject_post(tx, p, "2026-05-03", "审核员", "", RejectionGround::untrue),
                       doctest::Contains("cannot be rejected without a reason"), Error);
  CHECK(t.db().execAndGet("SELECT count(*) FROM post_rejection").getInt() == 0);
}
