#include "oversight/platform_login.hpp"

#include "audit/audited_transaction.hpp"
#include "base/error.hpp"
#include "i18n/chinese_lookup.hpp"
#include "i18n/translate.hpp"
#include "oversight/conditions.hpp"
#include "oversight/csv_import.hpp"
#include "oversight/csv_text.hpp"
#include "oversight/in_service.hpp"
#include "stations/station_store.hpp"
#include "storage/sql_values.hpp"
#include "text/csv.hpp"
#include "text/encoding.hpp"
#include "text/input_fields.hpp"
#include "text/shown_value.hpp"
#include "text/utf8.hpp"
#include "text/validate.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <utility>
#include <vector>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace czs::oversight {

namespace {

constexpr const char* k_select = "SELECT l.id, l.station_id, s.code, l.day, l.source, coalesce(l.first_login, ''), "
                                 "l.recorded_by, l.note FROM platform_login l JOIN station s ON s.id = l.station_id";

LoginDay read_login(SQLite::Statement& q)
{
  LoginDay d;
  d.id = q.getColumn(0).getInt64();
  d.station_id = q.getColumn(1).getInt64();
  d.station_code = q.getColumn(2).getString();
  d.day = q.getColumn(3).getString();
  d.source = q.getColumn(4).getString() == "import" ? LoginSource::import : LoginSource::hand;
  d.first_login = q.getColumn(5).getString();
  d.recorded_by = q.getColumn(6).getString();
  d.note = q.getColumn(7).getString();
  return d;
}

// ---- The login log import.

enum Column : std::size_t
{
  k_station,
  k_time,
  k_column_count
};

// The names a platform's login log may give each column, English first (as messages name them),
// and the headings `review login list --days` writes (its CSV keys; its table and workbook
// headings in English and Chinese), so that its export imports again: its date, with its
// first_login when it has one, is the login time.
constexpr std::array<std::array<std::string_view, 8>, k_column_count> k_names{{
    {"station", "station_code", "站点编号", "站点", "服务站", "", "", ""},
    {"time", "login_time", "logged_in_at", "登录时间", "时间", "date", "日期", "day"},
}};

// The columns a list export has besides the station and the day, which a platform's log lacks:
// the time of day of the first login (when the time column gives the day alone), and where the
// day came from, who recorded it and its note, so that a day recorded by hand comes back so.
enum Extra : std::size_t
{
  k_first_login,
  k_source,
  k_recorded_by,
  k_note,
  k_extra_count
};
constexpr std::array<std::array<std::string_view, 3>, k_extra_count> k_extra_names{{
    {"first_login", "first login", "首次登录"},
    {"source", "来源", ""},
    {"recorded_by", "recorded by", "录入人"},
    {"note", "备注", ""},
}};

// A value of a day that its rows give (its source, recorder, note), with the line that gave it.
struct DayValue
{
  std::string value;
  std::size_t line = 0;
};

// The logins of one station and day read so far: the earliest time, if any row had one, and
// what a list export's rows say of the day.
struct DayLogins
{
  const stations::Station* station = nullptr;
  std::string first_login; // HH:MM:SS; empty when every row gave the day alone
  std::array<DayValue, k_extra_count> given;
};

// The source as a list export writes it: its key, or the label a table prints in either
// language (login log 登录日志, by hand 手工录入); nullopt for anything else.
std::optional<LoginSource> parse_login_source(std::string_view text)
{
  const std::string word = text::input_word(text);
  for (const LoginSource source : {LoginSource::import, LoginSource::hand}) {
    if (word == to_string(source) || word == text::input_word(login_source_label_in_english(source))
        || word == tr_chinese(login_source_label_in_english(source))) {
      return source;
    }
  }
  return std::nullopt;
}

class LoginImporter
{
public:
  LoginImporter(audit::AuditedTransaction& tx, const LoginImportOptions& options) : m_tx(tx), m_options(options) {}

  LoginImportSummary run(std::istream& in);

private:
  void read_header(const text::CsvRow& row);
  void read_row(const text::CsvRow& row);
  std::string field(const text::CsvRow& row, Column column) const;
  std::string extra(const text::CsvRow& row, Extra column) const;
  void read_extras(const text::CsvRow& row, DayLogins& logins, const std::string& day);
  const stations::Station& station(const std::string& raw);
  void write();

  audit::AuditedTransaction& m_tx;
  const LoginImportOptions& m_options;
  std::array<std::optional<std::size_t>, k_column_count> m_index;
  std::array<std::optional<std::size_t>, k_extra_count> m_extra; // a list export's further columns
  std::array<std::string, k_extra_count> m_extra_heading;        // as the file names them
  std::size_t m_width = 0;
  std::map<std::string, stations::Station> m_stations;             // by code, each looked up once
  std::map<std::pair<std::string, std::string>, DayLogins> m_days; // (code, day), in that order
  LoginImportSummary m_summary;
};

void LoginImporter::read_header(const text::CsvRow& row)
{
  m_width = row.fields.size();
  for (std::size_t i = 0; i < row.fields.size(); ++i) {
    const std::string key = csv_heading(row.fields[i], m_options.gbk);
    for (std::size_t c = 0; c < k_column_count; ++c) {
      const auto& names = k_names[c];
      if (!key.empty() && !m_index[c] && std::find(names.begin(), names.end(), key) != names.end()) {
        m_index[c] = i;
      }
    }
    for (std::size_t e = 0; e < k_extra_count; ++e) {
      const auto& names = k_extra_names[e];
      if (!key.empty() && !m_extra[e] && std::find(names.begin(), names.end(), key) != names.end()) {
        m_extra[e] = i;
        m_extra_heading[e] = key;
      }
    }
  }
  std::string missing;
  for (std::size_t c = 0; c < k_column_count; ++c) {
    if (!m_index[c]) {
      missing += (missing.empty() ? "" : ", ") + std::string(k_names[c][0]);
    }
  }
  if (!missing.empty()) {
    throw Error(ErrorKind::bad_data,
                trf("{} line {}: the header lacks the column(s) {}", m_options.source, row.line, missing),
                header_hint(row, m_options.gbk,
                            tr("the first row must name the columns: station (站点编号) and time (登录时间)")));
  }
}

std::string LoginImporter::field(const text::CsvRow& row, Column column) const
{
  const std::size_t at = *m_index[column];
  return at < row.fields.size() ? csv_text(row.fields[at], m_options.gbk, k_names[column][0]) : std::string();
}

std::string LoginImporter::extra(const text::CsvRow& row, Extra column) const
{
  const auto at = m_extra[column];
  return at && *at < row.fields.size() ? csv_text(row.fields[*at], m_options.gbk, k_extra_names[column][0])
                                       : std::string();
}

// A day's source, recorder and note as the row gives them (cleaned as review login add cleans
// them); rows of one day may leave them empty, but two that give one must give the same.
void LoginImporter::read_extras(const text::CsvRow& row, DayLogins& logins, const std::string& day)
{
  std::array<std::string, k_extra_count> values;
  if (const std::string source = extra(row, k_source); !source.empty()) {
    const auto parsed = parse_login_source(source);
    if (!parsed) {
      throw Error(ErrorKind::bad_data,
                  trf("{}: unknown source '{}'", m_extra_heading[k_source], text::shown_value(source)),
                  tr("use import (登录日志, the platform's login log) or hand (手工录入, recorded by hand)"));
    }
    values[k_source] = std::string(to_string(*parsed));
  }
  const auto by = text::input_text(extra(row, k_recorded_by), m_extra_heading[k_recorded_by].c_str(), 50, false);
  const auto note = text::input_note(extra(row, k_note), m_extra_heading[k_note].c_str(), 200, false);
  if (!by || !note) {
    throw Error(ErrorKind::bad_data, by ? note.error() : by.error(),
                tr("give who recorded the day as a name of at most 50 characters, and its note in at most 200"));
  }
  values[k_recorded_by] = *by;
  values[k_note] = *note;
  for (const Extra e : {k_source, k_recorded_by, k_note}) {
    DayValue& given = logins.given[e];
    if (values[e].empty()) {
      continue;
    }
    if (given.line != 0 && given.value != values[e]) {
      throw Error(ErrorKind::bad_data,
                  trf("{}: '{}', but line {} gives '{}' for the same day {} of {}", m_extra_heading[e],
                      text::shown_value(values[e]), given.line, text::shown_value(given.value), day,
                      logins.station->code),
                  tr("a day counts once: give its source, recorder and note alike on each of its rows"));
    }
    given = {values[e], row.line};
  }
}

const stations::Station& LoginImporter::station(const std::string& raw)
{
  const auto code = text::clean_code(raw, "station");
  if (!code) {
    throw Error(ErrorKind::bad_data, code.error());
  }
  auto it = m_stations.find(*code);
  if (it == m_stations.end()) {
    it = m_stations.emplace(*code, stations::require_station(m_tx.db(), *code)).first;
  }
  return it->second;
}

void LoginImporter::read_row(const text::CsvRow& row)
{
  if (row.fields.size() > m_width) {
    throw Error(ErrorKind::bad_data, trf("the row has {} fields; the header has {}", row.fields.size(), m_width),
                tr("quote fields that hold commas or line breaks (\"...\")"));
  }
  std::string when_text = field(row, k_time);
  if (m_extra[k_first_login]) {
    const std::string time_of_day = extra(row, k_first_login);
    if (!time_of_day.empty() && text::input_date(when_text)) {
      when_text += " " + time_of_day;
    }
  }
  // A day alone is a login whose time the log does not give.
  std::string first_login;
  Date day;
  if (const auto date_only = text::input_date(when_text)) {
    day = *date_only;
  } else {
    const auto when = text::input_date_time(when_text);
    if (!when) {
      throw Error(ErrorKind::bad_data, when.error(), tr("write the login time as 2026-03-05 09:05 (or 2026/3/5 9:05)"));
    }
    day = when->date;
    first_login = fmt::format("{:02}:{:02}:{:02}", when->hour, when->minute, when->second);
  }
  if (day > m_options.today) {
    throw Error(ErrorKind::bad_data,
                trf("the login is dated {}, after today ({})", to_string(day), to_string(m_options.today)),
                tr("check the time column; use --as-of to set a different today"));
  }
  const stations::Station& s = station(field(row, k_station));
  require_in_service(s, to_string(day), N_("a day of platform activity"));
  DayLogins& logins = m_days[{s.code, to_string(day)}];
  logins.station = &s;
  if (!first_login.empty() && (logins.first_login.empty() || first_login < logins.first_login)) {
    logins.first_login = first_login;
  }
  read_extras(row, logins, to_string(day));
}

void LoginImporter::write()
{
  std::set<std::string> seen;
  std::set<std::string> written;
  for (const auto& [key, logins] : m_days) {
    seen.insert(key.first);
    LoginDay d;
    d.day = key.second;
    // A platform's log says nothing of these: its days are the log's, recorded by the importer.
    d.source = logins.given[k_source].value == "hand" ? LoginSource::hand : LoginSource::import;
    d.first_login = logins.first_login;
    d.recorded_by = logins.given[k_recorded_by].line != 0 ? logins.given[k_recorded_by].value : m_options.recorded_by;
    d.note = logins.given[k_note].value;
    if (record_login_day(m_tx, *logins.station, d)) {
      ++m_summary.days;
      written.insert(key.first);
    } else {
      ++m_summary.already;
    }
  }
  m_summary.stations = static_cast<std::int64_t>(seen.size());
  // The audit entry names a station only when every day recorded is that station's.
  m_tx.set_station(written.size() == 1 ? *written.begin() : std::string());
}

LoginImportSummary LoginImporter::run(std::istream& in)
{
  const CsvPass pass = read_csv_import(
      in, m_options.source, tr("export the login log from the platform as CSV with a header row"),
      [&](const text::CsvRow& row) { read_header(row); }, [&](const text::CsvRow& row) { read_row(row); });
  m_summary.rows = pass.rows;
  m_summary.empty_rows = pass.empty_rows;
  write();
  return m_summary;
}

} // namespace

std::string_view to_string(LoginSource source)
{
  return source == LoginSource::import ? "import" : "hand";
}

const char* login_source_label_in_english(LoginSource source)
{
  return source == LoginSource::import ? N_("login log") : N_("by hand");
}

const char* login_source_label(LoginSource source)
{
  return tr(login_source_label_in_english(source));
}

bool record_login_day(audit::AuditedTransaction& tx, const stations::Station& station, LoginDay& login)
{
  require_in_service(station, login.day, N_("a day of platform activity"));
  login.station_id = station.id;
  login.station_code = station.code;
  // A day counts once: the first record of it stays, with its source and time.
  SQLite::Statement insert(tx.db(), "INSERT INTO platform_login (station_id, day, source, first_login, recorded_by, "
                                    "note) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (station_id, day) DO NOTHING");
  insert.bind(1, station.id);
  insert.bind(2, login.day);
  insert.bind(3, std::string(to_string(login.source)));
  storage::bind_text_or_null(insert, 4, login.first_login);
  insert.bind(5, login.recorded_by);
  insert.bind(6, login.note);
  if (insert.exec() == 0) {
    return false;
  }
  login.id = tx.db().getLastInsertRowid();
  tx.set_station(station.code);
  tx.inserted("platform_login", login.id);
  return true;
}

std::optional<LoginDay> find_login_day(SQLite::Database& db, std::int64_t station_id, const std::string& day)
{
  SQLite::Statement q(db, std::string(k_select) + " WHERE l.station_id = ? AND l.day = ?");
  q.bind(1, station_id);
  q.bind(2, day);
  if (!q.executeStep()) {
    return std::nullopt;
  }
  return read_login(q);
}

LoginImportSummary import_logins(audit::AuditedTransaction& tx, std::istream& in, const LoginImportOptions& options)
{
  LoginImporter importer(tx, options);
  return importer.run(in);
}

void for_each_login_day(SQLite::Database& db, const LoginFilter& filter,
                        const std::function<void(const LoginDay&)>& each)
{
  Conditions where;
  if (filter.station_id)
    where.add("l.station_id = ?", *filter.station_id);
  if (!filter.from.empty())
    where.add("l.day >= ?", filter.from);
  if (!filter.to.empty())
    where.add("l.day <= ?", filter.to);
  SQLite::Statement q(db, std::string(k_select) + where.where() + " ORDER BY s.code, l.day");
  where.bind(q);
  while (q.executeStep()) {
    each(read_login(q));
  }
}

void login_days_by_station(SQLite::Database& db, const Period& period, const CountSink& each)
{
  // Pinned to the period index, as the counts of period_counts.cpp are.
  SQLite::Statement q(db, "SELECT station_id, count(*) FROM platform_login INDEXED BY platform_login_by_period "
                          "WHERE day BETWEEN ? AND ? GROUP BY station_id ORDER BY station_id");
  q.bind(1, to_string(period.first));
  q.bind(2, to_string(period.last));
  while (q.executeStep()) {
    each({q.getColumn(0).getInt64(), q.getColumn(1).getInt64()});
  }
}

} // namespace czs::oversight
