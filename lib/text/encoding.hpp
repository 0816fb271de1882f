#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace czs::text {

// bytes read as GB18030 (a superset of GBK and GB2312) converted to UTF-8, or nullopt when
// they are not valid GB18030 (an invalid or truncated sequence). ASCII converts to itself.
std::optional<std::string> gbk_to_utf8(std::string_view bytes);

// True when bytes are not valid UTF-8 but are valid GB18030: a file most likely saved by a
// Chinese-locale Excel or Notepad, worth a "save it as UTF-8" hint.
bool looks_like_gbk(std::string_view bytes);

// "an Excel workbook (.xlsx)" when `start`, a file's first bytes, is a zip archive (PK\3\4, as
// .xlsx, WPS .et and .ods files are), "an old Excel workbook (.xls)" for an OLE2 compound file;
// nullopt for anything else. A workbook given where CSV text is read needs "save it as CSV",
// not encoding advice.
std::optional<std::string> workbook_kind(std::string_view start);

} // namespace czs::text
