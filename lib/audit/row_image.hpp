#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <SQLiteCpp/Database.h>

namespace czs::audit {

// The SQL expression that renders one row of `table` as a JSON object of all its columns
// (json_object('id', "id", 'code', "code", ...)). Writing and verifying the audit log both use
// it, so an image recorded at write time and one computed now compare as equal text.
std::string row_image_expression(SQLite::Database& db, std::string_view table);

// `text` appended to `out` as json_object() writes a text value, so that an image built from a
// row's values compares equal with the one SQL wrote: quoted, '"' and '\\' escaped with a
// backslash, U+0008, U+0009, U+000A, U+000C and U+000D as \\b \\t \\n \\f \\r, other controls
// below U+0020 as \\u00xx (lower-case hex), every other byte as it is (SQLite 3.40's json1).
void append_json_text(std::string& out, std::string_view text);

// The JSON image of row `id` of `table`, or an empty string when there is no such row.
std::string row_image(SQLite::Database& db, std::string_view table, std::int64_t id);

// The domain tables whose rows the audit log covers: every table but the audit log's own and
// SQLite's internal ones.
std::vector<std::string> audited_tables(SQLite::Database& db);

} // namespace czs::audit
