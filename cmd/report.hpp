#pragma once

#include "command.hpp"

#include "output.hpp"

#include "period/period.hpp"

#include <string>
#include <utility>
#include <vector>

namespace CLI {
class App;
}

namespace czs::county_report {
struct QuarterReport;
}

namespace czs::evaluation {
struct Evaluation;
}

namespace czs::cli {

// `czstation report ledger`: completed records by kind with amounts and fees, per station,
// township or county, for a period; `czstation report checks`: the R-FEE and R-PICKUP-NOTICE
// findings among the records of a period.
void add_report(CLI::App& app, Context& ctx, Action& chosen);

// `czstation report overview`: the county at a quarter's end (report_overview.cpp).
void add_report_overview(CLI::App& report, Context& ctx, Action& chosen);

// The period of a report's --period, which must have begun by today (--as-of): a report of a
// period to come would print a county of zeros as if it were a fact. Throws czs::Error(usage)
// for a malformed period, (bad_data) for one that has not begun.
Period report_period(const Context& ctx, const std::string& text);

// The quarterly county report as a workbook (report overview --format xlsx,
// xlsx_quarter_report.cpp): the `summary` figures on a first sheet, then one sheet per section
// of the printed report (stations, batches, volume, trend, findings, rectifications, eligible
// terminations, inspections, callbacks, disputes, most and least active), named in the clerk's
// language; counts and amounts are numbers, codes and periods text.
void write_quarter_workbook(Context& ctx, const county_report::QuarterReport& report,
                            const std::vector<std::pair<Column, Cell>>& summary);

// `czstation report disputes`: purchase disputes by kind per station and quarter (report_disputes.cpp).
void add_report_disputes(CLI::App& report, Context& ctx, Action& chosen);

// `czstation report evaluation`: each station's evaluation of a month or quarter (report_evaluation.cpp).
void add_report_evaluation(CLI::App& report, Context& ctx, Action& chosen);

// The evaluation as a workbook (report evaluation --format xlsx, xlsx_evaluation.cpp): sheets of
// one row per station (summary; posts and activity; pickup, fees, callbacks of a quarter and
// outreach), per finding (rule, article, measured, threshold, the text in the clerk's language,
// points deducted), per inspection (a date), per stock-take and per ledger kind (amount and fee
// in yuan, two decimals), named in the clerk's language.
void write_evaluation_workbook(Context& ctx, const evaluation::Evaluation& evaluation);

} // namespace czs::cli
