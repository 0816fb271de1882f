#include "oversight/post_text.hpp"

#include "i18n/translate.hpp"
#include "text/utf8.hpp"

namespace czs::oversight {

namespace {

// One line with its trailing spaces removed.
void append_line(std::string& out, std::string line)
{
  while (!line.empty() && line.back() == ' ') {
    line.pop_back();
  }
  out += line;
  out += '\n';
}

bool is_blank_line_at(const std::string& text, std::size_t pos)
{
  return pos < text.size() && text[pos] == '\n';
}

} // namespace

Result<std::string> clean_body(std::string_view input, const char* field, std::size_t max_chars)
{
  using R = Result<std::string>;
  if (!text::is_valid_utf8(input)) {
    return R::failure(trf("{} is not valid UTF-8 text", field) + "; "
                      + tr("set the terminal or file to UTF-8 (a GBK file converts with: iconv -f GBK -t UTF-8)"));
  }
  std::string lines;
  std::string line;
  for (std::size_t i = 0; i < input.size(); ++i) {
    const auto c = static_cast<unsigned char>(input[i]);
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < input.size() && input[i + 1] == '\n') {
        ++i;
      }
      append_line(lines, std::move(line));
      line.clear();
    } else if (c == '\t') {
      line += ' ';
    } else if (c < 0x20 || c == 0x7f) {
      return R::failure(trf("{} contains control characters (escapes or other invisible bytes)", field));
    } else {
      line += static_cast<char>(c);
    }
  }
  append_line(lines, std::move(line));
  std::size_t begin = 0;
  while (is_blank_line_at(lines, begin)) {
    ++begin;
  }
  std::size_t end = lines.size();
  while (end > begin && lines[end - 1] == '\n') {
    --end;
  }
  std::string cleaned = lines.substr(begin, end - begin);
  if (cleaned.find_first_not_of(" \n") == std::string::npos) {
    return R::failure(trf("{} must not be empty", field));
  }
  const std::size_t length = text::code_point_count(cleaned);
  if (length > max_chars) {
    return R::failure(trf("{} is {} characters long; at most {} are allowed", field, length, max_chars));
  }
  return cleaned;
}

} // namespace czs::oversight
