#pragma once

#include <string>
#include <vector>

namespace czs::storage {

// One numbered step of the schema: schemas/NNNN_name.sql, embedded at build time.
struct Migration
{
  int version;      // NNNN; the database's user_version after this step
  const char* name; // the file name, for messages
  const char* sql;
};

// Every migration shipped with this binary, in order; versions increase strictly
const std::vector<Migration>& embedded_migrations();

// The schema version this binary writes: the last migration's number.
int latest_schema_version();

} // namespace czs::storage
