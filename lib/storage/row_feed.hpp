#pragma once

#include <cstdint>
#include <exception>
#include <functional>
#include <string>
#include <vector>

#include "storage/sql_values.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace czs::storage {

// Rows made by C++ code, read by SQL as the rows of a table-valued function `name` with
// `columns` columns (c0, c1, ...), so that one INSERT … SELECT … FROM name writes a whole run of
// rows. Written one statement a row, SQLite opens the table and each of its indexes and seeks
// each from its root again for every row: the shell's own .import of a million purchases into
// the purchase table costs 4.8 s of CPU, the same rows by one INSERT … SELECT 2.3 s, and
// czstation's import went from 5.3 s to 4.75 s. `next` gives the next row's values, which must
// stay valid until it is called again, or nullptr to end the run; it runs inside the statement,
// so it may read the database (it sees the rows written before) but must not write it. What it
// throws stops the statement, whose rows SQLite undoes, and comes out of run() as it was.
class RowFeed
{
public:
  RowFeed(SQLite::Database& db, std::string name, int columns, std::function<const std::vector<SqlValue>*()> next);
  ~RowFeed(); // the function is gone from the connection
  RowFeed(const RowFeed&) = delete;
  RowFeed& operator=(const RowFeed&) = delete;

  // Executes `insert` (reset first), which reads this feed, until `next` ends the run; returns
  // the rows it changed. Throws what `next` threw, else SQLite::Exception.
  int run(SQLite::Statement& insert);

  // For the module's callbacks (row_feed.cpp) only.
  struct Access;

private:
  SQLite::Database& m_db;
  std::string m_name;
  int m_columns;
  std::function<const std::vector<SqlValue>*()> m_next;
  std::exception_ptr m_failure;
};

} // namespace czs::storage
