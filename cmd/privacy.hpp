#pragma once

#include "context.hpp"

#include <string>

namespace czs::audit {
class AuditedTransaction;
}

namespace czs::cli {

// Art. 13: villagers' names and phone numbers, masked (卓*, 139****0002) in every listing,
// report and export unless --reveal was given and the reveal was logged (log_reveal): a command
// that does not log what it reveals (one that writes a record) shows them masked even with
// --reveal, so nothing private is shown without its audit entry.
class Privacy
{
public:
  explicit Privacy(const Context& ctx) : m_ctx(ctx) {}

  std::string name(const std::string& value) const;
  std::string phone(const std::string& value) const;
  bool revealing() const { return m_ctx.options.reveal && m_ctx.reveal_logged(); }

private:
  const Context& m_ctx;
};

// Writes to the audit log, in a transaction of its own and before anything is shown, who
// revealed which private data: `what` says which records (the entry also carries the actor and
// the command line). Does nothing without --reveal.
void log_reveal(Context& ctx, const std::string& what, const std::string& station_code = {});

// The same for a command that writes: with --reveal, notes `what` in the command's own audit
// entry (committed with its change, before anything is shown). Does nothing without --reveal.
void note_reveal(Context& ctx, audit::AuditedTransaction& tx, const std::string& what);

} // namespace czs::cli
