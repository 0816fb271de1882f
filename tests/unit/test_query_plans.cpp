#include <doctest/doctest.h>

#include "audit/audit_query.hpp"
#include "ledger/checks.hpp"
#include "ledger/outreach.hpp"
#include "ledger/record_query.hpp"
#include "oversight/callback.hpp"
#include "oversight/credit.hpp"
#include "oversight/inspection.hpp"
#include "oversight/platform_login.hpp"
#include "oversight/post.hpp"
#include "oversight/stocktake.hpp"
#include "storage/database.hpp"
#include "temp_dir.hpp"

#include <map>
#include <regex>
#include <set>
#include <utility>
#include <vector>

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

using namespace czs;

TEST_SUITE_BEGIN("query_plans");

namespace {

// The EXPLAIN QUERY PLAN of `sql` (every parameter bound to a sample value), one step a line.
std::string plan_of(SQLite::Database& db, const std::string& sql)
{
  SQLite::Statement q(db, "EXPLAIN QUERY PLAN " + sql);
  for (int i = 1; i <= q.getBindParameterCount(); ++i) {
    q.bind(i, 1);
  }
  std::string text;
  while (q.executeStep()) {
    text += q.getColumn(3).getString() + "\n";
  }
  return text;
}

// True when the plan reads one of the ledger's big tables from end to end.
bool scans_a_big_table(const std::string& plan)
{
  for (const char* alias : {"SCAN p\n", "SCAN s\n", "SCAN v\n", "SCAN d\n", "SCAN r\n"}) {
    if (plan.find(alias) != std::string::npos) {
      return true;
    }
  }
  return false;
}

} // namespace

TEST_CASE("query plans: order list and parcel list with --station use the station index")
{
  test::TempDir dir;
  auto db = storage::Database::open(dir.file("q.db"), storage::OpenOptions{});
  ledger::RecordFilter by_station;
  by_station.station_id = 1;
  ledger::RecordFilter by_station_and_status = by_station;
  by_station_and_status.status = "notified";
  ledger::RecordFilter by_station_and_kind = by_station;
  by_station_and_kind.kind = "in";
  for (const auto& filter : {by_station, by_station_and_status, by_station_and_kind}) {
    for (const std::string& sql : {ledger::order_query(filter), ledger::parcel_query(filter)}) {
      const std::string plan = plan_of(db.sql(), sql);
      CAPTURE(sql);
      CAPTURE(plan);
      CHECK_FALSE(scans_a_big_table(plan));
      CHECK(plan.find("_by_station") != std::string::npos);
    }
  }
}

TEST_CASE("query plans: the pickup-notice check reads the period's range of the late-notice indexes only")
{
  test::TempDir dir;
  auto db = storage::Database::open(dir.file("q.db"), storage::OpenOptions{});
  for (const bool one_station : {false, true}) {
    for (const int hours : {24, 72}) {
      const std::string sql = ledger::notice_query(one_station, hours);
      const std::string plan = plan_of(db.sql(), sql);
      CAPTURE(sql);
      CAPTURE(plan);
      CHECK(plan.find("SCAN purchase") == std::string::npos);
      CHECK(plan.find("SCAN parcel") == std::string::npos);
      CHECK(plan.find("SEARCH purchase USING COVERING INDEX purchase_notice_late (arrived_at>? AND arrived_at<?)")
            != std::string::npos);
      CHECK(plan.find("SEARCH parcel USING COVERING INDEX parcel_notice_late (arrived_at>? AND arrived_at<?)")
            != std::string::npos);
    }
  }
  // Under 24 hours the indexes lack notices the rule finds late: the tables are read whole.
  const std::string whole = plan_of(db.sql(), ledger::notice_query(false, 12));
  CHECK(whole.find("_notice_late") == std::string::npos);
}

TEST_CASE("query plans: a listing with no filter has no condition left over")
{
  const ledger::RecordFilter none;
  CHECK(ledger::order_query(none).find("IS NULL") == std::string::npos);
  CHECK(ledger::parcel_query(none).find("?") == std::string::npos);
}

namespace {

// The statements a listing ran, with their bound values, caught by SQLite's statement trace.
class StatementTrace
{
public:
  explicit StatementTrace(SQLite::Database& db) : m_db(db)
  {
    sqlite3_trace_v2(m_db.getHandle(), SQLITE_TRACE_STMT, &StatementTrace::seen, this);
  }
  ~StatementTrace() { sqlite3_trace_v2(m_db.getHandle(), 0, nullptr, nullptr); }
  StatementTrace(const StatementTrace&) = delete;
  StatementTrace& operator=(const StatementTrace&) = delete;

  std::vector<std::string> take() { return std::exchange(m_sql, {}); }

private:
  static int seen(unsigned, void* self, void* stmt, void*)
  {
    char* sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(stmt));
    if (sql) {
      static_cast<StatementTrace*>(self)->m_sql.emplace_back(sql);
      sqlite3_free(sql);
    }
    return 0;
  }

  SQLite::Database& m_db;
  std::vector<std::string> m_sql;
};

// The tables that grow with a province's years: read whole, they are the listings' cost.
const std::set<std::string>& big_tables()
{
  static const std::set<std::string> tables{
      "purchase",  "sale",           "service",         "parcel",         "dispute",    "sale_repeat",
      "post",      "callback",       "credit_incident", "platform_login", "inspection", "inspection_item",
      "stocktake", "stocktake_line", "outreach",        "audit_entry",    "finding"};
  return tables;
}

// The big tables a statement's plan reads from end to end ("SCAN x" of a table or its alias),
// every alias resolved from the statement's FROM and JOIN clauses.
std::vector<std::string> big_tables_scanned(SQLite::Database& db, const std::string& sql)
{
  std::map<std::string, std::string> table_of;
  static const std::regex source(R"((?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?)", std::regex::icase);
  for (auto it = std::sregex_iterator(sql.begin(), sql.end(), source); it != std::sregex_iterator(); ++it) {
    const std::string table = (*it)[1];
    table_of[table] = table;
    if ((*it)[2].matched) {
      table_of[(*it)[2]] = table;
    }
  }
  std::vector<std::string> scanned;
  SQLite::Statement q(db, "EXPLAIN QUERY PLAN " + sql);
  static const std::regex scan(R"(^SCAN (\w+))");
  while (q.executeStep()) {
    const std::string step = q.getColumn(3).getString();
    std::smatch m;
    if (std::regex_search(step, m, scan)) {
      const auto t = table_of.find(m[1]);
      const std::string table = t == table_of.end() ? std::string(m[1]) : t->second;
      if (big_tables().count(table) > 0) {
        scanned.push_back(step);
      }
    }
  }
  return scanned;
}

} // namespace

TEST_CASE("query plans: every listing given --station reads only that station's rows of the big tables")
{
  test::TempDir dir;
  auto opened = storage::Database::open(dir.file("q.db"), storage::OpenOptions{});
  SQLite::Database& db = opened.sql();
  StatementTrace trace(db);
  const std::int64_t station = 1;
  auto ran = [&](const char* listing) {
    const auto statements = trace.take();
    CAPTURE(listing);
    CHECK_FALSE(statements.empty());
    for (const auto& sql : statements) {
      CAPTURE(sql);
      CHECK(big_tables_scanned(db, sql).empty());
    }
  };

  ledger::RecordFilter records;
  records.station_id = station;
  ledger::for_each_order(db, records, [](const auto&) {});
  ran("order list --station");
  ledger::for_each_parcel(db, records, [](const auto&, const auto&) {});
  ran("parcel list --station");
  ledger::for_each_purchase(db, records, [](const auto&, const auto&) {});
  ledger::for_each_sale(db, records, [](const auto&, const auto&) {});
  ledger::for_each_service(db, records, [](const auto&, const auto&) {});
  ran("export --station");
  ledger::for_each_overdue_parcel(db, station, "2026-11-28", 7, [](const auto&, const auto&) {});
  ran("parcel overdue --station");

  oversight::PostFilter posts;
  posts.station_id = station;
  oversight::for_each_post(db, posts, [](const auto&) {});
  ran("review post list --station");
  oversight::InspectionFilter inspections;
  inspections.station_id = station;
  oversight::for_each_inspection(db, inspections, [](const auto&) {});
  ran("inspect list --station");
  oversight::CallbackFilter callbacks;
  callbacks.station_id = station;
  oversight::for_each_callback(db, callbacks, [](const auto&) {});
  ran("review callback list --station");
  oversight::CreditFilter credit;
  credit.station_id = station;
  oversight::for_each_credit_incident(db, credit, [](const auto&) {});
  ran("review credit list --station");
  oversight::StocktakeFilter stocktakes;
  stocktakes.station_id = station;
  oversight::for_each_stocktake(db, stocktakes, [](const auto&) {});
  ran("inspect stocktake list --station");
  oversight::LoginFilter logins;
  logins.station_id = station;
  oversight::for_each_login_day(db, logins, [](const auto&) {});
  ran("review login list --station");
  ledger::OutreachFilter outreach;
  outreach.station_id = station;
  ledger::for_each_outreach(db, outreach, [](const auto&) {});
  ran("register outreach list --station");
  audit::AuditFilter entries;
  entries.station_code = "CN-A";
  audit::for_each_entry(db, entries, [](const auto&) {});
  ran("audit list --station");

  // The check can fail: without a filter, a listing reads its tables whole, and is seen to.
  oversight::for_each_post(db, oversight::PostFilter{}, [](const auto&) {});
  ledger::for_each_parcel(db, ledger::RecordFilter{}, [](const auto&, const auto&) {});
  for (const auto& sql : trace.take()) {
    CAPTURE(sql);
    CHECK_FALSE(big_tables_scanned(db, sql).empty());
  }
}
