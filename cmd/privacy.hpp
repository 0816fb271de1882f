#pragma once

#include "context.hpp"

#include <string>

namespace czs::cli {

// Art. 13: villagers' names and phone numbers, masked (卓*, 139****0002) in every listing,
// report and export unless --reveal was given.
class Privacy
{
public:
  explicit Privacy(const Context& ctx) : m_reveal(ctx.options.reveal) {}

  std::string name(const std::string& value) const;
  std::string phone(const std::string& value) const;
  bool revealing() const { return m_reveal; }

private:
  bool m_reveal;
};

// Writes to the audit log, in a transaction of its own and before anything is shown, who
// revealed which private data: `what` says which records (the entry also carries the actor and
// the command line). Does nothing without --reveal.
void log_reveal(Context& ctx, const std::string& what, const std::string& station_code = {});

} // namespace czs::cli
