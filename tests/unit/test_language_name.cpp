#include <doctest/doctest.h>

#include "i18n/language_name.hpp"

using namespace czs;

TEST_SUITE_BEGIN("i18n");

TEST_CASE("parse_language reads zh and en in any case and as locale names, nothing else")
{
  for (const char* zh :
       {"zh", "ZH", "Zh", "zh_CN", "zh-CN", "zh_CN.UTF-8", "zh_TW", " zh ", "中文", "汉语", "简体中文"}) {
    CHECK_MESSAGE(parse_language(zh) == Language::zh, zh);
  }
  for (const char* en : {"en", "EN", "en_US", "en-GB.utf8", "英文", "英语"}) {
    CHECK_MESSAGE(parse_language(en) == Language::en, en);
  }
  for (const char* other : {"", "fr", "zhx", "chinese", "z", "english"}) {
    CHECK_MESSAGE(!parse_language(other), other);
  }
}

TEST_SUITE_END();
