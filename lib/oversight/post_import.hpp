#pragma once

#include "period/date.hpp"
#include "rules/parameters.hpp"

#include <cstdint>
#include <istream>
#include <string>

namespace czs::audit {
class AuditedTransaction;
}

namespace czs::oversight {

// How a content platform's CSV export is read.
struct PostImportOptions
{
  std::string source; // the file's name, for messages
  Date today;         // posts dated after it are refused
  bool gbk = false;   // the file is GB18030/GBK (as Chinese-locale Excel saves it), not UTF-8
  std::string actor;  // who decided a post whose row gives a decision without decided_by
};

// What an import did.
struct PostImportSummary
{
  std::int64_t rows = 0;       // data rows read
  std::int64_t imported = 0;   // posts recorded
  std::int64_t already = 0;    // rows whose post_id was imported before with the same text
  std::int64_t duplicates = 0; // imported posts marked duplicates
  std::int64_t flagged = 0;    // imported posts holding a banned word
  std::int64_t decided = 0;    // posts whose decision (approved or rejected) the file recorded
  std::int64_t empty_rows = 0; // lines whose fields were all empty, skipped
};

// Imports posts from a platform CSV export (RFC 4180, a header row naming the columns post_id
// (optional), station, date, title and body; Chinese headers 编号, 站点编号, 发布时间, 标题, 内容
// are accepted; other columns are ignored). Each row is submitted as PostSubmitter::submit
// does. A row whose post_id is already stored with the same station, date and text is skipped,
// so importing the same export twice changes nothing. A row that carries a decision (the
// columns status, decided_on, decided_by, reason and ground that `review post list` writes,
// read by read_decision) has it recorded as approve_post / reject_post record it, in `tx`; on a
// post stored undecided too, while a stored post decided otherwise is refused. Every broken row is reported (up to 20,
// each with its line) in one czs::Error(bad_data), and then nothing is written: the caller's
// transaction is not committed.
PostImportSummary import_posts(audit::AuditedTransaction& tx, std::istream& in, const PostImportOptions& options,
                               const rules::Parameters& params);

} // namespace czs::oversight
