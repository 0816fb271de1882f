#pragma once

#include <cstdint>
#include <functional>
#include <string_view>

namespace czs::audit {

// One element of an entry's `changes` array, as views into the entry's text. Row images are
// the exact JSON text written at the time (json_object()'s output), so a digest of `row` can be
// compared with one of json_object() over the row now.
struct ChangeRecord
{
  std::string_view table; // empty for a note (a --reveal, an override)
  std::string_view op;    // insert, update, delete, import, or a note's kind
  std::int64_t id = 0;
  std::string_view row;                             // the image JSON; empty when null or absent
  std::string_view before;                          // the image kept from before the change; empty when absent
  std::int64_t first_id = 0, last_id = 0, rows = 0; // imports
  std::string_view digest;                          // imports; an entry written in chunks
  std::int64_t chunks = 0, records = 0;             // an entry written in chunks (op "chunks")
};

// Calls `each` for every element of `changes`, a JSON array of objects as AuditedTransaction
// writes it, in order, without copying. Reads any valid JSON of that shape (members in any
// order, any spacing); false when the text is not such an array.
bool for_each_change(std::string_view changes, const std::function<void(const ChangeRecord&)>& each);

} // namespace czs::audit
