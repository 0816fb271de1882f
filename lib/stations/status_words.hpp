#pragma once

#include <string>

namespace czs::stations {

// "applied (已申请), open (已开业), ...": every station status with the Chinese a Chinese table
// prints (and parse_status accepts), for the hint of a refused status.
std::string status_list();

} // namespace czs::stations
