#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace czs {

// A compiled gettext catalogue (.mo file, as written by msgfmt) held in memory. We read the
// format ourselves rather than through libintl so a translation does not depend on the
// matching system locale being generated (fresh Debian images have only C.UTF-8).
class MoCatalog
{
public:
  // Parses a .mo image; nullopt when the bytes are not a valid catalogue.
  static std::optional<MoCatalog> parse(std::string_view bytes);

  // Reads and parses a .mo file; nullopt when it is missing or invalid.
  static std::optional<MoCatalog> load(const std::string& path);

  // The translation of msgid, or nullptr when the catalogue has none.
  const char* find(std::string_view msgid) const;

  std::size_t size() const { return m_messages.size(); }

private:
  std::unordered_map<std::string, std::string> m_messages;
};

} // namespace czs
