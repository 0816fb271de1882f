#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "i18n/translate.hpp"

int main(int argc, char** argv)
{
  // Unit tests assert English messages whatever the developer's LANG is.
  czs::set_language(czs::Language::en);
  doctest::Context context;
  context.applyCommandLine(argc, argv);
  return context.run();
}
