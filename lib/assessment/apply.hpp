#pragma once

#include "assessment/assessor.hpp"

#include <cstdint>
#include <optional>
#include <string>

#include <SQLiteCpp/Database.h>

namespace czs::audit {
class AuditedTransaction;
}

namespace czs::assessment {

// What applying an assessment recorded.
struct Applied
{
  bool already = false;      // the period had been applied before: nothing was recorded
  std::string applied_as_of; // when it was, the --as-of of that run
  std::int64_t run_id = 0;
  int orders = 0;   // rectification orders issued (stations now rectifying)
  int lifts = 0;    // orders lifted (stations open again)
  int eligible = 0; // stations found eligible for termination
};

// The quarter that must be applied before `quarter` can be: the first quarter after the last
// one that judged an order in force, when that is earlier than `quarter`.
std::optional<std::string> quarter_to_apply_first(SQLite::Database& db, const Period& quarter);

// Records the run, its findings, its decisions and per station which rules judged it, issues and lifts rectification
// orders (moving stations between open and rectifying on `as_of`) and follows the orders in force. Records nothing when
// the period was applied before.
Applied apply(audit::AuditedTransaction& tx, const Assessment& assessment, Date as_of);

} // namespace czs::assessment
