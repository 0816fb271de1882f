#include "ledger/pickup_code.hpp"

#include "base/error.hpp"

#include <random>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace czs::ledger {

std::string new_pickup_code(const std::function<std::uint32_t()>& draw,
                            const std::function<bool(const std::string&)>& taken)
{
  for (int attempt = 0; attempt < 1000; ++attempt) {
    const std::string code = fmt::format("{:06}", draw() % 1'000'000);
    if (!taken(code)) {
      return code;
    }
  }
  throw Error(ErrorKind::internal, "no free pickup code after 1000 draws");
}

std::string issue_pickup_code(SQLite::Database& db, std::int64_t station_id)
{
  // random_device reads the kernel's source: codes must not be guessable from earlier ones.
  std::random_device device;
  SQLite::Statement used(db, "SELECT 1 FROM parcel WHERE station_id = ? AND pickup_code = ? "
                             "AND status IN ('arrived', 'notified')");
  return new_pickup_code([&device] { return static_cast<std::uint32_t>(device()); },
                         [&](const std::string& code) {
                           used.reset();
                           used.bind(1, static_cast<std::int64_t>(station_id));
                           used.bind(2, code);
                           return used.executeStep();
                         });
}

bool is_pickup_code(const std::string& text)
{
  return text.size() == k_pickup_code_digits && text.find_first_not_of("0123456789") == std::string::npos;
}

} // namespace czs::ledger
