#include "i18n/language_name.hpp"

#include <string>

namespace czs {

std::optional<Language> parse_language(std::string_view name)
{
  while (!name.empty() && name.front() == ' ') {
    name.remove_prefix(1);
  }
  while (!name.empty() && name.back() == ' ') {
    name.remove_suffix(1);
  }
  if (name == "中文") {
    return Language::zh;
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
