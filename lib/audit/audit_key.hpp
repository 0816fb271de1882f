#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace czs::audit {

// A county's audit key: 32 random bytes kept in a file outside the database, which signs every
// audit entry with an HMAC-SHA-256 (issue 15: a user who can write the database but cannot read
// the key cannot forge an entry). The file holds the bytes as 64 hex digits on one line.
struct AuditKey
{
  std::string bytes;           // the 32 key bytes
  std::string id;              // 16 hex digits naming the key without revealing it (an HMAC of a fixed text)
  std::string path;            // the file it was read from
  bool world_readable = false; // the file's mode lets every local user read it
};

// Reads the key at `path`. Throws Error(no_input) when the file is missing or unreadable and
// Error(bad_data) when it does not hold 64 hex digits; neither message shows the file's contents.
AuditKey load_key(const std::string& path);

// Creates a new random key at `path` (mode 0600, never over an existing file) and returns it.
// Throws Error(cant_create) naming the path when the file exists or cannot be written.
AuditKey create_key(const std::string& path);

// The HMAC-SHA-256 (64 lower-case hex digits) that signs the entry whose chain hash is `hash`.
std::string entry_mac(const AuditKey& key, std::string_view hash);

// The HMAC-SHA-256 of the chain's head (the newest entry's number and hash), so that entries
// cut from the end of a keyed log are caught even when the audit head is moved back with them.
std::string head_mac(const AuditKey& key, std::int64_t last_id, std::string_view last_hash);

} // namespace czs::audit
