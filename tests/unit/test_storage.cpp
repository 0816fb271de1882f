#include <doctest/doctest.h>

#include "base/error.hpp"
#include "storage/database.hpp"
#include "storage/file_checks.hpp"
#include "storage/migrations.hpp"
#include "temp_dir.hpp"

#include <filesystem>
#include <fstream>

#include <sys/stat.h>

#include <SQLiteCpp/Statement.h>

using namespace czs;
using namespace czs::storage;

TEST_SUITE_BEGIN("storage");

namespace {

int pragma(Database& db, const char* name)
{
  return db.sql().execAndGet(std::string("PRAGMA ") + name).getInt();
}

const std::vector<Migration> k_v1{{1, "0001_a.sql", "CREATE TABLE a (id INTEGER PRIMARY KEY, x TEXT);"}};
const std::vector<Migration> k_v2{{1, "0001_a.sql", "CREATE TABLE a (id INTEGER PRIMARY KEY, x TEXT);"},
                                  {2, "0002_b.sql", "ALTER TABLE a ADD COLUMN y INTEGER NOT NULL DEFAULT 7;"}};

ErrorKind kind_of_open_error(const std::string& path, const std::vector<Migration>& migrations)
{
  try {
    Database::open(path, OpenOptions{}, migrations);
  } catch (const Error& e) {
    return e.kind();
  }
  FAIL("open did not throw");
  return ErrorKind::internal;
}

} // namespace

TEST_CASE("migrations: a new file gets every migration, our application_id, WAL and mode 0600")
{
  test::TempDir dir;
  const auto path = dir.file("new.db");
  auto db = Database::open(path, OpenOptions{});
  CHECK(pragma(db, "user_version") == latest_schema_version());
  CHECK(pragma(db, "application_id") == k_application_id);
  CHECK(db.sql().execAndGet("PRAGMA journal_mode").getString() == "wal");
  CHECK(pragma(db, "foreign_keys") == 1);
  CHECK(pragma(db, "synchronous") == 2);
  struct stat st
  {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
}

TEST_CASE("migrations: the embedded list is strictly increasing and non-empty")
{
  const auto& all = embedded_migrations();
  REQUIRE(!all.empty());
  CHECK(all.front().version >= 1);
  for (std::size_t i = 1; i < all.size(); ++i) {
    CHECK(all[i].version > all[i - 1].version);
  }
}

TEST_CASE("migrations: an older file is backed up, then migrated in one step")
{
  test::TempDir dir;
  const auto path = dir.file("old.db");
  {
    auto db = Database::open(path, OpenOptions{}, k_v1);
    db.sql().exec("INSERT INTO a (x) VALUES ('卓玛')");
  }
  auto db = Database::open(path, OpenOptions{}, k_v2);
  CHECK(pragma(db, "user_version") == 2);
  CHECK(db.sql().execAndGet("SELECT x || y FROM a").getString() == "卓玛7");
  REQUIRE(!db.backup_path().empty());
  CHECK(db.backup_path().find(".v1-") != std::string::npos);
  SQLite::Database backup(db.backup_path());
  CHECK(backup.execAndGet("PRAGMA user_version").getInt() == 1);
  CHECK(backup.execAndGet("SELECT x FROM a").getString() == "卓玛");
}

TEST_CASE("migrations: a failing migration leaves the file at its old version")
{
  test::TempDir dir;
  const auto path = dir.file("old.db");
  {
    Database::open(path, OpenOptions{}, k_v1);
  }
  const std::vector<Migration> broken{k_v1[0], {2, "0002_bad.sql", "CREATE TABLE b (x); CREATE TABLE a (x);"}};
  CHECK_THROWS(Database::open(path, OpenOptions{}, broken));
  SQLite::Database raw(path);
  CHECK(raw.execAndGet("PRAGMA user_version").getInt() == 1);
  CHECK(raw.execAndGet("SELECT count(*) FROM sqlite_schema WHERE name = 'b'").getInt() == 0);
}

TEST_CASE("migrations: a reopened current file is not backed up or changed")
{
  test::TempDir dir;
  const auto path = dir.file("cur.db");
  {
    Database::open(path, OpenOptions{}, k_v2);
  }
  auto db = Database::open(path, OpenOptions{}, k_v2);
  CHECK(db.backup_path().empty());
}

TEST_CASE("open: a newer file is refused as bad data")
{
  test::TempDir dir;
  const auto path = dir.file("newer.db");
  {
    Database::open(path, OpenOptions{}, k_v2);
  }
  CHECK(kind_of_open_error(path, k_v1) == ErrorKind::bad_data);
}

TEST_CASE("open: a SQLite file of another program is refused")
{
  test::TempDir dir;
  const auto path = dir.file("other.db");
  {
    SQLite::Database other(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    other.exec("CREATE TABLE t (x)");
  }
  CHECK(kind_of_open_error(path, k_v1) == ErrorKind::bad_data);
}

TEST_CASE("open: a text file is refused without being touched")
{
  test::TempDir dir;
  const auto path = dir.file("notes.db");
  std::ofstream(path) << "not a database\n";
  CHECK(classify_file(path) == FileKind::other);
  CHECK(kind_of_open_error(path, k_v1) == ErrorKind::bad_data);
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  CHECK(line == "not a database");
}

TEST_CASE("open: a missing directory cannot be created")
{
  test::TempDir dir;
  CHECK(kind_of_open_error(dir.file("missing/x.db"), k_v1) == ErrorKind::cant_create);
}

TEST_CASE("file checks: network filesystem magic numbers are recognised")
{
  CHECK(is_network_filesystem_type(0x6969));           // NFS
  CHECK(is_network_filesystem_type(0xff534d42L));      // CIFS
  CHECK(is_network_filesystem_type(0xfe534d42L));      // SMB2
  CHECK(is_network_filesystem_type(0x517b));           // SMB
  CHECK_FALSE(is_network_filesystem_type(0xef53));     // ext4
  CHECK_FALSE(is_network_filesystem_type(0x01021994)); // tmpfs
}

TEST_CASE("file checks: group_writable creates 0660 whatever the umask")
{
  test::TempDir dir;
  const auto path = dir.file("group.db");
  const mode_t old = ::umask(077);
  create_private_file(path, true);
  ::umask(old);
  struct stat st
  {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0660);
  CHECK_THROWS_AS(create_private_file(path, true), Error);
}

TEST_CASE("open modes: only create makes a missing file; read_only never writes the file")
{
  test::TempDir dir;
  const std::string path = (dir.path() / "county.db").string();
  for (const OpenMode mode : {OpenMode::read_write, OpenMode::read_only}) {
    OpenOptions options;
    options.mode = mode;
    try {
      Database::open(path, options, k_v1);
      FAIL("a missing file was opened");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::no_input);
    }
    CHECK_FALSE(std::filesystem::exists(path));
  }
  {
    Database::open(path, OpenOptions{}, k_v1);
  }
  const auto before = std::filesystem::last_write_time(path);
  OpenOptions read;
  read.mode = OpenMode::read_only;
  Database db = Database::open(path, read, k_v1);
  CHECK(pragma(db, "user_version") == 1);
  CHECK_THROWS(db.sql().exec("INSERT INTO a (x) VALUES ('x')"));
  CHECK(std::filesystem::last_write_time(path) == before);
}

TEST_CASE("open modes: a read_only open of an older file is refused, not migrated")
{
  test::TempDir dir;
  const std::string path = (dir.path() / "county.db").string();
  {
    Database::open(path, OpenOptions{}, k_v1);
  }
  OpenOptions read;
  read.mode = OpenMode::read_only;
  CHECK_THROWS_AS(Database::open(path, read, k_v2), Error);
  SQLite::Database raw(path);
  CHECK(raw.execAndGet("PRAGMA user_version").getInt() == 1);
}
