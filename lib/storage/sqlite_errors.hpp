#pragma once

#include "base/error.hpp"

#include <SQLiteCpp/Exception.h>

namespace czs::storage {

// The czs::Error a SQLite failure means to a clerk: busy becomes "another czstation is
// writing" (exit 75), a full disk or I/O failure an I/O error, a corrupt file bad data,
// a constraint a conflict. The raw SQLite text is kept only as a detail in the hint.
Error translate(const SQLite::Exception& e);

} // namespace czs::storage
