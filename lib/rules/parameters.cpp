#include "rules/parameters.hpp"

namespace czs::rules {

const Parameters& default_parameters()
{
  static const Parameters k_defaults;
  return k_defaults;
}

} // namespace czs::rules
