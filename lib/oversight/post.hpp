#pragma once

#include "rules/parameters.hpp"
#include "stations/station.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace czs::audit {
class AuditedTransaction;
}

namespace czs::oversight {

// Art. 12: a post goes to the content platform as submitted, then the centre approves it or
// rejects it (with the ground and the reason).
enum class PostStatus
{
  submitted,
  approved,
  rejected
};

std::string_view to_string(PostStatus status);
std::optional<PostStatus> parse_post_status(std::string_view text);
// The status in the clerk's language.
const char* post_status_label(PostStatus status);

// Why a post was rejected: a violation of laws or trade rules (Art. 12, counted by
// R-POST-VIOLATIONS), or, under Art. 9, untrue or unreliable content, or non-standard wording
// (recorded and shown, not counted as violations).
enum class RejectionGround
{
  violation,
  untrue,
  nonstandard
};

// The stored key: "violation", "untrue", "nonstandard".
std::string_view to_string(RejectionGround ground);
// The ground for its key, its Chinese (违规, 不实, 不规范) or its English label ("non-standard
// wording"), trimmed, in any case and with full-width letters folded; nullopt for anything else.
std::optional<RejectionGround> parse_rejection_ground(std::string_view text);
// The ground in the clerk's language.
const char* rejection_ground_label(RejectionGround ground);
// "violation (违规), untrue (不实), nonstandard (不规范)": for hints.
std::string rejection_ground_list();

struct Post
{
  std::int64_t id = 0;
  std::int64_t station_id = 0;
  std::string station_code;
  std::string submitted_on;
  std::string title;
  std::string body;
  std::string dup_key;
  std::optional<std::int64_t> duplicate_of; // the first post of the station's month with the same text
  std::string flagged;                      // banned words found at submission, joined by "、"
  std::string platform_ref;                 // the platform's id of an imported post; empty otherwise
  PostStatus status = PostStatus::submitted;
  std::string decided_on;
  std::string decided_by;
  std::string reason;
  std::optional<RejectionGround> ground; // set for a rejected post only
};

// The SQL condition, on a row of post (named post), that a rejected post counts as a violation:
// rejected on that ground, or before grounds were recorded (schemas/0013).
inline constexpr const char* k_rejected_as_violation =
    "NOT EXISTS (SELECT 1 FROM post_rejection g WHERE g.id = post.id AND g.ground <> 'violation')";

// The key two posts are duplicates on: the SHA-256 of the normalised title and body (see
// text::normalize_for_duplicates: full-width forms, case, spacing and punctuation ignored).
std::string duplicate_key(std::string_view title, std::string_view body);

// The banned words that occur in the title or body, compared on the same normalised text (so
// "赌 博" and "赌博" both match 赌博), in the order of the list; empty words are ignored.
std::vector<std::string> banned_words_in(std::string_view title, std::string_view body,
                                         const std::vector<std::string>& banned);

// Records posts submitted by stations, with its statements prepared once for a whole import.
class PostSubmitter
{
public:
  // Writes within `tx`; banned words come from `params`. Both must outlive the submitter.
  PostSubmitter(audit::AuditedTransaction& tx, const rules::Parameters& params);

  // Records a post submitted by a station in service on post.submitted_on: computes its key,
  // marks it a duplicate of the first post recorded for the same station and calendar month
  // with the same key, and flags it when it holds a banned word. Fills post's id, station,
  // key, duplicate_of and flagged, and returns the id. Throws czs::Error(bad_data) when the
  // station was not in service.
  std::int64_t submit(const stations::Station& station, Post& post);

private:
  std::optional<std::int64_t> first_with_key(std::int64_t station_id, const std::string& key, const std::string& date);

  audit::AuditedTransaction& m_tx;
  const rules::Parameters& m_params;
  SQLite::Statement m_first_with_key;
  SQLite::Statement m_insert;
};

// Approves a submitted post on `date` (not before it was submitted). Throws
// czs::Error(bad_data) when the post was already decided.
void approve_post(audit::AuditedTransaction& tx, Post& post, const std::string& date, const std::string& by);

// Rejects a submitted post on `date` on a ground (a violation of Art. 12 unless said otherwise),
// with the reason (required), recording both. Throws czs::Error(bad_data) when the post was
// already decided or the reason is empty.
void reject_post(audit::AuditedTransaction& tx, Post& post, const std::string& date, const std::string& by,
                 const std::string& reason, RejectionGround ground = RejectionGround::violation);

// The post with this id; throws czs::Error(not_found).
Post require_post(SQLite::Database& db, std::int64_t id);

// The post the platform knows by `ref`, or nullopt.
std::optional<Post> find_post_by_ref(SQLite::Database& db, const std::string& ref);

// Which posts a listing shows; empty fields do not filter. Dates are inclusive.
struct PostFilter
{
  std::optional<std::int64_t> station_id;
  std::string from;
  std::string to;
  std::optional<PostStatus> status;
  bool duplicates_only = false;
  bool flagged_only = false;
  std::string batch; // the stations of this construction batch (Art. 2.2), as stored
};

// Calls `each` for every matching post, by date then id, streaming.
void for_each_post(SQLite::Database& db, const PostFilter& filter, const std::function<void(const Post&)>& each);

} // namespace czs::oversight
