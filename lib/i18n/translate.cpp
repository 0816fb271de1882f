#include "i18n/translate.hpp"

#include "i18n/chinese_lookup.hpp"
#include "i18n/mo_catalog.hpp"

#include <cstdlib>
#include <mutex>
#include <optional>
#include <vector>

namespace czs {

namespace {

struct State
{
  Language language = Language::en;
  // Read once, whichever thread asks first, and kept: switching back and forth
  // (in_both_languages) and tr_chinese read it without loading it again.
  std::once_flag zh_once;
  std::optional<MoCatalog> zh_catalog;
  const MoCatalog* catalog = nullptr; // the current language's; none for English
  bool current_only = false;          // CurrentLanguageOnly is open
};

State& state()
{
  static State s;
  return s;
}

std::vector<std::string> catalogue_candidates()
{
  const std::string tail = "/zh_CN/LC_MESSAGES/czstation.mo";
  std::vector<std::string> paths;
  if (const char* dir = std::getenv("CZSTATION_LOCALEDIR"); dir && *dir) {
    paths.push_back(dir + tail);
  }
  paths.push_back(CZSTATION_LOCALEDIR + tail);
  paths.push_back(CZSTATION_BUILD_LOCALEDIR + tail);
  return paths;
}

std::string_view first_set(std::initializer_list<const char*> names)
{
  for (const char* name : names) {
    if (const char* v = std::getenv(name); v && *v) {
      return v;
    }
  }
  return {};
}

const MoCatalog* chinese_catalogue()
{
  State& s = state();
  std::call_once(s.zh_once, [&s] {
    for (const auto& path : catalogue_candidates()) {
      if ((s.zh_catalog = MoCatalog::load(path))) {
        return;
      }
    }
  });
  return s.zh_catalog ? &*s.zh_catalog : nullptr;
}

} // namespace

bool set_language(Language language)
{
  State& s = state();
  s.language = language;
  s.catalog = nullptr;
  if (language == Language::en) {
    return true;
  }
  const MoCatalog* zh = chinese_catalogue();
  if (!zh) {
    s.language = Language::en;
    return false;
  }
  s.catalog = zh;
  return true;
}

const char* tr_chinese(const char* msgid)
{
  const MoCatalog* zh = chinese_catalogue();
  const char* translated = zh ? zh->find(msgid) : nullptr;
  return translated ? translated : msgid;
}

Language language_from_environment()
{
  // The POSIX precedence: LANGUAGE (a list, first entry wins), then LC_ALL, LC_MESSAGES, LANG.
  const std::string_view value = first_set({"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"});
  return value.substr(0, 2) == "zh" ? Language::zh : Language::en;
}

Language current_language()
{
  return state().language;
}

const std::string& in_current_language(const Bilingual& text)
{
  return current_language() == Language::zh ? text.zh : text.en;
}

LanguageScope::LanguageScope(Language language) : m_saved(current_language())
{
  set_language(language);
}

LanguageScope::~LanguageScope()
{
  set_language(m_saved);
}

CurrentLanguageOnly::CurrentLanguageOnly() : m_saved(state().current_only)
{
  state().current_only = true;
}

CurrentLanguageOnly::~CurrentLanguageOnly()
{
  state().current_only = m_saved;
}

bool current_language_only()
{
  return state().current_only;
}

const char* tr(const char* msgid)
{
  const State& s = state();
  if (!s.catalog) {
    return msgid;
  }
  const char* translated = s.catalog->find(msgid);
  return translated ? translated : msgid;
}

} // namespace czs
