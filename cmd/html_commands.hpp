#pragma once

#include <string>
#include <vector>

namespace czs::cli {

// The commands that write a printable HTML document with --format html: the quarterly county
// report (report overview), the ledger (report ledger) and an inspection's record sheet
// (inspect show). Any other command refuses html before it runs, so nothing is written first.
bool writes_html(const std::vector<std::string>& path);

// Throws czs::Error(usage) when the command at `path` ({"report", "overview"}) does not write
// HTML, naming the ones that do.
void require_html_command(const std::vector<std::string>& path);

} // namespace czs::cli
