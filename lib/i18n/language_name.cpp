#include "i18n/language_name.hpp"

#include <string>
#include <string_view>

namespace czs {

std::optional<Language> parse_language(std::string_view name)
{
  while (!name.empty() && name.front() == ' ') {
    name.remove_prefix(1);
  }
  while (!name.empty() && name.back() == ' ') {
    name.remove_suffix(1);
  }
  // The names a Chinese clerk types for either language.
  for (std::string_view zh : {"中文", "汉语", "简体中文"}) {
    if (name == zh) {
      return Language::zh;
    }
  }
  for (std::string_view en : {"英文", "英语"}) {
    if (name == en) {
      return Language::en;
    }
  }
  std::string lower;
  for (char c : name) {
    lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  // The language part of a locale name: up to its region (_ or -) or encoding (.).
  const std::string base = lower.substr(0, lower.find_first_of("_-."));
  if (base == "zh") {
    return Language::zh;
  }
  if (base == "en") {
    return Language::en;
  }
  return std::nullopt;
}

} // namespace czs
