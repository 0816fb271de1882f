#pragma once

#include "base/result.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <SQLiteCpp/Database.h>

namespace czs::audit {

// A point of the chain kept outside the database (mailed by cron, printed on a report, kept by
// the commerce bureau): the entry number and its hash. A chain rewritten at or before the entry,
// with every hash recomputed, no longer passes through it; entries removed after it, and the
// audit head moved back, leave the entry missing. `hash` may be a prefix of the entry's hash
// (at least k_anchor_min_hex hex digits) so that a person can read it out.
struct Anchor
{
  std::int64_t entry = 0;
  std::string hash; // lower-case hex
};

// The shortest hash prefix an anchor may give: 64 bits, which no one can match by trial.
constexpr std::size_t k_anchor_min_hex = 16;

// The head of the chain as an anchor: the newest entry's number and its full hash, and the UTC
// time it was written (entry 0, the genesis hash and "" for an empty log). Reads only.
struct Head
{
  Anchor anchor;
  std::string at;
};
Head chain_head(SQLite::Database& db);

// "ENTRY:HASH", the form `audit anchor` prints and `--anchor` takes.
std::string anchor_text(const Anchor& anchor);

// Parses "ENTRY:HASH" (an entry number of 1 or more, a colon, 16 to 64 hex digits, any case);
// the refusal says what is wrong with `text` and shows the form.
Result<Anchor> parse_anchor(std::string_view text);

// The anchors of a file: one per line, its first word ENTRY:HASH (what `audit anchor` prints,
// so its output can be appended as it is); blank lines and lines starting with '#' are skipped.
// Throws Error(no_input) when the file cannot be read and Error(bad_data) naming the line of a
// malformed anchor.
std::vector<Anchor> read_anchors(const std::string& path);

} // namespace czs::audit
