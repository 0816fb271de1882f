#pragma once

#include "output.hpp"
#include "stations/station.hpp"

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace czs::cli {

class Context;

// The columns of a station row in listings and exports (keys documented in czstation(1)).
std::vector<Column> station_columns();
// In a table (for_people) status and premises read in the clerk's language; machine formats
// carry the stable names (applied, open, ...; village_office, ...).
std::vector<Cell> station_cells(const stations::Station& s, bool for_people);

// Adds `--batch TEXT` (only the stations of this construction batch, Art. 2.2) to a listing.
void add_batch_filter(CLI::App* sub, std::string& target);
// The batch a --batch filter names, as stored ("" when not given); a batch no station is in is
// refused (not found, with the known batches), not taken for an empty listing.
std::string batch_filter(Context& ctx, const std::string& text);

} // namespace czs::cli
