#pragma once

#include <string>
#include <string_view>

namespace czs::cli {

// The name of the sheet a command with one table writes with --format xlsx: a short title of
// the command ("Sales export", 代销导出), translated, unique per command and at most 31
// characters; a command without one keeps its path ("export sales").
std::string sheet_name_for(std::string_view command_path);

} // namespace czs::cli
