#include <doctest/doctest.h>

#include "base/error.hpp"
#include "storage/row_feed.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <string>
#include <vector>

using namespace czs;
using namespace czs::storage;

TEST_SUITE_BEGIN("storage");

namespace {

// An in-memory table with a CHECK, like the ledger's tables, and rows made in C++ for it.
struct Fixture
{
  SQLite::Database db{":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE};
  std::vector<std::string> texts;
  std::vector<SqlValue> row;
  int made = 0;

  Fixture()
  {
    db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, n INTEGER CHECK (n >= 0), note TEXT)");
    texts = {"扎西", "a,b \"quoted\"", "", std::string("nul\0inside", 10)};
  }
  // Row i: id i, one of the texts, n = i (or -1 for row `negative_at`), note NULL on odd rows.
  const std::vector<SqlValue>* make(int i, int negative_at = -1)
  {
    row.clear();
    row.emplace_back(std::int64_t{i});
    row.emplace_back(&texts[static_cast<std::size_t>(i) % texts.size()]);
    row.emplace_back(std::int64_t{i == negative_at ? -1 : i});
    if (i % 2) {
      row.emplace_back(std::monostate{});
    } else {
      row.emplace_back(&texts[0]);
    }
    ++made;
    return &row;
  }
  std::int64_t count() { return db.execAndGet("SELECT count(*) FROM t").getInt64(); }
};

} // namespace

TEST_CASE("RowFeed: one INSERT … SELECT writes every row the callback makes, text, numbers and NULL as given")
{
  Fixture f;
  int i = 0;
  RowFeed feed(f.db, "feed", 4, [&]() { return i < 1000 ? f.make(++i) : nullptr; });
  SQLite::Statement insert(f.db, "INSERT INTO t (id, name, n, note) SELECT * FROM feed");
  CHECK(feed.run(insert) == 1000);
  CHECK(f.count() == 1000);
  CHECK(f.db.execAndGet("SELECT name FROM t WHERE id = 4").getString() == "扎西");
  CHECK(f.db.execAndGet("SELECT name FROM t WHERE id = 5").getString() == "a,b \"quoted\"");
  CHECK(f.db.execAndGet("SELECT typeof(name) || length(name) FROM t WHERE id = 6").getString() == "text0");
  CHECK(f.db.execAndGet("SELECT length(CAST(name AS BLOB)) FROM t WHERE id = 7").getInt() == 10);
  CHECK(f.db.execAndGet("SELECT count(*) FROM t WHERE note IS NULL").getInt() == 500);
  CHECK(f.db.execAndGet("SELECT sum(n) FROM t").getInt64() == 500500);
}

TEST_CASE("RowFeed: a run the callback ends early goes on from where it stopped when run again")
{
  Fixture f;
  int i = 0;
  bool pause = false;
  RowFeed feed(f.db, "feed", 4, [&]() -> const std::vector<SqlValue>* {
    if (i == 300 && !pause) {
      pause = true; // a row to write some other way: the caller writes it between runs
      return nullptr;
    }
    return i < 700 ? f.make(++i) : nullptr;
  });
  SQLite::Statement insert(f.db, "INSERT INTO t (id, name, n, note) SELECT * FROM feed");
  CHECK(feed.run(insert) == 300);
  f.db.exec("INSERT INTO t (id, name, n) VALUES (100000, 'between', 0)");
  CHECK(feed.run(insert) == 400);
  CHECK(feed.run(insert) == 0);
  CHECK(f.count() == 701);
}

TEST_CASE("RowFeed: what the callback throws comes out of run() as it was, and the statement's rows are undone")
{
  Fixture f;
  SQLite::Transaction tx(f.db);
  f.db.exec("INSERT INTO t (id, name, n) VALUES (0, 'before', 0)");
  int i = 0;
  RowFeed feed(f.db, "feed", 4, [&]() -> const std::vector<SqlValue>* {
    if (i == 250) {
      throw Error(ErrorKind::bad_data, "row 251 is bad");
    }
    return f.make(++i);
  });
  SQLite::Statement insert(f.db, "INSERT INTO t (id, name, n, note) SELECT * FROM feed");
  try {
    feed.run(insert);
    FAIL("run did not throw");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::bad_data);
    CHECK(std::string(e.what()).find("row 251 is bad") != std::string::npos);
  }
  CHECK(f.count() == 1); // the row written before the statement stays, in the open transaction
  // The statement can run again once the callback gives rows.
  i = 1000;
  int left = 3;
  RowFeed again(f.db, "again", 4, [&]() { return left-- > 0 ? f.make(++i) : nullptr; });
  SQLite::Statement insert_again(f.db, "INSERT INTO t (id, name, n, note) SELECT * FROM again");
  CHECK(again.run(insert_again) == 3);
  CHECK(f.count() == 4);
}

TEST_CASE("RowFeed: a row the table refuses (a CHECK) stops the statement with SQLite's error and undoes its rows")
{
  Fixture f;
  SQLite::Transaction tx(f.db);
  int i = 0;
  RowFeed feed(f.db, "feed", 4, [&]() { return i < 500 ? f.make(++i, 400) : nullptr; });
  SQLite::Statement insert(f.db, "INSERT INTO t (id, name, n, note) SELECT * FROM feed");
  CHECK_THROWS_AS(feed.run(insert), SQLite::Exception);
  CHECK(i == 400); // no row was made after the refused one
  CHECK(f.count() == 0);
}

TEST_CASE("RowFeed: the callback may read the database while the statement writes")
{
  Fixture f;
  int i = 0;
  std::vector<std::int64_t> seen;
  RowFeed feed(f.db, "feed", 4, [&]() -> const std::vector<SqlValue>* {
    seen.push_back(f.count()); // every row made before this one is already in the table
    return i < 50 ? f.make(++i) : nullptr;
  });
  SQLite::Statement insert(f.db, "INSERT INTO t (id, name, n, note) SELECT * FROM feed");
  CHECK(feed.run(insert) == 50);
  REQUIRE(seen.size() == 51);
  for (std::size_t k = 0; k < seen.size(); ++k) {
    CHECK(seen[k] == static_cast<std::int64_t>(k));
  }
}

TEST_CASE("RowFeed: gone with the object: the name no longer reads as a table")
{
  Fixture f;
  {
    RowFeed feed(f.db, "feed", 4, [] { return nullptr; });
    CHECK_NOTHROW(SQLite::Statement(f.db, "SELECT * FROM feed"));
  }
  CHECK_THROWS_AS(SQLite::Statement(f.db, "SELECT * FROM feed"), SQLite::Exception);
  // Never from a trigger or a view in the file (SQLITE_VTAB_DIRECTONLY).
  RowFeed feed(f.db, "feed", 4, [] { return nullptr; });
  f.db.exec("CREATE VIEW v AS SELECT * FROM feed");
  CHECK_THROWS_AS(f.db.exec("SELECT * FROM v"), SQLite::Exception);
}

TEST_SUITE_END();
