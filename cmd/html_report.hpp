#pragma once

// The printable HTML documents of --format html (cmd/html_commands.hpp lists the commands),
// built with lib/html from what lib/ gathered: which sections each document has, in the
// clerk's language. Nothing here queries the database.

#include "context.hpp"

#include "evaluation/station_evaluation.hpp"
#include "ledger/ledger.hpp"
#include "ledger/outreach.hpp"
#include "oversight/inspection.hpp"
#include "period/period.hpp"
#include "stations/station.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace czs::county_report {
struct Rectification;
}

namespace czs::cli {

// HTML's lang attribute for the clerk's language: "zh-CN" or "en".
std::string html_lang();
// A count with grouped digits ("12,345").
std::string count_text(std::int64_t n);
// Fen as yuan with two decimals and grouped digits ("12,345.60").
std::string yuan_text(std::int64_t fen);
// A ledger kind (purchase, sale, service, parcel_in, parcel_out) in the clerk's language.
std::string kind_label(std::string_view kind);

// The quarterly county report for leadership (report overview --period QUARTER --format html).
void write_quarter_report(Context& ctx, const Period& quarter);
// A rectification order's standing at the quarter's end in words: ordered or lifted this
// quarter, or in force with its quarters without improvement (the HTML and xlsx reports).
std::string rectification_standing(const county_report::Rectification& order);

// One station's or group's ledger over the period, each kind in the order of ledger_kinds().
struct LedgerGroup
{
  std::string code; // a station's code; empty for a township or the county
  std::string name;
  std::string township;
  std::array<ledger::LedgerTotal, 5> by_kind{};
  std::string batch; // the station's construction batch (Art. 2.2); empty: none
};

// The ledger (台账) of `stations` (every station in the report, by township then code) over the
// period, summed at the level `by` asks (station, township or county); a single station's
// ledger (`one_station`) is a sheet with its head's and the centre's signature lines.
void write_ledger_document(Context& ctx, const Period& period, const std::string& by,
                           const std::vector<LedgerGroup>& stations, bool one_station);

// The evaluation sheet (考核表, Art. 7.2, 10): a page per station with the period's facts, the
// findings with their articles, the result, and lines for the station head's and the centre's
// signatures; a recorded run's audit anchor when the findings are recorded ones.
void write_evaluation_document(Context& ctx, const evaluation::Evaluation& evaluation);

// An evaluation's result in words: the number of findings, or the score and grade when the
// rules file scores (cmd/report_evaluation.cpp, which prints the same line in its table).
std::string evaluation_result_text(const evaluation::Evaluation& e, const evaluation::StationEvaluation& s);

// The posts rejected under Art. 9 (untrue, non-standard wording) in words, for the evaluation's
// table and sheet (cmd/report_evaluation.cpp).
std::string art9_rejections_text(const evaluation::StationFacts& f);
// The days a station was active on the content platform in words (Art. 12), out of the days it
// operated in the period: the table and the evaluation sheet print the same line.
std::string login_days_text(std::int64_t login_days, int operated_days);
// A period's outreach activities (Art. 4.1) in words: how many, the villagers attending, the
// kinds ("none" without any); cmd/report_evaluation.cpp.
std::string outreach_text(const ledger::OutreachCount& count);

// The inspection record sheet (巡检记录表, Art. 10) of one visit, with signature lines for the
// inspector, the station head and the centre.
void write_inspection_sheet(Context& ctx, const oversight::Inspection& inspection, const stations::Station& station);

} // namespace czs::cli
