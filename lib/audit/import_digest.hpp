#pragma once

#include "audit/sha256.hpp"

#include <cstdint>
#include <string>
#include <string_view>

#include <SQLiteCpp/Database.h>

namespace czs::audit {

// What the audit log records for a bulk import instead of one image per row: the file, the
// table, the contiguous id range the rows were given, how many, and a digest of the rows as
// they were written. `audit verify` recomputes the digest from the table.
struct ImportLog
{
  std::string table;
  std::int64_t first_id = 0;
  std::int64_t last_id = 0;
  std::int64_t rows = 0;
  std::string file;        // the file name as given
  std::string file_sha256; // of the file's bytes, as read
  std::string digest;      // RowDigest over the rows, in id order
};

// A row in canonical form: each column in table order written as SQLite's quote() writes it
// (integers in decimal, text in single quotes with quotes doubled, NULL), separated by commas.
// Import code builds it from the values it binds, verify from the values stored;
// canonical_row_expression is the same form in SQL, the reference both are tested against.
class CanonicalRow
{
public:
  void add(std::int64_t value);
  void add(std::string_view text);
  void add_null();
  // Appends values already in canonical form (another row's text(), of later columns).
  void append_canonical(std::string_view canonical);
  void clear() { m_text.clear(); }
  const std::string& text() const { return m_text; }

private:
  void separate();

  std::string m_text;
};

// SHA-256 over canonical rows, each length-prefixed so that no two row sequences hash alike.
class RowDigest
{
public:
  void add_row(std::string_view canonical);
  std::string hex_digest();

private:
  // Rows are gathered and hashed 64 KiB at a time: an import adds a million rows of about 150
  // bytes, and each update of the hasher has a cost of its own. The digest is the same.
  static constexpr std::size_t k_pending_bytes = 64 * 1024;
  void flush();
  Sha256 m_hasher;
  std::string m_pending;
};

// The SQL expression giving a row of `table` in canonical form:
// quote("id") || ',' || quote("station_id") || ... (columns from the table's schema).
std::string canonical_row_expression(SQLite::Database& db, std::string_view table);

} // namespace czs::audit
