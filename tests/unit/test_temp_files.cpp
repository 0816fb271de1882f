#include <doctest/doctest.h>

#include "base/error.hpp"
#include "storage/sqlite_errors.hpp"
#include "storage/temp_files.hpp"
#include "temp_dir.hpp"

#include <cstdlib>
#include <filesystem>
#include <optional>

#include <unistd.h>

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

using namespace czs;
using namespace czs::storage;

TEST_SUITE_BEGIN("storage");

namespace {

constexpr std::uint64_t k_mib = 1024 * 1024;

// Sets an environment variable for one scope, then puts back what was there.
class EnvSet
{
public:
  EnvSet(const char* name, const std::string& value) : m_name(name)
  {
    if (const char* old = std::getenv(name)) {
      m_old = old;
    }
    setenv(name, value.c_str(), 1);
  }
  ~EnvSet()
  {
    if (m_old) {
      setenv(m_name, m_old->c_str(), 1);
    } else {
      unsetenv(m_name);
    }
  }
  EnvSet(const EnvSet&) = delete;
  EnvSet& operator=(const EnvSet&) = delete;

private:
  const char* m_name;
  std::optional<std::string> m_old;
};

} // namespace

TEST_CASE("temp files: SQLite's temporary directory is the first writable one of SQLITE_TMPDIR, TMPDIR, /var/tmp")
{
  test::TempDir t;
  const std::string first = t.file("first"), second = t.file("second");
  std::filesystem::create_directory(first);
  std::filesystem::create_directory(second);
  EnvSet tmpdir("TMPDIR", second);
  {
    EnvSet sqlite_tmpdir("SQLITE_TMPDIR", first);
    CHECK(sqlite_temp_directory() == first);
  }
  {
    EnvSet sqlite_tmpdir("SQLITE_TMPDIR", t.file("missing"));
    CHECK(sqlite_temp_directory() == second);
  }
  {
    EnvSet sqlite_tmpdir("SQLITE_TMPDIR", t.write("a-file", "not a directory"));
    CHECK(sqlite_temp_directory() == second);
  }
  {
    EnvSet sqlite_tmpdir("SQLITE_TMPDIR", "");
    EnvSet none("TMPDIR", t.file("missing"));
    if (std::filesystem::is_directory("/var/tmp") && access("/var/tmp", W_OK | X_OK) == 0) {
      CHECK(sqlite_temp_directory() == "/var/tmp");
    }
  }
}

TEST_CASE("temp files: byte sizes read as B, KiB, MiB, GiB and TiB with one decimal, never as 1024.0 of a unit")
{
  CHECK(byte_size_text(0) == "0 B");
  CHECK(byte_size_text(1) == "1 B");
  CHECK(byte_size_text(1023) == "1023 B");
  CHECK(byte_size_text(1024) == "1.0 KiB");
  CHECK(byte_size_text(1536) == "1.5 KiB");
  CHECK(byte_size_text(k_mib - 52) == "1023.9 KiB");
  CHECK(byte_size_text(k_mib - 51) == "1.0 MiB");
  CHECK(byte_size_text(k_mib - 1) == "1.0 MiB");
  CHECK(byte_size_text(3 * k_mib + k_mib / 2) == "3.5 MiB");
  CHECK(byte_size_text(45 * 1024 * k_mib) == "45.0 GiB");
  CHECK(byte_size_text(3 * 1024 * 1024 * k_mib) == "3.0 TiB");
  CHECK(byte_size_text(5000ULL * 1024 * 1024 * k_mib) == "5000.0 TiB");
}

TEST_CASE("temp files: a disk is nearly full below 1 MiB left")
{
  CHECK_FALSE(nearly_full(DiskRoom{"/srv", 1, k_mib, 8 * k_mib}));
  CHECK(nearly_full(DiskRoom{"/srv", 1, k_mib - 1, 8 * k_mib}));
  CHECK(nearly_full(DiskRoom{"/srv", 1, 0, 8 * k_mib}));
  CHECK_FALSE(nearly_full(std::nullopt));
}

TEST_CASE("temp files: the database's disk is that of the file a symbolic link names; the temporary one absolute")
{
  test::TempDir t;
  std::filesystem::create_directory(t.file("real"));
  std::filesystem::create_directory(t.file("links"));
  t.write("real/county.db", "");
  std::filesystem::create_symlink(t.file("real/county.db"), t.file("links/county.db"));
  const auto linked = database_disk_room(t.file("links/county.db"));
  REQUIRE(linked);
  CHECK(linked->directory == std::filesystem::canonical(t.file("real")).string());
  CHECK_FALSE(database_disk_room(""));

  const auto cwd = std::filesystem::current_path();
  std::filesystem::current_path(t.path());
  std::optional<DiskRoom> temp, here;
  {
    EnvSet sqlite_tmpdir("SQLITE_TMPDIR", "links");
    temp = temp_disk_room();
  }
  {
    EnvSet sqlite_tmpdir("SQLITE_TMPDIR", ".");
    here = temp_disk_room();
  }
  std::filesystem::current_path(cwd);
  REQUIRE(temp);
  CHECK(temp->directory == (t.path() / "links").string());
  REQUIRE(here);
  CHECK(here->directory == t.path().string());
}

TEST_CASE("temp files: a full disk names the temporary directory beside the database when it is another disk")
{
  const DiskRoom database{"/srv/county", 1, 45 * 1024 * k_mib, 200 * 1024 * k_mib};
  const DiskRoom temp_elsewhere{"/var/tmp", 2, k_mib + k_mib / 2, 2 * k_mib};
  const DiskRoom temp_same_disk{"/var/tmp", 1, 45 * 1024 * k_mib, 200 * 1024 * k_mib};

  const Error two = disk_full_error(database, temp_elsewhere);
  CHECK(two.kind() == ErrorKind::io);
  REQUIRE(two.diagnostics().size() == 1);
  CHECK(two.diagnostics()[0].message
        == "the disk holding the database (45.0 GiB free of 200.0 GiB) or the one holding SQLite's temporary directory "
           "/var/tmp (1.5 MiB free of 2.0 MiB) ran out of room");
  CHECK(two.diagnostics()[0].hint.find("set SQLITE_TMPDIR") != std::string::npos);

  for (const Error& one : {disk_full_error(database, temp_same_disk), disk_full_error(database, std::nullopt),
                           disk_full_error(std::nullopt, temp_elsewhere)}) {
    CHECK(one.kind() == ErrorKind::io);
    CHECK(one.diagnostics()[0].message == "the disk holding the database is full");
    CHECK(one.diagnostics()[0].hint == "free some space and run the command again; nothing was written");
  }
}

TEST_CASE("temp files: no room to check a backup copy names the temporary directory, not the database's disk")
{
  const Error error = no_room_to_check_error("/srv/backups/county.db.partial", DiskRoom{"/var/tmp", 2, 0, 4 * k_mib});
  CHECK(error.kind() == ErrorKind::io);
  CHECK(error.diagnostics()[0].message
        == "there was no room to check the copy /srv/backups/county.db.partial: checking it verifies its audit log, in "
           "SQLite's temporary directory /var/tmp (0 B free of 4.0 MiB with the copy in place)");
  CHECK(error.diagnostics()[0].hint.find("the database was not changed") != std::string::npos);
  const Error nowhere = no_room_to_check_error("/srv/backups/county.db.partial", std::nullopt);
  CHECK(nowhere.diagnostics()[0].message == "there was no room to check the copy /srv/backups/county.db.partial");
  CHECK(nowhere.diagnostics()[0].hint.find("SQLITE_TMPDIR") != std::string::npos);
}

TEST_CASE("temp files: disk_room tells a directory's filesystem and its room, and nothing for a missing one")
{
  test::TempDir t;
  const auto here = disk_room(t.path().string());
  REQUIRE(here);
  CHECK(here->directory == t.path().string());
  CHECK(here->free_bytes > 0);
  CHECK(here->total_bytes >= here->free_bytes);
  const auto inside = disk_room(t.path().parent_path().string());
  REQUIRE(inside);
  CHECK(inside->device == here->device);
  CHECK_FALSE(disk_room(t.file("missing")));
}

TEST_CASE("temp files: SQLite's own SQLITE_FULL becomes the full-disk I/O error, not SQLite's words")
{
  test::TempDir t;
  EnvSet sqlite_tmpdir("SQLITE_TMPDIR", t.path().string());
  const std::string path = t.file("small.db");
  SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  db.exec("CREATE TABLE t (x TEXT); PRAGMA max_page_count = 3");
  try {
    db.exec("INSERT INTO t SELECT printf('%.1000c', 'x') FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
            "FROM n WHERE i < 100) SELECT i FROM n)");
    FAIL("SQLite did not report the page limit");
  } catch (const SQLite::Exception& e) {
    const Error error = translate(e, path);
    CHECK(error.kind() == ErrorKind::io);
    // The temporary directory is on the database's disk here: one disk to name.
    CHECK(error.diagnostics()[0].message == "the disk holding the database is full");
    CHECK(is_about_room(e));
  }
  CHECK_FALSE(is_about_room(SQLite::Exception("database disk image is malformed", SQLITE_CORRUPT)));
  CHECK_FALSE(is_about_room(SQLite::Exception("constraint failed", SQLITE_CONSTRAINT)));
  CHECK_FALSE(is_about_room(SQLite::Exception("disk I/O error", SQLITE_IOERR)));
}
