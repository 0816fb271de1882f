// The ledger (台账, Art. 10) as a printable document: the county's totals by kind, then the
// level asked for, one sheet per township when it lists stations; a single station's ledger
// is a sheet its head and the centre sign.

#include "html_report.hpp"

#include "html/chart.hpp"
#include "html/document.hpp"
#include "html/table.hpp"
#include "i18n/translate.hpp"

#include <map>

namespace czs::cli {

namespace {

using Kinds = std::array<ledger::LedgerTotal, 5>;

void add(Kinds& into, const Kinds& from)
{
  for (std::size_t k = 0; k < into.size(); ++k) {
    into[k].records += from[k].records;
    into[k].amount_fen += from[k].amount_fen;
    into[k].fee_fen += from[k].fee_fen;
  }
}

ledger::LedgerTotal sum(const Kinds& kinds)
{
  ledger::LedgerTotal s;
  for (const auto& k : kinds) {
    s.records += k.records;
    s.amount_fen += k.amount_fen;
    s.fee_fen += k.fee_fen;
  }
  return s;
}

std::string kind_name(std::size_t k)
{
  return kind_label(ledger::ledger_kinds()[k].name);
}

// One group's ledger by kind, with a total row.
std::string by_kind_table(const std::string& caption, const Kinds& kinds)
{
  html::Table t(caption, {{tr("kind")}, {tr("records"), true}, {tr("amount (yuan)"), true}, {tr("fee (yuan)"), true}});
  for (std::size_t k = 0; k < kinds.size(); ++k) {
    t.row({kind_name(k), count_text(kinds[k].records), yuan_text(kinds[k].amount_fen), yuan_text(kinds[k].fee_fen)});
  }
  const auto s = sum(kinds);
  t.total({tr("total"), count_text(s.records), yuan_text(s.amount_fen), yuan_text(s.fee_fen)});
  return t.html();
}

// Groups (stations or townships) as rows: records per kind, then the total with its money.
class GroupTable
{
public:
  GroupTable(const std::string& caption, bool stations) : m_stations(stations), m_table(caption, columns(stations)) {}

  void row(const LedgerGroup& g)
  {
    m_table.row(cells(m_stations ? g.code : std::string(), g.name, g.by_kind));
    add(m_total.by_kind, g.by_kind);
  }
  std::string html()
  {
    m_table.total(cells("", tr("total"), m_total.by_kind));
    return m_table.html();
  }

private:
  static std::vector<html::TableColumn> columns(bool stations)
  {
    std::vector<html::TableColumn> c;
    if (stations) {
      c.push_back({tr("code")});
    }
    c.push_back({stations ? tr("station") : tr("township")});
    for (std::size_t k = 0; k < 5; ++k) {
      c.push_back({kind_name(k), true});
    }
    c.push_back({tr("records"), true});
    c.push_back({tr("amount (yuan)"), true});
    c.push_back({tr("fee (yuan)"), true});
    return c;
  }
  std::vector<std::string> cells(const std::string& code, const std::string& name, const Kinds& kinds) const
  {
    std::vector<std::string> c;
    if (m_stations) {
      c.push_back(code);
    }
    c.push_back(name);
    for (const auto& k : kinds) {
      c.push_back(count_text(k.records));
    }
    const auto s = sum(kinds);
    c.push_back(count_text(s.records));
    c.push_back(yuan_text(s.amount_fen));
    c.push_back(yuan_text(s.fee_fen));
    return c;
  }

  bool m_stations;
  html::Table m_table;
  LedgerGroup m_total;
};

// Records by township, each bar a stack of the kinds.
std::string township_chart(const std::map<std::string, Kinds>& townships, const std::string& title)
{
  html::Chart c{"ledger-townships", title, tr("records"), {}, {}};
  for (std::size_t k = 0; k < 5; ++k) {
    c.series.push_back({kind_name(k), {}});
  }
  for (const auto& [township, kinds] : townships) {
    c.categories.push_back(township);
    for (std::size_t k = 0; k < 5; ++k) {
      c.series[k].values.push_back(static_cast<double>(kinds[k].records));
    }
  }
  return html::bar_chart(c);
}

void one_station_sheet(html::Document& doc, const Period& period, const LedgerGroup& s)
{
  doc.add(html::fields(
      {{tr("station"), s.name}, {tr("code"), s.code}, {tr("township"), s.township}, {tr("period"), label(period)}}));
  doc.add(by_kind_table(tr("Ledger records by kind"), s.by_kind));
  doc.add(html::signatures(
      {{tr("Station head (signature)"), ""}, {tr("Checked by the county e-commerce public service centre (seal)"), ""}},
      tr("Date")));
}

} // namespace

void write_ledger_document(Context& ctx, const Period& period, const std::string& by,
                           const std::vector<LedgerGroup>& stations, bool one_station)
{
  html::Document doc(ctx.out(), trf("Ledger {}", label(period)), html_lang());
  doc.add(html::heading(1, trf("Village e-commerce service station ledger, {}", label(period))));
  doc.add(html::paragraph(trf("Completed records (Art. 10) from {} to {}; printed {}", to_string(period.first),
                              to_string(period.last), to_string(ctx.today())),
                          "lead"));
  if (one_station && !stations.empty()) {
    one_station_sheet(doc, period, stations.front());
    return;
  }
  std::map<std::string, Kinds> townships;
  Kinds county{};
  for (const auto& s : stations) {
    add(townships[s.township], s.by_kind);
    add(county, s.by_kind);
  }
  doc.add(by_kind_table(tr("The whole county by kind"), county));
  if (by == "county") {
    return;
  }
  if (by == "batch") {
    std::map<std::string, Kinds> batches;
    for (const auto& s : stations) {
      add(batches[s.batch], s.by_kind);
    }
    GroupTable t(tr("By construction batch"), false);
    for (const auto& [batch, kinds] : batches) {
      const std::string name = batch.empty() ? std::string(tr("stations without a batch")) : batch;
      t.row({"", name, name, kinds, {}});
    }
    doc.add(t.html());
    return;
  }
  doc.add(township_chart(townships, tr("Records by township and kind")));
  if (by == "township") {
    GroupTable t(tr("By township"), false);
    for (const auto& [township, kinds] : townships) {
      t.row({"", township, township, kinds, {}});
    }
    doc.add(t.html());
    return;
  }
  // By station: one sheet per township, so each township's pages can be handed out.
  for (auto it = stations.begin(); it != stations.end();) {
    const std::string township = it->township;
    doc.sheet();
    doc.add(html::heading(2, trf("{}: ledger by station, {}", township, label(period))));
    GroupTable t(tr("By station"), true);
    for (; it != stations.end() && it->township == township; ++it) {
      t.row(*it);
    }
    doc.add(t.html());
  }
}

} // namespace czs::cli
