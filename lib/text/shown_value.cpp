#include "text/shown_value.hpp"

#include "text/display_width.hpp"
#include "text/input_fields.hpp"

namespace czs::text {

std::string shown_value(std::string_view s)
{
  constexpr std::size_t k_columns = 40;
  return truncate_to_width(visible(s), k_columns);
}

} // namespace czs::text
