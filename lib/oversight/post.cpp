#include "oversight/post.hpp"

#include "audit/audited_transaction.hpp"
#include "audit/sha256.hpp"
#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "oversight/conditions.hpp"
#include "oversight/in_service.hpp"
#include "period/date.hpp"
#include "stations/batch.hpp"
#include "storage/sql_values.hpp"
#include "text/input_fields.hpp"
#include "text/normalize.hpp"

#include <array>

#include <SQLiteCpp/Statement.h>

namespace czs::oversight {

namespace {

constexpr std::array<std::pair<PostStatus, std::string_view>, 3> k_statuses{{
    {PostStatus::submitted, "submitted"},
    {PostStatus::approved, "approved"},
    {PostStatus::rejected, "rejected"},
}};

// What post_status_label prints in Chinese (po/zh_CN.po), accepted from a clerk too.
constexpr std::array<std::pair<PostStatus, std::string_view>, 3> k_status_chinese{{
    {PostStatus::submitted, "已提交"},
    {PostStatus::approved, "已通过"},
    {PostStatus::rejected, "未通过"},
}};

struct GroundWord
{
  RejectionGround ground;
  std::string_view key;
  std::string_view chinese;
  const char* label;
};

constexpr std::array k_grounds{
    GroundWord{RejectionGround::violation, "violation", "违规", N_("violation")},
    GroundWord{RejectionGround::untrue, "untrue", "不实", N_("untrue")},
    GroundWord{RejectionGround::nonstandard, "nonstandard", "不规范", N_("non-standard wording")},
};

constexpr const char* k_select =
    "SELECT p.id, p.station_id, s.code, p.submitted_on, p.title, p.body, p.dup_key, p.duplicate_of, p.flagged, "
    "coalesce(p.platform_ref, ''), p.status, coalesce(p.decided_on, ''), coalesce(p.decided_by, ''), p.reason, "
    "coalesce(g.ground, '') FROM post p JOIN station s ON s.id = p.station_id LEFT JOIN post_rejection g ON g.id = "
    "p.id";

Post read_post(SQLite::Statement& q)
{
  Post p;
  p.id = q.getColumn(0).getInt64();
  p.station_id = q.getColumn(1).getInt64();
  p.station_code = q.getColumn(2).getString();
  p.submitted_on = q.getColumn(3).getString();
  p.title = q.getColumn(4).getString();
  p.body = q.getColumn(5).getString();
  p.dup_key = q.getColumn(6).getString();
  if (!q.getColumn(7).isNull()) {
    p.duplicate_of = q.getColumn(7).getInt64();
  }
  p.flagged = q.getColumn(8).getString();
  p.platform_ref = q.getColumn(9).getString();
  p.status = parse_post_status(q.getColumn(10).getString()).value_or(PostStatus::submitted);
  p.decided_on = q.getColumn(11).getString();
  p.decided_by = q.getColumn(12).getString();
  p.reason = q.getColumn(13).getString();
  if (p.status == PostStatus::rejected) {
    // A rejection recorded before grounds existed was a violation, the only ground then.
    p.ground = parse_rejection_ground(q.getColumn(14).getString()).value_or(RejectionGround::violation);
  }
  return p;
}

std::string joined(const std::vector<std::string>& words)
{
  std::string out;
  for (const auto& w : words) {
    out += out.empty() ? w : "、" + w;
  }
  return out;
}

void require_undecided(const Post& p, const std::string& date)
{
  if (p.status != PostStatus::submitted) {
    throw Error(
        ErrorKind::bad_data,
        trf("post {} was already {} on {} by {}", p.id, post_status_label(p.status), p.decided_on, p.decided_by),
        tr("a post is decided once; see it with czstation review post list --station CODE"));
  }
  if (date < p.submitted_on) {
    throw Error(ErrorKind::bad_data,
                trf("post {} was submitted on {}; it cannot be decided on {}", p.id, p.submitted_on, date),
                tr("give the date of the decision, on or after the submission"));
  }
}

void write_decision(audit::AuditedTransaction& tx, Post& p, PostStatus status, const std::string& date,
                    const std::string& by, const std::string& reason)
{
  SQLite::Statement update(tx.db(),
                           "UPDATE post SET status = ?, decided_on = ?, decided_by = ?, reason = ? WHERE id = ?");
  update.bind(1, std::string(to_string(status)));
  update.bind(2, date);
  update.bind(3, by);
  update.bind(4, reason);
  update.bind(5, p.id);
  update.exec();
  p.status = status;
  p.decided_on = date;
  p.decided_by = by;
  p.reason = reason;
  tx.set_station(p.station_code);
  tx.updated("post", p.id);
}

} // namespace

std::string_view to_string(PostStatus status)
{
  for (const auto& [s, name] : k_statuses) {
    if (s == status) {
      return name;
    }
  }
  return "submitted";
}

std::optional<PostStatus> parse_post_status(std::string_view text)
{
  for (const auto& [s, name] : k_statuses) {
    if (name == text) {
      return s;
    }
  }
  // Not a stored key: a clerk's word, trimmed and folded as every input is.
  const std::string folded = text::input_word(text);
  for (const auto& [s, name] : k_statuses) {
    if (name == folded) {
      return s;
    }
  }
  for (const auto& [s, chinese] : k_status_chinese) {
    if (chinese == folded) {
      return s;
    }
  }
  return std::nullopt;
}

const char* post_status_label(PostStatus status)
{
  switch (status) {
  case PostStatus::submitted:
    return tr("submitted");
  case PostStatus::approved:
    return tr("approved");
  case PostStatus::rejected:
    return tr("rejected");
  }
  return "";
}

std::string_view to_string(RejectionGround ground)
{
  for (const auto& g : k_grounds) {
    if (g.ground == ground) {
      return g.key;
    }
  }
  return "violation";
}

std::optional<RejectionGround> parse_rejection_ground(std::string_view text)
{
  const std::string folded = text::input_word(text);
  for (const auto& g : k_grounds) {
    // The label an English table or workbook prints ("non-standard wording") reads back too.
    if (g.key == folded || g.chinese == folded || text::input_word(g.label) == folded) {
      return g.ground;
    }
  }
  return std::nullopt;
}

const char* rejection_ground_label(RejectionGround ground)
{
  for (const auto& g : k_grounds) {
    if (g.ground == ground) {
      return tr(g.label);
    }
  }
  return "";
}

std::string rejection_ground_list()
{
  std::string out;
  for (const auto& g : k_grounds) {
    out += (out.empty() ? "" : ", ") + std::string(g.key) + " (" + std::string(g.chinese) + ")";
  }
  return out;
}

std::string duplicate_key(std::string_view title, std::string_view body)
{
  // Normalised text never holds a line break, so it separates title from body unambiguously.
  return audit::sha256_hex(text::normalize_for_duplicates(title) + '\n' + text::normalize_for_duplicates(body));
}

std::vector<std::string> banned_words_in(std::string_view title, std::string_view body,
                                         const std::vector<std::string>& banned)
{
  const std::string haystack = text::normalize_for_duplicates(title) + '\n' + text::normalize_for_duplicates(body);
  std::vector<std::string> found;
  for (const auto& word : banned) {
    const std::string needle = text::normalize_for_duplicates(word);
    if (!needle.empty() && haystack.find(needle) != std::string::npos) {
      found.push_back(word);
    }
  }
  return found;
}

PostSubmitter::PostSubmitter(audit::AuditedTransaction& tx, const rules::Parameters& params)
    : m_tx(tx), m_params(params),
      // The first post recorded for the same station and calendar month with the same key is the
      // one a new post duplicates: recording order decides, so a post never changes once marked.
      m_first_with_key(tx.db(), "SELECT min(id) FROM post WHERE station_id = ? AND dup_key = ? "
                                "AND submitted_on BETWEEN ? AND ?"),
      m_insert(tx.db(), "INSERT INTO post (station_id, submitted_on, title, body, dup_key, duplicate_of, "
                        "flagged, platform_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
{
}

std::optional<std::int64_t> PostSubmitter::first_with_key(std::int64_t station_id, const std::string& key,
                                                          const std::string& date)
{
  const Date day = parse_date(date).value();
  m_first_with_key.reset();
  m_first_with_key.bind(1, station_id);
  m_first_with_key.bind(2, key);
  m_first_with_key.bind(3, to_string(first_of_month(day)));
  m_first_with_key.bind(4, to_string(last_of_month(day)));
  m_first_with_key.executeStep();
  const SQLite::Column first = m_first_with_key.getColumn(0);
  return first.isNull() ? std::nullopt : std::optional<std::int64_t>(first.getInt64());
}

std::int64_t PostSubmitter::submit(const stations::Station& station, Post& p)
{
  require_active(station, p.submitted_on, N_("a post"));
  p.station_id = station.id;
  p.station_code = station.code;
  p.dup_key = duplicate_key(p.title, p.body);
  p.duplicate_of = first_with_key(station.id, p.dup_key, p.submitted_on);
  p.flagged = joined(banned_words_in(p.title, p.body, m_params.banned_words));
  m_insert.reset();
  m_insert.bind(1, station.id);
  m_insert.bind(2, p.submitted_on);
  m_insert.bind(3, p.title);
  m_insert.bind(4, p.body);
  m_insert.bind(5, p.dup_key);
  storage::bind_id_or_null(m_insert, 6, p.duplicate_of);
  m_insert.bind(7, p.flagged);
  storage::bind_text_or_null(m_insert, 8, p.platform_ref);
  m_insert.exec();
  p.id = m_tx.db().getLastInsertRowid();
  m_tx.set_station(station.code);
  m_tx.inserted("post", p.id);
  return p.id;
}

void approve_post(audit::AuditedTransaction& tx, Post& p, const std::string& date, const std::string& by)
{
  require_undecided(p, date);
  write_decision(tx, p, PostStatus::approved, date, by, {});
}

void reject_post(audit::AuditedTransaction& tx, Post& p, const std::string& date, const std::string& by,
                 const std::string& reason, RejectionGround ground)
{
  if (reason.empty()) {
    throw Error(ErrorKind::bad_data, trf("post {} cannot be rejected without a reason", p.id),
                ground == RejectionGround::violation
                    ? tr("say which law or trade rule it breaks (Art. 9, 12) with --reason TEXT")
                    : tr("say what is untrue or which wording is not standard (Art. 9) with --reason TEXT"));
  }
  require_undecided(p, date);
  write_decision(tx, p, PostStatus::rejected, date, by, reason);
  SQLite::Statement insert(tx.db(), "INSERT INTO post_rejection (id, ground) VALUES (?, ?)");
  insert.bind(1, p.id);
  insert.bind(2, std::string(to_string(ground)));
  insert.exec();
  tx.inserted("post_rejection", p.id);
  p.ground = ground;
}

Post require_post(SQLite::Database& db, std::int64_t id)
{
  SQLite::Statement q(db, std::string(k_select) + " WHERE p.id = ?");
  q.bind(1, id);
  if (!q.executeStep()) {
    throw Error(ErrorKind::not_found, trf("no post with id {}", id),
                tr("list the posts with: czstation review post list"));
  }
  return read_post(q);
}

std::optional<Post> find_post_by_ref(SQLite::Database& db, const std::string& ref)
{
  SQLite::Statement q(db, std::string(k_select) + " WHERE p.platform_ref = ?");
  q.bind(1, ref);
  if (!q.executeStep()) {
    return std::nullopt;
  }
  return read_post(q);
}

void for_each_post(SQLite::Database& db, const PostFilter& filter, const std::function<void(const Post&)>& each)
{
  Conditions where;
  if (filter.station_id)
    where.add("p.station_id = ?", *filter.station_id);
  if (!filter.from.empty())
    where.add("p.submitted_on >= ?", filter.from);
  if (!filter.to.empty())
    where.add("p.submitted_on <= ?", filter.to);
  if (filter.status)
    where.add("p.status = ?", std::string(to_string(*filter.status)));
  if (filter.duplicates_only)
    where.add("p.duplicate_of IS NOT NULL");
  if (filter.flagged_only)
    where.add("p.flagged <> ''");
  if (!filter.batch.empty())
    where.add(stations::batch_condition("p.station_id", "?"), filter.batch);
  SQLite::Statement q(db, std::string(k_select) + where.where() + " ORDER BY p.submitted_on, p.id");
  where.bind(q);
  while (q.executeStep()) {
    each(read_post(q));
  }
}

} // namespace czs::oversight
