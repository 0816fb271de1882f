#include <doctest/doctest.h>

#include "assessment/run_store.hpp"
#include "audit/audit_key.hpp"
#include "audit/audit_query.hpp"
#include "audit/audited_transaction.hpp"
#include "audit/chain.hpp"
#include "audit/change_records.hpp"
#include "audit/chunk_chain.hpp"
#include "audit/keyed_chain.hpp"
#include "audit/verify.hpp"
#include "storage/database.hpp"
#include "temp_dir.hpp"

#include <fmt/format.h>

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

// Entries of bounded size (issue 12): a command that changes many rows writes its change records
// in chunks chained into the entry's hash, and `audit verify` still catches every row edited,
// added or deleted inside such an entry, and every chunk edited, added or removed.

using namespace czs;

TEST_SUITE_BEGIN("audit");

namespace {

struct BulkFixture
{
  test::TempDir dir;
  storage::Database db = storage::Database::open(dir.file("a.db"), storage::OpenOptions{});
  std::int64_t station = 0;
  int posts = 0; // posts imported so far, for their platform ids

  BulkFixture()
  {
    audit::AuditedTransaction tx(db.sql(), {"卓玛", "czstation register add"}, "station.add");
    db.sql().exec("INSERT INTO station (code, name, township, village, premises, area_centi_m2, population, "
                  "manager_name, manager_phone, applied_on) "
                  "VALUES ('CN-001', '站', '乡', '村', 'other', 3000, 1, '卓玛', '139', '2026-01-01')");
    station = db.sql().getLastInsertRowid();
    tx.inserted("station", station);
    tx.commit();
  }

  // One command importing `n` posts, as `review post import` records them (a row image each).
  void import_posts(int n)
  {
    audit::AuditedTransaction tx(db.sql(), {"卓玛", "czstation review post import posts.csv"}, "oversight.post.import");
    SQLite::Statement insert(db.sql(), "INSERT INTO post (station_id, submitted_on, title, body, dup_key, "
                                       "platform_ref) VALUES (?, '2026-03-01', ?, ?, ?, ?)");
    for (int i = posts + 1; i <= posts + n; ++i) {
      insert.reset();
      insert.bind(1, station);
      insert.bind(2, fmt::format("新到高原土豆第{}批", i));
      insert.bind(3, fmt::format("本站新到高原土豆，{}元/斤，欢迎选购！村民可到服务站预订，数量有限，先到先得。", i));
      insert.bind(4, fmt::format("{:064}", i));
      insert.bind(5, fmt::format("WX{:09}", i));
      insert.exec();
      tx.inserted("post", db.sql().getLastInsertRowid());
    }
    tx.commit();
    posts += n;
  }

  // One quarterly assessment applied with `n` findings, as `assess --apply` records them.
  void apply_run(int n)
  {
    audit::AuditedTransaction tx(db.sql(), {"卓玛", "czstation assess --period 2026Q2 --apply"}, "assessment.apply");
    std::vector<assessment::Finding> findings;
    for (int i = 1; i <= n; ++i) {
      assessment::Finding f;
      f.rule = fmt::format("R-TEST-{}", i);
      f.article = "14.2";
      f.station_id = station;
      f.station_code = "CN-001";
      f.period = "2026Q2";
      f.measured = i;
      f.threshold = 100;
      f.messages.en = fmt::format("站点本季度服务量为 {} 笔，低于 100 笔的要求（第十四条第二款）", i);
      findings.push_back(std::move(f));
    }
    assessment::record_run(tx, "2026Q2", "quarter", "2026-07-01", findings, "");
    tx.commit();
  }

  std::int64_t count(const std::string& sql) { return db.sql().execAndGet(sql).getInt64(); }
  std::int64_t last_entry() { return count("SELECT max(id) FROM audit_entry"); }
};

} // namespace

TEST_CASE("chunked entries: a small entry keeps its changes inline; a large one is written in chunks")
{
  BulkFixture f;
  f.import_posts(3);
  CHECK(f.count("SELECT count(*) FROM audit_chunk") == 0);
  f.import_posts(1000);
  const std::int64_t entry = f.last_entry();
  const std::int64_t chunks = f.count(fmt::format("SELECT count(*) FROM audit_chunk WHERE entry_id = {}", entry));
  CHECK(chunks > 2);
  CHECK(f.count(fmt::format("SELECT max(length(changes)) FROM audit_chunk WHERE entry_id = {}", entry))
        < static_cast<std::int64_t>(audit::k_chunk_bytes) + 4096);
  // The entry holds one record naming its chunks, which its hash covers.
  SQLite::Statement q(f.db.sql(), "SELECT changes FROM audit_entry WHERE id = ?");
  q.bind(1, entry);
  REQUIRE(q.executeStep());
  int records = 0;
  CHECK(audit::for_each_change(q.getColumn(0).getString(), [&](const audit::ChangeRecord& c) {
    ++records;
    CHECK(c.op == "chunks");
    CHECK(c.chunks == chunks);
    CHECK(c.records == 1000);
    CHECK(c.digest.size() == 64);
  }));
  CHECK(records == 1);
  const auto report = audit::verify(f.db.sql());
  CHECK_MESSAGE(report.ok, report.problem);
  CHECK(report.rows == 1 + 3 + 1000);
}

TEST_CASE("chunked entries: the listing names one as chunked, and its chunks hold all its records, in order")
{
  BulkFixture f;
  f.import_posts(1000);
  audit::AuditFilter filter;
  std::vector<audit::AuditRow> listed;
  audit::for_each_entry(f.db.sql(), filter, [&](const audit::AuditRow& r) { listed.push_back(r); });
  REQUIRE(listed.size() == 2);
  CHECK_FALSE(listed[0].chunked);
  CHECK(listed[1].chunked);
  // Without the changes asked for, nothing is read, so nothing is named chunked.
  filter.with_changes = false;
  audit::for_each_entry(f.db.sql(), filter, [&](const audit::AuditRow& r) { CHECK_FALSE(r.chunked); });
  std::vector<std::int64_t> ids;
  std::size_t chunks = 0;
  audit::for_each_chunk(f.db.sql(), listed[1].id, [&](std::string_view chunk) {
    ++chunks;
    CHECK(chunk.size() < audit::k_chunk_bytes + 4096);
    CHECK(audit::for_each_change(chunk, [&](const audit::ChangeRecord& c) {
      CHECK(c.table == "post");
      CHECK(c.op == "insert");
      CHECK_FALSE(c.row.empty());
      ids.push_back(c.id);
    }));
  });
  CHECK(chunks > 2);
  std::size_t inline_chunks = 0;
  audit::for_each_chunk(f.db.sql(), listed[0].id, [&](std::string_view) { ++inline_chunks; });
  CHECK(inline_chunks == 0);
  REQUIRE(ids.size() == 1000);
  CHECK(ids.front() == 1);
  CHECK(ids.back() == 1000);
}

TEST_CASE("chunked entries: a row edited, added or deleted inside a post import is caught")
{
  BulkFixture f;
  f.import_posts(1000);
  const std::int64_t entry = f.last_entry();
  REQUIRE(audit::verify(f.db.sql()).ok);
  audit::VerifyReport report;
  SUBCASE("a post edited")
  {
    f.db.sql().exec("UPDATE post SET body = '本站新到高原土豆，1元/斤' WHERE id = 517");
    report = audit::verify(f.db.sql());
    CHECK(report.bad_entry == entry);
    CHECK(report.problem.find("row 517 of post was changed outside czstation") != std::string::npos);
  }
  SUBCASE("a post added between the imported ones")
  {
    f.db.sql().exec("DELETE FROM post WHERE id = 400");
    f.db.sql().exec("INSERT INTO post (id, station_id, submitted_on, title, body, dup_key) "
                    "VALUES (400, 1, '2026-03-01', '伪造', '伪造', 'x')");
    report = audit::verify(f.db.sql());
    CHECK(report.bad_entry == entry);
    CHECK(report.problem.find("row 400 of post was changed outside czstation") != std::string::npos);
  }
  SUBCASE("a post added after the imported ones")
  {
    f.db.sql().exec("INSERT INTO post (station_id, submitted_on, title, body, dup_key) "
                    "VALUES (1, '2026-03-01', '伪造', '伪造', 'x')");
    report = audit::verify(f.db.sql());
    CHECK(report.problem.find("row 1001 of post was added outside czstation") != std::string::npos);
  }
  SUBCASE("a post deleted")
  {
    f.db.sql().exec("DELETE FROM post WHERE id = 999");
    report = audit::verify(f.db.sql());
    CHECK(report.bad_entry == entry);
    CHECK(report.problem.find("row 999 of post was deleted outside czstation") != std::string::npos);
  }
  CHECK_FALSE(report.ok);
}

TEST_CASE("chunked entries: a chunk edited, removed, added or moved is caught by the entry's hash")
{
  BulkFixture f;
  f.import_posts(1000);
  f.import_posts(1000);
  const std::int64_t entry = f.last_entry();
  REQUIRE(audit::verify(f.db.sql()).ok);
  f.db.sql().exec("DROP TRIGGER audit_chunk_append_only_update; DROP TRIGGER audit_chunk_append_only_delete");
  audit::VerifyReport report;
  SUBCASE("a post edited in its table and in its chunk alike")
  {
    f.db.sql().exec("UPDATE post SET title = '伪造' WHERE id = 1500");
    f.db.sql().exec(fmt::format("UPDATE audit_chunk SET changes = replace(changes, '新到高原土豆第1497批', '伪造') "
                                "WHERE entry_id = {}",
                                entry));
    report = audit::verify(f.db.sql());
    CHECK(report.bad_entry == entry);
    CHECK(report.problem.find(fmt::format("the chunks of entry {} were changed", entry)) != std::string::npos);
  }
  SUBCASE("a post deleted together with its chunk")
  {
    f.db.sql().exec(fmt::format("DELETE FROM audit_chunk WHERE entry_id = {} AND seq = "
                                "(SELECT max(seq) FROM audit_chunk WHERE entry_id = {})",
                                entry, entry));
    report = audit::verify(f.db.sql());
    CHECK(report.bad_entry == entry);
  }
  SUBCASE("a chunk added to an entry")
  {
    f.db.sql().exec(fmt::format("INSERT INTO audit_chunk (entry_id, seq, changes) VALUES ({}, 999, '[]')", entry));
    report = audit::verify(f.db.sql());
    CHECK(report.problem.find("no entry accounts for") != std::string::npos);
  }
  SUBCASE("a chunk added to an entry that has none")
  {
    f.db.sql().exec("INSERT INTO audit_chunk (entry_id, seq, changes) VALUES (1, 1, '[]')");
    report = audit::verify(f.db.sql());
    CHECK(report.problem.find("no entry accounts for") != std::string::npos);
  }
  SUBCASE("the chunks of two entries swapped")
  {
    f.db.sql().exec(
        fmt::format("UPDATE audit_chunk SET entry_id = -entry_id WHERE entry_id IN ({}, {})", entry, entry - 1));
    f.db.sql().exec(fmt::format("UPDATE audit_chunk SET entry_id = CASE -entry_id WHEN {0} THEN {1} ELSE {0} END "
                                "WHERE entry_id < 0",
                                entry, entry - 1));
    report = audit::verify(f.db.sql());
    CHECK(report.bad_entry == entry - 1);
  }
  CHECK_FALSE(report.ok);
}

TEST_CASE("chunked entries: a finding edited, added or deleted inside an applied assessment is caught")
{
  BulkFixture f;
  f.apply_run(1000);
  const std::int64_t entry = f.last_entry();
  CHECK(f.count(fmt::format("SELECT count(*) FROM audit_chunk WHERE entry_id = {}", entry)) > 2);
  REQUIRE(audit::verify(f.db.sql()).ok);
  audit::VerifyReport report;
  SUBCASE("a finding edited")
  {
    f.db.sql().exec("UPDATE finding SET measured = 100 WHERE id = 321");
    report = audit::verify(f.db.sql());
    CHECK(report.bad_entry == entry);
    CHECK(report.problem.find("row 321 of finding was changed outside czstation") != std::string::npos);
  }
  SUBCASE("a finding added")
  {
    f.db.sql().exec("INSERT INTO finding (run_id, rule, article, duty, station_id, period, measured, threshold, "
                    "message) VALUES (1, 'R-VOLUME', '14.2', 'station', 1, '2026Q2', 1, 100, 'x')");
    report = audit::verify(f.db.sql());
    CHECK(report.problem.find("row 1001 of finding was added outside czstation") != std::string::npos);
  }
  SUBCASE("a finding deleted")
  {
    f.db.sql().exec("DELETE FROM finding WHERE id = 2");
    report = audit::verify(f.db.sql());
    CHECK(report.bad_entry == entry);
    CHECK(report.problem.find("row 2 of finding was deleted outside czstation") != std::string::npos);
  }
  CHECK_FALSE(report.ok);
}

TEST_CASE("chunked entries: with a keyed log, a chunk rewritten together with a rechained hash fails its signature")
{
  BulkFixture f;
  const std::string key_file = f.dir.file("audit.key");
  const audit::AuditKey key = audit::create_key(key_file);
  {
    SQLite::Transaction tx(f.db.sql());
    audit::sign_log(f.db.sql(), key, "2026-07-01T00:00:00Z");
    tx.commit();
  }
  {
    audit::AuditedTransaction tx(f.db.sql(), {"卓玛", "czstation review post import posts.csv", key_file},
                                 "oversight.post.import");
    SQLite::Statement insert(f.db.sql(),
                             "INSERT INTO post (station_id, submitted_on, title, body, dup_key) "
                             "VALUES (1, '2026-03-01', ?, '本站新到高原土豆，欢迎选购！村民可到服务站预订。', 'k')");
    for (int i = 1; i <= 1000; ++i) {
      insert.reset();
      insert.bind(1, fmt::format("新到高原土豆第{}批，数量有限，先到先得", i));
      insert.exec();
      tx.inserted("post", f.db.sql().getLastInsertRowid());
    }
    tx.commit();
  }
  const std::int64_t entry = f.last_entry();
  REQUIRE(f.count(fmt::format("SELECT count(*) FROM audit_chunk WHERE entry_id = {}", entry)) > 2);
  auto report = audit::verify(f.db.sql(), {}, {}, &key);
  REQUIRE_MESSAGE(report.ok, report.problem);
  CHECK(report.signatures_checked);
  // What an attacker without the key does: edit a post and its chunk, then recompute the chunk
  // digest and the entry's hash with the public formulas and move the head. The chain is
  // consistent again; the entry's signature is not.
  f.db.sql().exec("DROP TRIGGER audit_chunk_append_only_update; DROP TRIGGER audit_entry_append_only_update");
  f.db.sql().exec("UPDATE post SET title = '伪造' WHERE id = 700");
  f.db.sql().exec(fmt::format(
      "UPDATE audit_chunk SET changes = replace(changes, '\"新到高原土豆第700批，数量有限，先到先得\"', '\"伪造\"') "
      "WHERE entry_id = {}",
      entry));
  {
    // The statements end with this block: verify drops its scratch tables, which SQLite refuses
    // while a statement is still reading.
    audit::ChunkChain chain(entry);
    std::int64_t records = 0;
    SQLite::Statement chunks(f.db.sql(), "SELECT changes FROM audit_chunk WHERE entry_id = ? ORDER BY seq");
    chunks.bind(1, entry);
    while (chunks.executeStep()) {
      const std::string text = chunks.getColumn(0).getString();
      chain.add(text);
      audit::for_each_change(text, [&](const audit::ChangeRecord&) { ++records; });
    }
    SQLite::Statement e(f.db.sql(), "SELECT at, actor, command, action, coalesce(station_code, ''), prev_hash "
                                    "FROM audit_entry WHERE id = ?");
    e.bind(1, entry);
    REQUIRE(e.executeStep());
    audit::EntryFields fields{entry,
                              e.getColumn(0).getString(),
                              e.getColumn(1).getString(),
                              e.getColumn(2).getString(),
                              e.getColumn(3).getString(),
                              e.getColumn(4).getString(),
                              audit::chunks_summary(chain, records)};
    const std::string hash = audit::entry_hash(e.getColumn(5).getString(), fields);
    SQLite::Statement rewrite(f.db.sql(), "UPDATE audit_entry SET changes = ?, hash = ? WHERE id = ?");
    rewrite.bind(1, fields.changes);
    rewrite.bind(2, hash);
    rewrite.bind(3, entry);
    rewrite.exec();
    SQLite::Statement head(f.db.sql(), "UPDATE audit_head SET last_hash = ? WHERE singleton = 1");
    head.bind(1, hash);
    head.exec();
  }
  report = audit::verify(f.db.sql());
  CHECK_MESSAGE(report.ok, "without the key the rewritten chain is consistent: ", report.problem);
  report = audit::verify(f.db.sql(), {}, {}, &key);
  CHECK_FALSE(report.ok);
  CHECK(report.bad_entry == entry);
  CHECK(report.problem.find("signature does not match") != std::string::npos);
}

TEST_SUITE_END();
