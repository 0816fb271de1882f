#include <doctest/doctest.h>

#include "audit/anchor.hpp"
#include "audit/audit_query.hpp"
#include "audit/audited_transaction.hpp"
#include "audit/chain.hpp"
#include "audit/change_records.hpp"
#include "audit/import_digest.hpp"
#include "audit/private_fields.hpp"
#include "audit/protection.hpp"
#include "audit/row_image.hpp"
#include "audit/verify.hpp"
#include "base/error.hpp"
#include "period/date.hpp"
#include "storage/database.hpp"
#include "storage/private_data.hpp"
#include "temp_dir.hpp"

#include <fstream>
#include <set>
#include <vector>

#include <SQLiteCpp/Statement.h>

using namespace czs;

TEST_SUITE_BEGIN("audit");

namespace {

struct Fixture
{
  test::TempDir dir;
  storage::Database db = storage::Database::open(dir.file("a.db"), storage::OpenOptions{});

  std::int64_t add_station(const std::string& code)
  {
    audit::AuditedTransaction tx(db.sql(), {"卓玛", "czstation register add"}, "station.add");
    SQLite::Statement q(db.sql(), "INSERT INTO station (code, name, township, village, premises, area_centi_m2, "
                                  "population, manager_name, manager_phone, applied_on) "
                                  "VALUES (?, '站', '乡', '村', 'other', 3000, 1, '卓玛', '139', '2026-01-01')");
    q.bind(1, code);
    q.exec();
    const std::int64_t id = db.sql().getLastInsertRowid();
    tx.set_station(code);
    tx.inserted("station", id);
    tx.commit();
    return id;
  }
};

audit::EntryFields sample()
{
  audit::EntryFields e;
  e.id = 1;
  e.at = "2026-03-15T08:30:00Z";
  e.actor = "卓玛";
  e.command = "czstation register add";
  e.action = "station.add";
  e.station_code = "CN-001";
  e.changes = "[]";
  return e;
}

} // namespace

TEST_CASE("chain: the hash depends on every field and on the previous hash")
{
  const auto base = audit::entry_hash(audit::k_genesis_hash, sample());
  CHECK(base.size() == 64);
  CHECK(audit::entry_hash(audit::k_genesis_hash, sample()) == base);
  auto changed = sample();
  changed.actor = "扎西";
  CHECK(audit::entry_hash(audit::k_genesis_hash, changed) != base);
  changed = sample();
  changed.changes = "[{}]";
  CHECK(audit::entry_hash(audit::k_genesis_hash, changed) != base);
  CHECK(audit::entry_hash(base, sample()) != base);
}

TEST_CASE("chain: fields are length-prefixed, so moving text between fields changes the hash")
{
  auto a = sample();
  a.actor = "ab";
  a.command = "c";
  auto b = sample();
  b.actor = "a";
  b.command = "bc";
  CHECK(audit::entry_hash(audit::k_genesis_hash, a) != audit::entry_hash(audit::k_genesis_hash, b));
}

TEST_CASE("audited transaction: one entry per commit, chained to the previous one")
{
  Fixture f;
  f.add_station("CN-001");
  f.add_station("CN-002");
  SQLite::Statement q(f.db.sql(), "SELECT id, prev_hash, hash, actor, station_code FROM audit_entry ORDER BY id");
  REQUIRE(q.executeStep());
  CHECK(q.getColumn(1).getString() == audit::k_genesis_hash);
  const std::string first = q.getColumn(2).getString();
  CHECK(q.getColumn(3).getString() == "卓玛");
  REQUIRE(q.executeStep());
  CHECK(q.getColumn(0).getInt64() == 2);
  CHECK(q.getColumn(1).getString() == first);
  CHECK(q.getColumn(4).getString() == "CN-002");
  CHECK_FALSE(q.executeStep());
}

TEST_CASE("audited transaction: nothing is written when it is not committed")
{
  Fixture f;
  {
    audit::AuditedTransaction tx(f.db.sql(), {"x", "y"}, "station.add");
    f.db.sql().exec("INSERT INTO station (code, name, township, village, premises, area_centi_m2, population, "
                    "manager_name, manager_phone, applied_on) VALUES ('A', 'n', 't', 'v', 'other', 1, 1, 'm', 'p', "
                    "'2026-01-01')");
    tx.inserted("station", 1);
  }
  CHECK(f.db.sql().execAndGet("SELECT count(*) FROM station").getInt() == 0);
  CHECK(f.db.sql().execAndGet("SELECT count(*) FROM audit_entry").getInt() == 0);
}

TEST_CASE("audited transaction: a commit that changed nothing writes no entry")
{
  Fixture f;
  audit::AuditedTransaction tx(f.db.sql(), {"x", "y"}, "nothing");
  tx.commit();
  CHECK(f.db.sql().execAndGet("SELECT count(*) FROM audit_entry").getInt() == 0);
}

TEST_CASE("row image: JSON of every column, empty for a missing row")
{
  Fixture f;
  const auto id = f.add_station("CN-001");
  const auto image = audit::row_image(f.db.sql(), "station", id);
  CHECK(image.find("\"code\":\"CN-001\"") != std::string::npos);
  CHECK(image.find("\"opened_on\":null") != std::string::npos);
  CHECK(audit::row_image(f.db.sql(), "station", 99).empty());
}

TEST_CASE("row image: text escaped as SQLite's json_object() escapes it, byte for byte")
{
  Fixture f;
  SQLite::Statement sql(f.db.sql(), "SELECT json_quote(?)");
  std::vector<std::string> texts = {"", "卓玛", "a\"b\\c", "门锁坏了\n已报修", "\xF0\x9F\x8D\x8E", "end\\"};
  for (int c = 1; c < 0x80; ++c) {
    texts.push_back(std::string("x") + static_cast<char>(c) + "y");
  }
  for (const auto& text : texts) {
    CAPTURE(text);
    sql.reset();
    sql.bind(1, text);
    REQUIRE(sql.executeStep());
    std::string built;
    audit::append_json_text(built, text);
    CHECK(built == sql.getColumn(0).getString());
  }
}

TEST_CASE("verify: images it builds from a row's values equal those SQL recorded, whatever the row holds")
{
  Fixture f;
  const auto id = f.add_station("CN-001");
  {
    audit::AuditedTransaction tx(f.db.sql(), {"卓玛", "czstation register update"}, "station.update");
    SQLite::Statement q(f.db.sql(),
                        "UPDATE station SET name = ?, area_centi_m2 = 9007199254740993, opened_on = NULL WHERE id = ?");
    q.bind(1, std::string("\"站\"\\\t\r\n\x01\x1f\x7f 卓玛 🍎"));
    q.bind(2, id);
    q.exec();
    tx.updated("station", id);
    tx.commit();
  }
  CHECK(audit::verify(f.db.sql()).ok);
  SUBCASE("a value made a real or a blob outside czstation is caught, not an error")
  {
    f.db.sql().exec("UPDATE station SET population = 1.5 WHERE id = 1");
    CHECK_FALSE(audit::verify(f.db.sql()).ok);
  }
  SUBCASE("a blob")
  {
    f.db.sql().exec("UPDATE station SET village = X'00FF' WHERE id = 1");
    const auto report = audit::verify(f.db.sql());
    CHECK_FALSE(report.ok);
    CHECK(report.problem.find("changed outside czstation") != std::string::npos);
  }
}

TEST_CASE("verify: an intact log passes; each kind of tampering is caught")
{
  Fixture f;
  f.add_station("CN-001");
  f.add_station("CN-002");
  auto report = audit::verify(f.db.sql());
  CHECK(report.ok);
  CHECK(report.entries == 2);
  CHECK(report.rows == 2);

  SUBCASE("an edited row")
  {
    f.db.sql().exec("UPDATE station SET name = 'x' WHERE code = 'CN-002'");
    report = audit::verify(f.db.sql());
    CHECK_FALSE(report.ok);
    CHECK(report.bad_entry == 2);
  }
  SUBCASE("an edited entry")
  {
    f.db.sql().exec("DROP TRIGGER audit_entry_append_only_update");
    f.db.sql().exec("UPDATE audit_entry SET command = 'x' WHERE id = 1");
    report = audit::verify(f.db.sql());
    CHECK_FALSE(report.ok);
    CHECK(report.bad_entry == 1);
  }
  SUBCASE("the last entry removed together with its head")
  {
    f.db.sql().exec("DROP TRIGGER audit_entry_append_only_delete");
    f.db.sql().exec("DELETE FROM audit_entry WHERE id = 2");
    f.db.sql().exec("UPDATE audit_head SET last_id = 1, last_hash = (SELECT hash FROM audit_entry WHERE id = 1)");
    report = audit::verify(f.db.sql());
    CHECK_FALSE(report.ok);
  }
  SUBCASE("a row added without an entry")
  {
    f.db.sql().exec("INSERT INTO station_event (station_id, happened_on, to_status) VALUES (1, '2026-01-01', 'open')");
    report = audit::verify(f.db.sql());
    CHECK_FALSE(report.ok);
    CHECK(report.problem.find("station_event") != std::string::npos);
  }
}

TEST_CASE("private fields: names and phones in row images are masked, other fields kept")
{
  const std::string changes = R"([{"table":"purchase","id":1,"op":"insert","row":{"id":1,"villager_name":"卓玛",)"
                              R"("villager_phone":"13900000002","item":"化肥"}},{"op":"reveal","what":"x"}])";
  const auto masked = audit::mask_private_fields(changes);
  CHECK(masked.find(R"("villager_name":"卓*")") != std::string::npos);
  CHECK(masked.find(R"("villager_phone":"139****0002")") != std::string::npos);
  CHECK(masked.find(R"("item":"化肥")") != std::string::npos);
  CHECK(masked.find("13900000002") == std::string::npos);
  CHECK(audit::mask_private_fields(R"({"person_name":"a\"b"})") == R"({"person_name":"*"})");
  // A key's name inside a value is text, not a key; a key without a string value is left as it
  // is; a private value cut off at the end is masked all the same.
  CHECK(audit::mask_private_fields(R"({"note":"\"villager_name\":\"卓玛\"","villager_name":"卓玛"})")
        == R"({"note":"\"villager_name\":\"卓玛\"","villager_name":"卓*"})");
  CHECK(audit::mask_private_fields(R"({"villager_phone":13900000002,"x":"villager_name"})")
        == R"({"villager_phone":13900000002,"x":"villager_name"})");
  CHECK(audit::mask_private_fields(R"({"villager_name":"卓玛)") == R"({"villager_name":"卓*)");
  CHECK(audit::mask_private_fields("") == "");
  // Before and after images of one change: each masked.
  CHECK(audit::mask_private_fields(R"({"before":{"villager_name":"卓玛"},"row":{"villager_name":"扎西"}})")
        == R"({"before":{"villager_name":"卓*"},"row":{"villager_name":"扎*"}})");
}

TEST_CASE("private fields: the values of private options in a command line are masked")
{
  CHECK(audit::mask_private_arguments("czstation order purchase add CN-1 --villager 卓玛 --phone 13900000002 --item x")
        == "czstation order purchase add CN-1 --villager '卓*' --phone '139****0002' --item x");
  CHECK(audit::mask_private_arguments("czstation parcel in CN-1 --recipient=欧阳娜娜 --note 'a b'")
        == "czstation parcel in CN-1 '--recipient=欧***' --note 'a b'");
  CHECK(audit::mask_private_arguments("czstation register list") == "czstation register list");
  // A masked line stays one the shell reads back as the same words: no glob, no split.
  CHECK(audit::mask_private_arguments("czstation parcel list --name 'a;b' --station 'C N'")
        == "czstation parcel list --name 'a**' --station 'C N'");
}

TEST_CASE("private fields: a waiting parcel's pickup code is masked in row images, a NULL one left alone")
{
  const std::string changes = R"([{"table":"parcel","id":1,"op":"insert","row":{"id":1,"person_name":"王",)"
                              R"("person_phone":"0891-6823456","pickup_code":"123456","fee_fen":0}},)"
                              R"({"table":"parcel","id":2,"op":"insert","row":{"id":2,"pickup_code":null}}])";
  const auto masked = audit::mask_private_fields(changes);
  CHECK(masked.find(R"("pickup_code":"******")") != std::string::npos);
  CHECK(masked.find("123456") == std::string::npos);
  CHECK(masked.find(R"("person_name":"*")") != std::string::npos);
  CHECK(masked.find(R"("person_phone":"0891-*****56")") != std::string::npos);
  CHECK(masked.find(R"("pickup_code":null)") != std::string::npos);
}

TEST_CASE("private fields: every declared option is masked in a reveal's command line; --code only for pickup")
{
  CHECK(audit::mask_private_arguments("czstation --reveal parcel list --name 欧阳娜娜 --phone=13812345678")
        == "czstation --reveal parcel list --name '欧***' '--phone=138****5678'");
  CHECK(audit::mask_private_arguments("czstation order list --villager 王 --reveal")
        == "czstation order list --villager '*' --reveal");
  CHECK(audit::mask_private_arguments("czstation parcel pickup 3 --code 123456")
        == "czstation parcel pickup 3 --code '******'");
  CHECK(audit::mask_private_arguments("czstation register add --code CN-KD-001")
        == "czstation register add --code CN-KD-001");
  // A station's name is public (register list shows it); only parcel list --name is a person's.
  CHECK(audit::mask_private_arguments("czstation register add --code CN-KD-001 --name 错那居委会电商服务站")
        == "czstation register add --code CN-KD-001 --name 错那居委会电商服务站");
  CHECK(audit::mask_private_arguments("czstation order sale add --producer '阿依古丽·买买提'")
        == "czstation order sale add --producer '阿***·***'");
}

TEST_CASE("private fields: an option is masked only in the commands where it is a villager's datum")
{
  // The station manager's phone is the station's public contact (register show and list print it).
  CHECK(audit::mask_private_arguments("czstation register add --code CN-KD-001 --manager 卓玛 --phone 13908943001")
        == "czstation register add --code CN-KD-001 --manager 卓玛 --phone 13908943001");
  CHECK(audit::mask_private_arguments("czstation --db x.db register update CN-KD-001 --phone=13908943001")
        == "czstation --db x.db register update CN-KD-001 --phone=13908943001");
  // The villager's phone and name stay masked, with global options between the command's words.
  CHECK(audit::mask_private_arguments("czstation order --lang zh purchase add CN-1 --villager 卓玛 --phone 13908943001")
        == "czstation order --lang zh purchase add CN-1 --villager '卓*' --phone '139****3001'");
  CHECK(audit::mask_private_arguments("czstation order service add CN-1 --villager 卓玛 --phone 13908943001")
        == "czstation order service add CN-1 --villager '卓*' --phone '139****3001'");
  CHECK(audit::mask_private_arguments("czstation parcel out CN-1 --sender 卓玛 --phone 13908943001")
        == "czstation parcel out CN-1 --sender '卓*' --phone '139****3001'");
  CHECK(audit::mask_private_arguments("czstation order list --phone=13908943001")
        == "czstation order list '--phone=139****3001'");
  // An option of one command is not private in another: register list's --name is not parcel list's.
  CHECK(audit::mask_private_arguments("czstation register list --name 卡达") == "czstation register list --name 卡达");
}

TEST_CASE("private data: every villager name and phone column of the schema is declared, and every declared one exists")
{
  test::TempDir dir;
  auto db = storage::Database::open(dir.file("p.db"), storage::OpenOptions{});
  std::set<std::pair<std::string, std::string>> declared;
  for (const auto& c : storage::private_columns()) {
    declared.emplace(c.table, c.column);
    SQLite::Statement q(db.sql(), "SELECT count(*) FROM pragma_table_info(?) WHERE name = ?");
    q.bind(1, std::string(c.table));
    q.bind(2, std::string(c.column));
    REQUIRE(q.executeStep());
    CHECK_MESSAGE(q.getColumn(0).getInt() == 1, c.table, ".", c.column, " is declared private but not in the schema");
  }
  // A station's manager is named on its public registration (Art. 3): not a villager's data.
  const std::set<std::pair<std::string, std::string>> public_columns{{"station", "manager_name"},
                                                                     {"station", "manager_phone"}};
  SQLite::Statement columns(db.sql(), "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p "
                                      "WHERE m.type = 'table' AND (p.name LIKE '%\\_phone' ESCAPE '\\' "
                                      "OR p.name LIKE '%\\_name' ESCAPE '\\' OR p.name LIKE '%code')");
  int checked = 0;
  while (columns.executeStep()) {
    const std::pair<std::string, std::string> column{columns.getColumn(0).getString(),
                                                     columns.getColumn(1).getString()};
    const bool phone_or_person = column.second.ends_with("_phone") || column.second.rfind("villager", 0) == 0
                                 || column.second.rfind("person", 0) == 0 || column.second.rfind("producer", 0) == 0
                                 || column.second == "pickup_code";
    if (phone_or_person && public_columns.count(column) == 0) {
      ++checked;
      CHECK_MESSAGE(declared.count(column) == 1, column.first, ".", column.second,
                    " looks private: declare it in schemas/private_data.cpp");
    }
  }
  CHECK(checked >= 9);
}

TEST_CASE("anchor: ENTRY:HASH is parsed, a prefix of 16 hex digits is enough, anything else is refused")
{
  auto a = audit::parse_anchor("42:3FA4C2E19B0D7A61");
  REQUIRE(a);
  CHECK(a->entry == 42);
  CHECK(a->hash == "3fa4c2e19b0d7a61");
  CHECK(audit::anchor_text(*a) == "42:3fa4c2e19b0d7a61");
  CHECK_FALSE(audit::parse_anchor("42"));
  CHECK_FALSE(audit::parse_anchor("0:3fa4c2e19b0d7a61"));
  CHECK_FALSE(audit::parse_anchor("-1:3fa4c2e19b0d7a61"));
  CHECK_FALSE(audit::parse_anchor("x:3fa4c2e19b0d7a61"));
  CHECK_FALSE(audit::parse_anchor("42:3fa4c2e19b0d7a6"));  // 15 digits
  CHECK_FALSE(audit::parse_anchor("42:3fa4c2e19b0d7a6g")); // not hex
  CHECK_FALSE(audit::parse_anchor(std::string("42:") + std::string(65, 'a')));
}

TEST_CASE("anchor: the head of a log, and verify against anchors on and off the chain")
{
  Fixture f;
  CHECK(audit::chain_head(f.db.sql()).anchor.entry == 0);
  f.add_station("CN-1");
  f.add_station("CN-2");
  const audit::Head head = audit::chain_head(f.db.sql());
  CHECK(head.anchor.entry == 2);
  CHECK(head.anchor.hash.size() == 64);
  CHECK_FALSE(head.at.empty());
  auto report = audit::verify(f.db.sql(), {}, {head.anchor});
  CHECK(report.ok);
  CHECK(report.findings.empty());
  CHECK(report.anchors == 1);
  report = audit::verify(f.db.sql(), {}, {{2, std::string(16, '0')}, {3, head.anchor.hash}});
  CHECK(report.ok); // the chain itself is intact
  REQUIRE(report.findings.size() == 2);
  CHECK(report.findings[0].find("entry 2 now has the hash") != std::string::npos);
  CHECK(report.findings[1].find("the log ends at entry 2") != std::string::npos);
}

TEST_CASE("anchor: a file of anchors skips comments; a bad line or a missing file is refused")
{
  test::TempDir dir;
  const std::string path = dir.file("anchors");
  std::ofstream(path) << "# kept by the bureau\n\n  7:0123456789abcdef 2026-11-20T01:00:00Z\n8:fedcba9876543210\n";
  const auto anchors = audit::read_anchors(path);
  REQUIRE(anchors.size() == 2);
  CHECK(anchors[0].entry == 7);
  CHECK(anchors[1].hash == "fedcba9876543210");
  std::ofstream(path) << "7:0123456789abcdef\nnonsense\n";
  CHECK_THROWS_AS(audit::read_anchors(path), Error);
  try {
    audit::read_anchors(dir.file("missing"));
    FAIL("a missing file must be refused");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::no_input);
  }
}

TEST_CASE("protection: a dropped or replaced append-only trigger is a finding of its own")
{
  Fixture f;
  f.add_station("CN-1");
  CHECK(audit::weakened_triggers(f.db.sql()).empty());
  CHECK(audit::verify(f.db.sql()).findings.empty());
  f.db.sql().exec("DROP TRIGGER audit_entry_append_only_delete");
  f.db.sql().exec("DROP TRIGGER audit_entry_append_only_update; CREATE TRIGGER audit_entry_append_only_update "
                  "BEFORE UPDATE ON audit_entry WHEN 0 BEGIN SELECT 1; END");
  const auto findings = audit::weakened_triggers(f.db.sql());
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].find("replaced") != std::string::npos);
  CHECK(findings[1].find("missing") != std::string::npos);
  const auto report = audit::verify(f.db.sql());
  CHECK(report.ok);
  CHECK(report.findings.size() == 2);
}

TEST_CASE("protection: a trigger that is not czstation's is a finding, naming it and its table")
{
  Fixture f;
  f.add_station("CN-1");
  // A planted trigger rewrites each new station's name before its audit image is taken.
  f.db.sql().exec("CREATE TRIGGER quiet AFTER INSERT ON station BEGIN UPDATE station SET name = 'x' "
                  "WHERE id = new.id; END");
  const auto findings = audit::weakened_triggers(f.db.sql());
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].find("quiet") != std::string::npos);
  CHECK(findings[0].find("station") != std::string::npos);
  CHECK(audit::verify(f.db.sql()).findings.size() == 1);
}

TEST_CASE("audit query: each filter given uses its index, never a scan of the log")
{
  Fixture f;
  f.add_station("CN-001");
  auto plan = [&f](const audit::AuditFilter& filter) {
    SQLite::Statement q(f.db.sql(), "EXPLAIN QUERY PLAN " + audit::entry_query(filter));
    for (int i = 1; i <= q.getBindParameterCount(); ++i) {
      q.bind(i, "x");
    }
    std::string text;
    while (q.executeStep()) {
      text += q.getColumn(3).getString() + "\n";
    }
    return text;
  };
  audit::AuditFilter station;
  station.station_code = "CN-001";
  audit::AuditFilter actor;
  actor.actor = "卓玛";
  audit::AuditFilter period;
  period.from_at = "2026-02-28T16:00:00Z";
  period.before_at = "2026-03-31T16:00:00Z";
  audit::AuditFilter last_of_actor = actor;
  last_of_actor.limit = 5;
  last_of_actor.newest_first = true;
  for (const auto& filter : {station, actor, period, last_of_actor}) {
    const std::string text = plan(filter);
    CAPTURE(text);
    CHECK(text.find("USING INDEX") != std::string::npos);
    CHECK(text.find("SCAN audit_entry") == std::string::npos);
  }
  audit::AuditFilter last;
  last.limit = 5;
  last.newest_first = true;
  const std::string newest = plan(last);
  CAPTURE(newest);
  CHECK(newest.find("USE TEMP B-TREE") == std::string::npos); // read backwards by id, no sort
}

TEST_CASE("audit query: a period's days are the county's, as UTC bounds")
{
  const auto [from, before] = audit::utc_bounds(to_days({2026, 3, 1}), to_days({2026, 3, 31}), "Asia/Shanghai");
  CHECK(from == "2026-02-28T16:00:00Z");
  CHECK(before == "2026-03-31T16:00:00Z");
}

TEST_CASE("verify: a row added in the middle of an import's range, and one deleted from it, are caught")
{
  Fixture f;
  f.add_station("CN-001");
  f.add_station("CN-002");
  {
    // Log stations 1-2's events as an import, so its digest covers them.
    audit::AuditedTransaction tx(f.db.sql(), {"卓玛", "czstation import"}, "import");
    // Texts with quotes, a NULL and an empty text: verify builds each row's canonical form
    // itself, and must agree with SQL's quote(), by which the digest is made here.
    f.db.sql().exec("INSERT INTO station_event (id, station_id, happened_on, from_status, to_status, reason) VALUES "
                    "(1, 1, '2026-01-01', NULL, 'open', 'it''s ''open'''), (2, 1, '2026-01-02', '', 'open', ''), "
                    "(4, 2, '2026-01-03', 'open', 'open', '卓玛, \"站长\"')");
    audit::ImportLog log;
    log.table = "station_event";
    log.first_id = 1;
    log.last_id = 4;
    log.rows = 3;
    audit::RowDigest digest;
    SQLite::Statement rows(f.db.sql(), "SELECT " + audit::canonical_row_expression(f.db.sql(), "station_event")
                                           + " FROM station_event ORDER BY id");
    while (rows.executeStep()) {
      digest.add_row(rows.getColumn(0).getString());
    }
    log.digest = digest.hex_digest();
    tx.imported(log);
    tx.commit();
  }
  REQUIRE(audit::verify(f.db.sql()).ok);
  SUBCASE("added")
  {
    f.db.sql().exec(
        "INSERT INTO station_event (id, station_id, happened_on, to_status) VALUES (3, 1, '2026-01-05', 'open')");
    const auto report = audit::verify(f.db.sql());
    CHECK_FALSE(report.ok);
    CHECK(report.bad_entry == 3);
  }
  SUBCASE("deleted")
  {
    f.db.sql().exec("DELETE FROM station_event WHERE id = 2");
    CHECK_FALSE(audit::verify(f.db.sql()).ok);
  }
  SUBCASE("rows changed and deleted by commands after the import: the digest takes their kept images")
  {
    for (const std::int64_t id : {1, 2}) {
      audit::AuditedTransaction tx(f.db.sql(), {"卓玛", "czstation register update"}, "station.update");
      tx.updating("station_event", id);
      f.db.sql().exec("UPDATE station_event SET reason = '改' WHERE id = " + std::to_string(id));
      tx.updated("station_event", id);
      tx.commit();
    }
    {
      audit::AuditedTransaction tx(f.db.sql(), {"卓玛", "czstation register update"}, "station.update");
      tx.deleting("station_event", 1);
      f.db.sql().exec("DELETE FROM station_event WHERE id = 1");
      tx.commit();
    }
    CHECK(audit::verify(f.db.sql()).ok);
    f.db.sql().exec("UPDATE station_event SET to_status = 'closed' WHERE id = 4");
    const auto report = audit::verify(f.db.sql());
    CHECK_FALSE(report.ok);
    CHECK(report.problem.find("imported by entry") != std::string::npos);
  }
  SUBCASE("a value made a blob, a real or another text")
  {
    const char* edits[] = {"UPDATE station_event SET happened_on = CAST('2026-01-02' AS BLOB) WHERE id = 2",
                           "UPDATE station_event SET reason = 1.5 WHERE id = 2",
                           "UPDATE station_event SET reason = 'it''s open' WHERE id = 1"};
    for (const char* edit : edits) {
      CAPTURE(edit);
      SQLite::Transaction undo(f.db.sql());
      f.db.sql().exec(edit);
      const auto report = audit::verify(f.db.sql());
      CHECK_FALSE(report.ok);
      CHECK(report.problem.find("imported by entry") != std::string::npos);
    }
  }
}

TEST_CASE("change records: each element read in place, images as written, strings with brackets and quotes kept")
{
  const std::string changes =
      R"([{"table":"post","id":7,"op":"insert","row":{"id":7,"body":"a } \" ] {b"}},)"
      R"( {"op":"reveal","what":"x"}, {"table":"purchase","op":"import","first_id":1,"last_id":9,"rows":9,"digest":"ab"},)"
      R"({"table":"post","id":7,"op":"delete","row":null,"before":{"id":7}}])";
  std::vector<audit::ChangeRecord> seen;
  REQUIRE(audit::for_each_change(changes, [&seen](const audit::ChangeRecord& c) { seen.push_back(c); }));
  REQUIRE(seen.size() == 4);
  CHECK(seen[0].table == "post");
  CHECK(seen[0].id == 7);
  CHECK(seen[0].row == R"({"id":7,"body":"a } \" ] {b"})");
  CHECK(seen[1].table.empty());
  CHECK(seen[2].op == "import");
  CHECK(seen[2].last_id == 9);
  CHECK(seen[2].digest == "ab");
  CHECK(seen[3].row.empty());
  CHECK(seen[3].before == R"({"id":7})");
  CHECK_FALSE(audit::for_each_change(R"([{"table":"post")", [](const audit::ChangeRecord&) {}));
  CHECK(audit::for_each_change("[]", [](const audit::ChangeRecord&) { FAIL("no element"); }));
}

TEST_CASE("RowDigest: rows gathered before hashing give the digest of the length-prefixed rows")
{
  // Past the 64 KiB it gathers, and at rows of every length from 0 to 999: the digest must not
  // depend on where the pending bytes were flushed.
  audit::RowDigest digest;
  std::string message;
  for (int i = 0; i < 3000; ++i) {
    const std::string row(static_cast<std::size_t>(i % 1000), static_cast<char>('a' + i % 26));
    digest.add_row(row);
    message += std::to_string(row.size()) + ":" + row;
  }
  REQUIRE(message.size() > 1024 * 1024);
  CHECK(digest.hex_digest() == audit::sha256_hex(message));
  audit::RowDigest empty;
  CHECK(empty.hex_digest() == audit::sha256_hex(""));
}
