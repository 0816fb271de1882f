#include "storage/migrations.hpp"

namespace czs::storage {

int latest_schema_version()
{
  const auto& all = embedded_migrations();
  return all.empty() ? 0 : all.back().version;
}

} // namespace czs::storage
