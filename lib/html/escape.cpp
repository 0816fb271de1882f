#include "html/escape.hpp"

#include <fmt/format.h>

namespace czs::html {

std::string escape(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&#39;";
      break;
    default:
      // A control character is not allowed in an HTML document (and a clerk never meant one).
      if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n') {
        break;
      }
      out += c;
    }
  }
  return out;
}

std::string grouped(std::int64_t n)
{
  return grouped(std::string_view(fmt::format("{}", n)));
}

std::string grouped(std::string_view decimal)
{
  const bool negative = !decimal.empty() && decimal.front() == '-';
  const std::string_view unsigned_part = negative ? decimal.substr(1) : decimal;
  const std::size_t point = unsigned_part.find('.');
  const std::string_view whole = unsigned_part.substr(0, point);
  const std::string_view fraction = point == std::string_view::npos ? std::string_view() : unsigned_part.substr(point);
  if (whole.empty() || whole.find_first_not_of("0123456789") != std::string_view::npos
      || (fraction.size() > 1 && fraction.find_first_not_of("0123456789", 1) != std::string_view::npos)
      || fraction.size() == 1) {
    return std::string(decimal);
  }
  std::string out = negative ? "-" : "";
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) {
      out += ',';
    }
    out += whole[i];
  }
  out += fraction;
  return out;
}

} // namespace czs::html
