#include <doctest/doctest.h>

#include "audit/audit_key.hpp"
#include "audit/audited_transaction.hpp"
#include "audit/keyed_chain.hpp"
#include "audit/protection.hpp"
#include "audit/sign.hpp"
#include "audit/verify.hpp"
#include "base/error.hpp"
#include "storage/database.hpp"
#include "temp_dir.hpp"

#include <fstream>

#include <SQLiteCpp/Statement.h>
#include <sys/stat.h>

using namespace czs;

TEST_SUITE_BEGIN("audit key");

namespace {

struct Fixture
{
  test::TempDir dir;
  storage::Database db = storage::Database::open(dir.file("a.db"), storage::OpenOptions{});

  void add_station(const std::string& code, const std::string& key_file = {})
  {
    audit::AuditedTransaction tx(db.sql(), {"卓玛", "czstation register add", key_file}, "station.add");
    SQLite::Statement q(db.sql(), "INSERT INTO station (code, name, township, village, premises, area_centi_m2, "
                                  "population, manager_name, manager_phone, applied_on) "
                                  "VALUES (?, '站', '乡', '村', 'other', 3000, 1, '卓玛', '139', '2026-01-01')");
    q.bind(1, code);
    q.exec();
    tx.set_station(code);
    tx.inserted("station", db.sql().getLastInsertRowid());
    tx.commit();
  }

  std::int64_t count(const std::string& sql) { return db.sql().execAndGet(sql).getInt64(); }
};

} // namespace

TEST_CASE("key file: made with mode 0600 and 64 hex digits, read back with the same id, never overwritten")
{
  test::TempDir dir;
  const auto path = dir.file("audit.key");
  const auto made = audit::create_key(path);
  CHECK(made.bytes.size() == 32);
  CHECK(made.id.size() == 16);
  struct stat st
  {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  const auto read = audit::load_key(path);
  CHECK(read.bytes == made.bytes);
  CHECK(read.id == made.id);
  CHECK_FALSE(read.world_readable);
  CHECK_THROWS_AS(audit::create_key(path), Error);
  CHECK(audit::load_key(path).bytes == made.bytes); // the refused create left it alone
  CHECK(audit::create_key(dir.file("other.key")).id != made.id);
}

TEST_CASE("key file: missing, a directory, or not a key is refused with the right kind, never echoing it")
{
  test::TempDir dir;
  auto kind = [](const std::string& path) {
    try {
      audit::load_key(path);
    } catch (const Error& e) {
      CHECK(e.what() != nullptr);
      return e.kind();
    }
    return ErrorKind::internal;
  };
  CHECK(kind(dir.file("missing.key")) == ErrorKind::no_input);
  CHECK(kind(dir.path()) == ErrorKind::no_input);
  std::ofstream(dir.file("short.key")) << "abcdef\n";
  CHECK(kind(dir.file("short.key")) == ErrorKind::bad_data);
  std::ofstream(dir.file("secret.key")) << std::string(63, 'a') << "x\n";
  try {
    audit::load_key(dir.file("secret.key"));
    FAIL("a malformed key was read");
  } catch (const Error& e) {
    CHECK(std::string(e.what()).find(std::string(63, 'a')) == std::string::npos);
  }
  // A key written by hand with upper-case hex and a CRLF is the same key.
  std::ofstream(dir.file("upper.key")) << std::string(64, 'A') << "\r\n";
  std::ofstream(dir.file("lower.key")) << std::string(64, 'a') << "\n";
  CHECK(audit::load_key(dir.file("upper.key")).id == audit::load_key(dir.file("lower.key")).id);
}

TEST_CASE("keyed chain: signing a verified log signs every entry and the head; later entries are signed as written")
{
  Fixture f;
  f.add_station("CN-001");
  f.add_station("CN-002");
  const auto key = audit::create_key(f.dir.file("audit.key"));
  CHECK(audit::sign_verified_log(f.db.sql(), {"it", "czstation audit sign", ""}, key) == 2);
  CHECK(audit::signing(f.db.sql()).key_id == key.id);
  CHECK(f.count("SELECT count(*) FROM audit_mac") == 3); // two entries and the sign entry
  f.add_station("CN-003", key.path);
  CHECK(f.count("SELECT count(*) FROM audit_mac") == 4);
  const auto report = audit::verify(f.db.sql(), {}, {}, &key);
  CHECK(report.ok);
  CHECK(report.findings.empty());
  CHECK(report.signatures_checked);
  CHECK(report.signed_with == key.id);
  // Signing again is refused: one key for good.
  CHECK_THROWS_AS(audit::sign_verified_log(f.db.sql(), {"it", "czstation audit sign", ""}, key), Error);
}

TEST_CASE("keyed chain: a command without the key writes nothing to a signed log")
{
  Fixture f;
  const auto key = audit::create_key(f.dir.file("audit.key"));
  f.add_station("CN-001");
  audit::sign_verified_log(f.db.sql(), {"it", "czstation audit sign", ""}, key);
  const auto entries = f.count("SELECT count(*) FROM audit_entry");
  try {
    f.add_station("CN-002", "");
    FAIL("a write without the key was accepted");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::no_input);
  }
  CHECK_THROWS_AS(f.add_station("CN-002", f.dir.file("missing.key")), Error);
  CHECK(f.count("SELECT count(*) FROM audit_entry") == entries);
  CHECK(f.count("SELECT count(*) FROM station") == 1);
}

TEST_CASE("keyed chain: a chain rewritten with recomputed hashes, or cut at its end, fails against the key")
{
  Fixture f;
  const auto key = audit::create_key(f.dir.file("audit.key"));
  f.add_station("CN-001");
  audit::sign_verified_log(f.db.sql(), {"it", "czstation audit sign", ""}, key);
  f.add_station("CN-002", key.path);
  f.add_station("CN-003", key.path);
  REQUIRE(audit::verify(f.db.sql(), {}, {}, &key).ok);

  SUBCASE("the newest entry removed and the head moved back")
  {
    f.db.sql().exec("DROP TRIGGER audit_entry_append_only_delete; DROP TRIGGER audit_mac_append_only_delete");
    const auto last = f.count("SELECT max(id) FROM audit_entry");
    f.db.sql().exec("DELETE FROM station WHERE code = 'CN-003'");
    f.db.sql().exec("DELETE FROM audit_entry WHERE id = " + std::to_string(last));
    f.db.sql().exec("DELETE FROM audit_mac WHERE entry_id = " + std::to_string(last));
    f.db.sql().exec("UPDATE audit_head SET last_id = last_id - 1, last_hash = (SELECT hash FROM audit_entry WHERE "
                    "id = "
                    + std::to_string(last - 1) + ")");
    f.db.sql().exec("UPDATE sqlite_sequence SET seq = seq - 1 WHERE name = 'audit_entry'");
    // Put the triggers back, as a careful forger would.
    f.db.sql().exec("CREATE TRIGGER audit_entry_append_only_delete BEFORE DELETE ON audit_entry BEGIN SELECT "
                    "RAISE(ABORT, 'the audit log is append-only'); END; CREATE TRIGGER audit_mac_append_only_delete "
                    "BEFORE DELETE ON audit_mac BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END");
    const auto without_key = audit::verify(f.db.sql());
    CHECK(without_key.ok); // the chain alone cannot tell
    CHECK(without_key.findings.empty());
    const auto with_key = audit::verify(f.db.sql(), {}, {}, &key);
    CHECK_FALSE(with_key.ok);
    CHECK(with_key.bad_entry == last);
  }
  SUBCASE("a key mismatch is a finding of its own")
  {
    const auto other = audit::create_key(f.dir.file("other.key"));
    const auto report = audit::verify(f.db.sql(), {}, {}, &other);
    CHECK(report.ok);
    REQUIRE(report.findings.size() == 1);
    CHECK(report.findings[0].find(key.id) != std::string::npos);
    CHECK_FALSE(report.signatures_checked);
  }
  SUBCASE("the signatures' triggers dropped are weakened protection")
  {
    f.db.sql().exec("DROP TRIGGER audit_mac_append_only_update; DROP TRIGGER audit_key_kept");
    CHECK(audit::weakened_triggers(f.db.sql()).size() == 2);
  }
  SUBCASE("the key's row removed: a verifier with the key says the log is not signed")
  {
    f.db.sql().exec("DROP TRIGGER audit_key_kept; DELETE FROM audit_key");
    const auto report = audit::verify(f.db.sql(), {}, {}, &key);
    CHECK_FALSE(report.findings.empty());
  }
}

TEST_CASE("keyed chain: an entry written outside czstation without a signature is caught, naming it")
{
  Fixture f;
  const auto key = audit::create_key(f.dir.file("audit.key"));
  f.add_station("CN-001");
  audit::sign_verified_log(f.db.sql(), {"it", "czstation audit sign", ""}, key);
  // A czstation that ignores the key: the log looks unsigned to it only if audit_key is gone, so
  // forge the entry with a plain transaction on a copy of the rules (no key context).
  f.db.sql().exec("DROP TRIGGER audit_key_kept; DELETE FROM audit_key");
  f.add_station("CN-002", "");
  const auto entries = f.count("SELECT max(id) FROM audit_entry");
  f.db.sql().exec("INSERT INTO audit_key (singleton, key_id, signed_at, head_mac) VALUES (1, '" + key.id
                  + "', 'x', 'forged')");
  const auto report = audit::verify(f.db.sql(), {}, {}, &key);
  CHECK_FALSE(report.ok);
  CHECK(report.bad_entry == entries);
}

TEST_SUITE_END();
