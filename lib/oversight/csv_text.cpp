#include "oversight/csv_text.hpp"

#include "base/error.hpp"
#include "i18n/translate.hpp"
#include "text/csv.hpp"
#include "text/encoding.hpp"
#include "text/input_fields.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cctype>

namespace czs::oversight {

std::string csv_heading(std::string_view raw, bool gbk)
{
  std::string name;
  if (gbk) {
    if (auto utf8 = text::gbk_to_utf8(raw)) {
      name = *utf8;
    }
  } else {
    name = std::string(raw);
  }
  auto cleaned = text::input_text(name, "column", 100, false);
  name = cleaned ? *cleaned : std::string();
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return name;
}

std::string header_hint(const text::CsvRow& header, bool gbk, std::string otherwise)
{
  const bool looks_gbk = !gbk && std::any_of(header.fields.begin(), header.fields.end(), [](const auto& f) {
    return !text::is_valid_utf8(f) && text::looks_like_gbk(f);
  });
  return looks_gbk ? std::string(tr("the file looks like GBK (as Chinese Excel saves it): add --encoding gbk"))
                   : std::move(otherwise);
}

std::string csv_text(std::string raw, bool gbk, std::string_view column)
{
  text::undo_csv_safe_text(raw); // what an export's formula guard added
  if (gbk) {
    auto utf8 = text::gbk_to_utf8(raw);
    if (!utf8) {
      throw Error(ErrorKind::bad_data, trf("the {} is not GBK text", column),
                  tr("check the file's encoding; without --encoding gbk it is read as UTF-8"));
    }
    return *utf8;
  }
  if (!text::is_valid_utf8(raw)) {
    throw Error(ErrorKind::bad_data, trf("the {} is not valid UTF-8 text", column),
                text::looks_like_gbk(raw)
                    ? std::string(tr("the file looks like GBK (as Chinese Excel saves it): add --encoding gbk"))
                    : std::string(tr("save the export as UTF-8")));
  }
  return raw;
}

} // namespace czs::oversight
