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

} // namespace czs::text
