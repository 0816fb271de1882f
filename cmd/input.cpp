#include "input.hpp"

#include "i18n/translate.hpp"
#include "text/encoding.hpp"
#include "text/input_fields.hpp"
#include "text/shown_value.hpp"
#include "text/validate.hpp"

namespace czs::cli {

std::string required_text(const std::string& value, const char* option, std::size_t max_chars)
{
  return must(text::clean_text(value, option, max_chars, true));
}

std::string optional_text(const std::string& value, const char* option, std::size_t max_chars)
{
  return must(text::clean_text(value, option, max_chars, false));
}

std::string required_note(const std::string& value, const char* option, std::size_t max_chars)
{
  return must(text::input_note(value, option, max_chars, true));
}

std::string optional_note(const std::string& value, const char* option, std::size_t max_chars)
{
  return must(text::input_note(value, option, max_chars, false));
}

std::string person_name(const std::string& value, const char* option)
{
  return must(text::input_name(value, option, 50, true));
}

std::string station_code(const std::string& value, const char* option)
{
  return must(text::clean_code(value, option));
}

std::string identifier(const std::string& value, const char* option, std::size_t max_chars)
{
  return must(text::input_identifier(value, option, max_chars));
}

std::int64_t area_centi_m2(const std::string& value, const char* option)
{
  // 100,000 m² is far beyond any village station; it catches typos like 1e9 or 30000000.
  return must(text::input_decimal(value, 2, 10'000'000, option));
}

std::int64_t population(const std::string& value, const char* option)
{
  return must(text::input_count(value, 10'000'000, option));
}

std::optional<Period> period_option(const std::string& text, const char* option)
{
  if (text.empty()) {
    return std::nullopt;
  }
  return required_period(text, option);
}

Period required_period(const std::string& text, const char* option)
{
  auto period = text::input_period(text);
  if (!period) {
    throw Error(ErrorKind::usage, trf("{}: {}", option, period.error()));
  }
  return *period;
}

std::ifstream open_input_file(const std::string& path)
{
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error(ErrorKind::no_input, trf("cannot read {}", path), tr("check the file's name and that it is readable"));
  }
  return in;
}

bool gbk_encoding(const std::string& encoding)
{
  // As people write them (GBK, UTF8); GB2312 and GB18030 are read by the same converter, which
  // reads GB18030, their superset.
  const std::string name = text::input_word(encoding);
  if (name == "utf-8" || name == "utf8") {
    return false;
  }
  if (name == "gbk" || name == "gb18030" || name == "gb2312") {
    return true;
  }
  throw Error(ErrorKind::usage, trf("--encoding: unknown encoding '{}'", text::shown_value(encoding)),
              tr("use --encoding utf-8 or --encoding gbk"));
}

bool file_is_gbk(std::ifstream& in, const std::string& encoding)
{
  if (!encoding.empty()) {
    return gbk_encoding(encoding);
  }
  // Sniffed from the file's start, up to its last whole line (a GBK character is never cut):
  // a platform export saved by Chinese Excel reads as GBK without an option, as `import` does.
  std::string start(64 * 1024, '\0');
  in.read(start.data(), static_cast<std::streamsize>(start.size()));
  start.resize(static_cast<std::size_t>(in.gcount()));
  in.clear();
  in.seekg(0);
  if (const auto end = start.rfind('\n'); end != std::string::npos && start.size() == 64 * 1024) {
    start.resize(end + 1);
  }
  return text::looks_like_gbk(start);
}

} // namespace czs::cli
