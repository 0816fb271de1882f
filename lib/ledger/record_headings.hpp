#pragma once

#include <span>
#include <string_view>

namespace czs::ledger {

// One column of a ledger record's files: its key (CSV header and JSON key, stable English) and
// its heading for people (an English message id, translated where a table or a workbook prints
// it). The one table of each kind: export writes these columns and headings, and import accepts
// each heading, in English and in Chinese, as an alias of its key (czstation-import(1)).
struct RecordHeading
{
  const char* key;
  const char* heading;
};

// The columns of `export purchases|sales|services|parcels`, in order.
std::span<const RecordHeading> purchase_headings();
std::span<const RecordHeading> sale_headings();
std::span<const RecordHeading> service_headings();
std::span<const RecordHeading> parcel_headings();

// Headings earlier versions printed for a column and no longer do (a parcel's name was
// 名称 before 姓名), still accepted by import, in English and Chinese, so its files import again.
std::span<const RecordHeading> former_headings();

// The heading (message id) of `key` among `headings`, or nullptr when it has none.
const char* heading_of(std::span<const RecordHeading> headings, std::string_view key);

} // namespace czs::ledger
