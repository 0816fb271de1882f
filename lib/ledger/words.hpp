#pragma once

#include "ledger/catalogue.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace czs::ledger {

// The fixed words of the ledger, each with the Chinese a Chinese table prints and a clerk may
// type instead: one table per kind of word, so options and tables agree.

// Every status of a purchase, sale, service, parcel or dispute (requested 已登记, ...).
std::span<const Choice> record_statuses();
// The kinds of record order list shows: purchase 代购, sale 代销, service 便民服务, dispute 纠纷.
std::span<const Choice> record_kinds();
// A parcel's direction: in 到件, out 寄件.
std::span<const Choice> parcel_directions();

// The kinds of the ledger (台账) and their total: purchase 代购, sale 代销, service 便民服务,
// parcel_in 到件, parcel_out 寄件, total 合计.
std::span<const Choice> ledger_kind_words();
// The levels a ledger report groups by: station 服务站, township 乡镇, county 全县, batch 建设批次.
std::span<const Choice> report_levels();
// The kinds of an outreach activity (Art. 4.1): publicity 宣传, training 培训, online_safety
// 网络安全讲座.
std::span<const Choice> outreach_kinds();

// The kinds of an assessment period, as assess history lists runs: month 月度, quarter 季度.
std::span<const Choice> period_kinds();

// A step of a record's history (history.hpp) as a table shows it: a status, or a step that is
// none (exchanged, dispute_opened ..., sold_again, delisted), in the clerk's language.
std::string history_step_for_people(std::string_view step);

// The English key of a word or its Chinese (trimmed, NFC), or nullopt when the table lacks it.
std::optional<std::string> parse_word(std::span<const Choice> words, std::string_view text);
// The word as a table shows it: its Chinese when the clerk's language is Chinese, else the
// key; an unknown key as is.
std::string word_for_people(std::span<const Choice> words, std::string_view key);

} // namespace czs::ledger
