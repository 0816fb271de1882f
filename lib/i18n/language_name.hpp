#pragma once

#include "i18n/translate.hpp"

#include <optional>
#include <string_view>

namespace czs {

// A language as --lang names it: zh or en in any case, alone or with a region and encoding as
// a locale names it (zh_CN, zh-CN, ZH, zh_CN.UTF-8, en_US), or its Chinese name (中文, 汉语, 简体中文; 英文, 英语);
// nullopt for anything else.
std::optional<Language> parse_language(std::string_view name);

} // namespace czs
