#include "oversight/post_import.hpp"

#include "audit/audited_transaction.hpp"
#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "oversight/csv_import.hpp"
#include "oversight/csv_text.hpp"
#include "oversight/post.hpp"
#include "oversight/post_decision.hpp"
#include "oversight/post_text.hpp"
#include "stations/station_store.hpp"
#include "text/csv.hpp"
#include "text/input_fields.hpp"
#include "text/normalize.hpp"
#include "text/validate.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>

#include <SQLiteCpp/Statement.h>

namespace czs::oversight {

namespace {

enum Column : std::size_t
{
  k_ref,
  k_station,
  k_date,
  k_title,
  k_body,
  k_status, // the decision's columns, as review post list writes them (post_decision.hpp)
  k_decided_on,
  k_decided_by,
  k_reason,
  k_ground,
  k_column_count
};

// The names a platform export may give each column, English first (as messages name them), and
// the headings `review post list` writes (its CSV keys; its table and workbook headings in
// English and Chinese), so that its export imports again. Where a file has several names of
// one column the earlier in this list wins: a list export's id (编号) is czstation's own number
// and its platform_ref (平台编号) the platform's, which is the post id. The decision's columns
// are the list's keys and its headings in English and Chinese.
constexpr std::array<std::array<std::string_view, 7>, k_column_count> k_names{{
    {"post_id", "platform_ref", "platform id", "平台编号", "id", "编号", ""},
    {"station", "station_code", "站点编号", "站点", "服务站", "", ""},
    {"date", "submitted_on", "published_at", "发布时间", "发布日期", "日期", ""},
    {"title", "标题", "", "", "", "", ""},
    {"body", "内容", "正文", "", "", "", ""},
    {"status", "状态", "审核状态", "", "", "", ""},
    {"decided_on", "decided", "审核日期", "", "", "", ""},
    {"decided_by", "by", "审核人", "", "", "", ""},
    {"reason", "原因", "驳回原因", "", "", "", ""},
    {"ground", "驳回类别", "", "", "", "", ""},
}};

// The last column a file must have: the decision's columns may be left out (a platform's export).
constexpr std::size_t k_last_required = k_body;

class Importer
{
public:
  Importer(audit::AuditedTransaction& tx, const PostImportOptions& options, const rules::Parameters& params)
      : m_tx(tx), m_options(options), m_submitter(tx, params),
        m_ref_known(tx.db(), "SELECT p.id, s.code, p.submitted_on, p.title, p.body FROM post p "
                             "JOIN station s ON s.id = p.station_id WHERE p.platform_ref = ?")
  {
  }

  PostImportSummary run(std::istream& in);

private:
  void read_header(const text::CsvRow& row);
  void import_row(const text::CsvRow& row);
  std::string field(const text::CsvRow& row, Column column);
  const stations::Station& station(const text::CsvRow& row);
  Post post_of(const text::CsvRow& row);
  std::optional<std::int64_t> already_imported(const Post& post, const text::CsvRow& row);
  std::optional<RecordedDecision> decision_of(const text::CsvRow& row, const Post& post);
  void decide_stored(std::int64_t id, const RecordedDecision& decision, const text::CsvRow& row);
  [[noreturn]] void fail(const text::CsvRow& row, const std::string& message, const std::string& hint = {});

  audit::AuditedTransaction& m_tx;
  const PostImportOptions& m_options;
  PostSubmitter m_submitter;
  SQLite::Statement m_ref_known; // prepared once: asked for every row that has a post_id
  std::array<std::optional<std::size_t>, k_column_count> m_index;
  std::array<std::string, k_column_count> m_heading; // as the file names each column, for messages
  std::size_t m_width = 0;
  std::size_t m_named_width = 0;
  std::map<std::string, stations::Station> m_stations;
  std::set<std::string> m_imported_stations;
  PostImportSummary m_summary;
};

void Importer::fail(const text::CsvRow& row, const std::string& message, const std::string& hint)
{
  throw Error(ErrorKind::bad_data, trf("{} line {}: {}", m_options.source, row.line, message), hint);
}

void Importer::read_header(const text::CsvRow& row)
{
  m_width = row.fields.size();
  m_named_width = m_width;
  while (m_named_width > 0 && csv_heading(row.fields[m_named_width - 1], m_options.gbk).empty()) {
    --m_named_width;
  }
  std::array<std::size_t, k_column_count> rank; // the position in k_names of the name found
  rank.fill(k_names[0].size());
  for (std::size_t i = 0; i < row.fields.size(); ++i) {
    const std::string key = csv_heading(row.fields[i], m_options.gbk);
    for (std::size_t c = 0; c < k_column_count; ++c) {
      const auto& names = k_names[c];
      const auto found = static_cast<std::size_t>(std::find(names.begin(), names.end(), key) - names.begin());
      if (!key.empty() && found < rank[c]) {
        rank[c] = found;
        m_index[c] = i;
        m_heading[c] = key;
      }
    }
  }
  std::string missing;
  for (std::size_t c = k_station; c <= k_last_required; ++c) {
    if (!m_index[c]) {
      missing += (missing.empty() ? "" : ", ") + std::string(k_names[c][0]);
    }
  }
  if (!missing.empty()) {
    fail(row, trf("the header lacks the column(s) {}", missing),
         header_hint(row, m_options.gbk,
                     tr("the first row must name the columns: post_id (optional), station, date, title, body, and "
                        "optionally status, decided_on, decided_by, reason, ground")));
  }
}

std::string Importer::field(const text::CsvRow& row, Column column)
{
  if (!m_index[column]) {
    return {};
  }
  return csv_text(row.fields[*m_index[column]], m_options.gbk, k_names[column][0]);
}

const stations::Station& Importer::station(const text::CsvRow& row)
{
  const auto code = text::clean_code(field(row, k_station), "station");
  if (!code) {
    fail(row, code.error());
  }
  auto it = m_stations.find(*code);
  if (it == m_stations.end()) {
    it = m_stations.emplace(*code, stations::require_station(m_tx.db(), *code)).first;
  }
  return it->second;
}

Post Importer::post_of(const text::CsvRow& row)
{
  Post p;
  const auto when = text::input_date_time(field(row, k_date));
  if (!when) {
    fail(row, when.error());
  }
  if (when->date > m_options.today) {
    fail(row, trf("the post is dated {}, after today ({})", to_string(when->date), to_string(m_options.today)),
         tr("check the date column; use --as-of to set a different today"));
  }
  p.submitted_on = to_string(when->date);
  const auto title = text::clean_text(field(row, k_title), "title", k_max_title_chars, true);
  if (!title) {
    fail(row, title.error());
  }
  p.title = *title;
  const auto body = clean_body(field(row, k_body), "body");
  if (!body) {
    fail(row, body.error());
  }
  p.body = *body;
  const auto ref = text::input_identifier(field(row, k_ref), "post_id", 64, false);
  if (!ref) {
    fail(row, ref.error());
  }
  p.platform_ref = *ref;
  return p;
}

std::optional<std::int64_t> Importer::already_imported(const Post& p, const text::CsvRow& row)
{
  if (p.platform_ref.empty()) {
    return std::nullopt;
  }
  m_ref_known.reset();
  m_ref_known.bind(1, p.platform_ref);
  if (!m_ref_known.executeStep()) {
    return std::nullopt;
  }
  const bool same =
      m_ref_known.getColumn(1).getString() == p.station_code && m_ref_known.getColumn(2).getString() == p.submitted_on
      && m_ref_known.getColumn(3).getString() == p.title && m_ref_known.getColumn(4).getString() == p.body;
  if (!same) {
    fail(row,
         trf("post_id {} is already stored as post {} with a different station, date or text", p.platform_ref,
             m_ref_known.getColumn(0).getInt64()),
         tr("a platform id names one post; check the export, or remove the post_id column to import it as a new post"));
  }
  return m_ref_known.getColumn(0).getInt64();
}

std::optional<RecordedDecision> Importer::decision_of(const text::CsvRow& row, const Post& p)
{
  auto cell = [&](Column c) {
    return DecisionCells::Cell{m_heading[c].empty() ? std::string(k_names[c][0]) : m_heading[c], field(row, c)};
  };
  const DecisionCells cells{cell(k_status), cell(k_decided_on), cell(k_decided_by), cell(k_reason), cell(k_ground)};
  return read_decision(cells, p.submitted_on, m_options.today, m_options.actor);
}

// A post imported before, undecided then, takes the file's decision; one decided since must
// have decided the same.
void Importer::decide_stored(std::int64_t id, const RecordedDecision& d, const text::CsvRow& row)
{
  Post stored = require_post(m_tx.db(), id);
  if (stored.status == PostStatus::submitted) {
    replay_decision(m_tx, stored, d);
    m_imported_stations.insert(stored.station_code);
    ++m_summary.decided;
  } else if (!holds_decision(stored, d)) {
    fail(row,
         trf("post_id {} is stored as post {}, {} on {} by {}; the file says {} on {}", stored.platform_ref, id,
             post_status_label(stored.status), stored.decided_on, stored.decided_by, post_status_label(d.status),
             d.decided_on),
         tr("a post is decided once; see it with czstation review post list --station CODE"));
  }
}

void Importer::import_row(const text::CsvRow& row)
{
  // Trailing columns without a heading (Excel keeps once-used ones) may be absent or empty.
  bool stray = false;
  for (std::size_t i = m_named_width; i < row.fields.size(); ++i) {
    stray = stray || !row.fields[i].empty();
  }
  if (row.fields.size() < m_named_width || row.fields.size() > m_width || stray) {
    fail(row, trf("the row has {} fields; the header has {}", row.fields.size(), m_width),
         tr("quote fields that hold commas or line breaks (\"...\")"));
  }
  Post p = post_of(row);
  const stations::Station& s = station(row);
  p.station_code = s.code;
  const std::optional<RecordedDecision> decision = decision_of(row, p);
  if (const auto stored = already_imported(p, row)) {
    if (decision) {
      decide_stored(*stored, *decision, row);
    }
    ++m_summary.already;
    return;
  }
  m_submitter.submit(s, p);
  if (decision) {
    // The decision as review post approve / reject records it, in this import's entry.
    replay_decision(m_tx, p, *decision);
    ++m_summary.decided;
  }
  m_imported_stations.insert(s.code);
  ++m_summary.imported;
  m_summary.duplicates += p.duplicate_of ? 1 : 0;
  m_summary.flagged += p.flagged.empty() ? 0 : 1;
}

PostImportSummary Importer::run(std::istream& in)
{
  const CsvPass pass = read_csv_import(
      in, m_options.source, tr("export the posts from the platform as CSV with a header row"),
      [&](const text::CsvRow& row) { read_header(row); }, [&](const text::CsvRow& row) { import_row(row); });
  m_summary.rows = pass.rows;
  m_summary.empty_rows = pass.empty_rows;
  // The audit entry names a station only when every imported post is that station's.
  m_tx.set_station(m_imported_stations.size() == 1 ? *m_imported_stations.begin() : std::string());
  return m_summary;
}

} // namespace

PostImportSummary import_posts(audit::AuditedTransaction& tx, std::istream& in, const PostImportOptions& options,
                               const rules::Parameters& params)
{
  Importer importer(tx, options, params);
  return importer.run(in);
}

} // namespace czs::oversight
