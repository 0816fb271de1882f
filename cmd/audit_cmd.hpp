#pragma once

#include "command.hpp"

#include <cstdint>
#include <string>

namespace czs::cli {

// `czstation audit [list]` lists the audit log; `audit verify` checks its chain; `audit anchor`
// prints its head; `audit sign` signs it with a key kept outside the database.
void add_audit(CLI::App& app, Context& ctx, Action& chosen);

// What signing the log did: the key's id and file, and how many entries were signed.
struct SignedLog
{
  std::string key_id;
  std::string key_file;
  std::int64_t entries = 0;
};

// Signs the whole log with the key in `key_file`, made there (mode 0600) when the file does not
// exist yet; tells the clerk on stderr where a new key is and to name it in the config file.
// Throws czs::Error as audit::sign_verified_log and audit::load_key/create_key do; a key made
// here is removed again when signing fails.
SignedLog sign_with_key_file(Context& ctx, const std::string& key_file);

} // namespace czs::cli
