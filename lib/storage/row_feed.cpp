#include "storage/row_feed.hpp"

#include <utility>

#include <sqlite3.h>

namespace czs::storage {

struct RowFeed::Access
{
  static int columns(const RowFeed& f) { return f.m_columns; }
  // The next row, or nullptr at the end of the run or when `next` threw (kept for run()).
  static const std::vector<SqlValue>* next(RowFeed& f) noexcept
  {
    try {
      return f.m_next();
    } catch (...) {
      f.m_failure = std::current_exception();
      return nullptr;
    }
  }
  static bool failed(const RowFeed& f) { return f.m_failure != nullptr; }
};

namespace {

// The table-valued function: eponymous only (no xCreate), so it needs no CREATE VIRTUAL TABLE
// and leaves nothing in the schema; its one scan is whatever the feed gives.
struct FeedTable : sqlite3_vtab
{
  RowFeed* feed = nullptr;
};

struct FeedCursor : sqlite3_vtab_cursor
{
  const std::vector<SqlValue>* row = nullptr;
  sqlite3_int64 rowid = 0;
};

RowFeed& feed_of(sqlite3_vtab_cursor* cursor)
{
  return *static_cast<FeedTable*>(cursor->pVtab)->feed;
}

int connect(sqlite3* db, void* aux, int, const char* const*, sqlite3_vtab** out, char**)
{
  auto* feed = static_cast<RowFeed*>(aux);
  std::string schema = "CREATE TABLE x(";
  for (int i = 0; i < RowFeed::Access::columns(*feed); ++i) {
    schema += (i ? ", c" : "c") + std::to_string(i);
  }
  schema += ")";
  if (const int rc = sqlite3_declare_vtab(db, schema.c_str()); rc != SQLITE_OK) {
    return rc;
  }
  sqlite3_vtab_config(db, SQLITE_VTAB_DIRECTONLY); // never from a trigger or a view
  auto* table = new FeedTable{};
  table->feed = feed;
  *out = table;
  return SQLITE_OK;
}

int disconnect(sqlite3_vtab* table)
{
  delete static_cast<FeedTable*>(table);
  return SQLITE_OK;
}

int best_index(sqlite3_vtab*, sqlite3_index_info* info)
{
  info->estimatedCost = 1e9;
  info->estimatedRows = 1'000'000'000;
  return SQLITE_OK;
}

int open(sqlite3_vtab*, sqlite3_vtab_cursor** out)
{
  *out = new FeedCursor{};
  return SQLITE_OK;
}

int close(sqlite3_vtab_cursor* cursor)
{
  delete static_cast<FeedCursor*>(cursor);
  return SQLITE_OK;
}

int advance(sqlite3_vtab_cursor* cursor)
{
  auto* c = static_cast<FeedCursor*>(cursor);
  c->row = RowFeed::Access::next(feed_of(cursor));
  ++c->rowid;
  if (!c->row && RowFeed::Access::failed(feed_of(cursor))) {
    // run() rethrows the exception itself; the message is for SQLite's own error.
    cursor->pVtab->zErrMsg = sqlite3_mprintf("the rows given to the statement could not be made");
    return SQLITE_ERROR;
  }
  return SQLITE_OK;
}

int filter(sqlite3_vtab_cursor* cursor, int, const char*, int, sqlite3_value**)
{
  return advance(cursor);
}

int eof(sqlite3_vtab_cursor* cursor)
{
  return static_cast<FeedCursor*>(cursor)->row == nullptr;
}

int column(sqlite3_vtab_cursor* cursor, sqlite3_context* context, int i)
{
  const SqlValue& v = (*static_cast<FeedCursor*>(cursor)->row)[static_cast<std::size_t>(i)];
  if (const auto* n = std::get_if<std::int64_t>(&v)) {
    sqlite3_result_int64(context, *n);
  } else if (const auto* s = std::get_if<const std::string*>(&v)) {
    // Static: the row stays valid until the next advance, after the statement has written it.
    sqlite3_result_text(context, (*s)->data(), static_cast<int>((*s)->size()), SQLITE_STATIC);
  } else {
    sqlite3_result_null(context);
  }
  return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor* cursor, sqlite3_int64* out)
{
  *out = static_cast<FeedCursor*>(cursor)->rowid;
  return SQLITE_OK;
}

sqlite3_module make_module()
{
  sqlite3_module m{};
  m.xConnect = connect;
  m.xBestIndex = best_index;
  m.xDisconnect = disconnect;
  m.xOpen = open;
  m.xClose = close;
  m.xFilter = filter;
  m.xNext = advance;
  m.xEof = eof;
  m.xColumn = column;
  m.xRowid = rowid;
  return m;
}

const sqlite3_module k_module = make_module();

} // namespace

RowFeed::RowFeed(SQLite::Database& db, std::string name, int columns,
                 std::function<const std::vector<SqlValue>*()> next)
    : m_db(db), m_name(std::move(name)), m_columns(columns), m_next(std::move(next))
{
  const int rc = sqlite3_create_module_v2(m_db.getHandle(), m_name.c_str(), &k_module, this, nullptr);
  if (rc != SQLITE_OK) {
    throw SQLite::Exception(m_db.getHandle(), rc);
  }
}

RowFeed::~RowFeed()
{
  // A null module removes the name (https://sqlite.org/c3ref/create_module.html).
  sqlite3_create_module_v2(m_db.getHandle(), m_name.c_str(), nullptr, nullptr, nullptr);
}

int RowFeed::run(SQLite::Statement& insert)
{
  m_failure = nullptr;
  insert.tryReset(); // its code is a failed run's, already thrown
  try {
    return insert.exec();
  } catch (...) {
    if (m_failure) {
      insert.tryReset();
      std::rethrow_exception(std::exchange(m_failure, nullptr));
    }
    throw;
  }
}

} // namespace czs::storage
