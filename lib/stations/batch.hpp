#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <SQLiteCpp/Database.h>

namespace czs::audit {
class AuditedTransaction;
}

// Art. 2.2: stations are built in batches (建设批次) and phases. A station's batch is kept in a
// table of its own (schemas/0012), so the station rows the audit log recorded stay as they were.
namespace czs::stations {

struct Station;

// A station's batch and phase (0: no phase given), and the day they were set.
struct BatchAssignment
{
  std::string batch; // e.g. "2026年第一批"; empty when the station has none
  std::int64_t phase = 0;
  std::string set_on;
};

// The station's batch, or an empty assignment when none was set.
BatchAssignment batch_of(SQLite::Database& db, std::int64_t station_id);

// Sets (or changes) the station's batch and phase as of `date`, recording an insert or an update
// of its station_batch row in `tx`. Throws czs::Error(bad_data) for a closed station (its
// records are kept as they were) or an empty batch.
void set_batch(audit::AuditedTransaction& tx, const Station& station, const BatchAssignment& batch);

// Every batch that has a station, in order.
std::vector<std::string> batch_names(SQLite::Database& db);

// The batch as stored when a station has it; throws czs::Error(not_found) naming the known
// batches (and the closest one) when none has, so that a filter with a typo is not taken for
// an empty result.
std::string require_batch(SQLite::Database& db, std::string_view batch);

// The SQL condition "<column> is a station of batch ?<parameter>" (an indexed IN over
// station_batch), for listings that filter by batch: only added when a batch is given.
std::string batch_condition(std::string_view station_column, std::string_view parameter);

} // namespace czs::stations
