#include "importing/import_guards.hpp"

#include "i18n/translate.hpp"
#include "stations/station_store.hpp"
#include "text/spellcheck.hpp"

#include <SQLiteCpp/Statement.h>

namespace czs::importing {

const stations::Station* StationCache::find(const std::string& code)
{
  auto it = m_cache.find(code);
  if (it == m_cache.end()) {
    it = m_cache.emplace(code, stations::find_station(m_db, code)).first;
  }
  return it->second ? &*it->second : nullptr;
}

std::string StationCache::unknown(const std::string& code)
{
  if (m_codes.empty()) {
    SQLite::Statement q(m_db, "SELECT code FROM station");
    while (q.executeStep()) {
      m_codes.push_back(q.getColumn(0).getString());
    }
  }
  const std::string guess = text::closest_match(code, m_codes);
  return guess.empty() ? trf("no station with code {}", code)
                       : trf("no station with code {} (did you mean {}?)", code, guess);
}

CacheSize::CacheSize(SQLite::Database& db) : m_db(db), m_old(db.execAndGet("PRAGMA cache_size").getInt())
{
  m_db.exec("PRAGMA cache_size = -32768");
}

CacheSize::~CacheSize()
{
  m_db.exec("PRAGMA cache_size = " + std::to_string(m_old));
}

ForeignKeysChecked::ForeignKeysChecked(SQLite::Database& db) : m_db(db)
{
  m_db.exec("PRAGMA foreign_keys = OFF");
}

ForeignKeysChecked::~ForeignKeysChecked()
{
  m_db.exec("PRAGMA foreign_keys = ON");
}

} // namespace czs::importing
