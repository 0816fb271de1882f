#pragma once

#include "audit/import_digest.hpp"

#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace czs::audit {

// A stored row's two recorded forms, built from its values as a statement returns them, so that
// `audit verify` reads each row once and SQL computes neither for every row: its image as
// json_object() writes it (row_image_expression, what a command's entry records) and its
// canonical form as quote() writes it (canonical_row_expression, what an import digests). A real
// or a blob, never written by our commands, is written by SQL itself; json_object() cannot hold a
// blob, so a row with one has the image "", which no entry records.
class RowForms
{
public:
  explicit RowForms(SQLite::Database& db);

  // The row's columns are those of `rows` from `first` on; their names are the image's keys.
  void read_columns(SQLite::Statement& rows, int first);

  // The current row of `rows` as its image, and in canonical form (valid until the next call).
  const std::string& image(SQLite::Statement& rows);
  const std::string& canonical(SQLite::Statement& rows);

private:
  std::string quoted(const SQLite::Column& value);

  SQLite::Statement m_quote;
  SQLite::Statement m_json_real;
  int m_first = 0;
  std::vector<std::string> m_keys; // `{"id":`, `,"station_id":` ...: each column's key in the image
  std::string m_image;
  CanonicalRow m_canonical;
};

} // namespace czs::audit
