#pragma once

#include <string>
#include <string_view>
#include <utility>

#include <fmt/format.h>

// Marks a static string for extraction into the catalogue without translating it there; it is
// translated where it is shown, with tr().
#ifndef N_
#define N_(msgid) msgid
#endif

namespace czs {

// The languages czstation speaks. English is the source language of every message.
enum class Language
{
  en,
  zh
};

// Chooses the language of every later message: zh loads the gettext catalogue
// (czstation.mo) from $CZSTATION_LOCALEDIR, the build tree or the install prefix.
// Returns false when zh was asked for and no catalogue was found (messages stay English).
bool set_language(Language language);

// The language chosen from --lang, else from LANGUAGE / LC_ALL / LC_MESSAGES / LANG.
Language language_from_environment();

Language current_language();

// The translation of an English message id in the current language (the id itself in English
// or when the catalogue lacks it). Extracted by xgettext with --keyword=tr --keyword=trf.
const char* tr(const char* msgid);

// tr() followed by fmt formatting: trf("station {} not found", code).
template <typename... Args>
std::string trf(const char* msgid, Args&&... args)
{
  return fmt::format(fmt::runtime(tr(msgid)), std::forward<Args>(args)...);
}

// One sentence in both languages of messages, for text that is stored and read later by
// clerks of either language (a recorded finding's message). Where no Chinese catalogue was
// found, zh holds the English.
struct Bilingual
{
  std::string en;
  std::string zh;
};

// The text of `text` in the current language.
const std::string& in_current_language(const Bilingual& text);

// Switches the language of messages for the scope's lifetime, then back (the catalogue is read
// once per process, not per switch).
class LanguageScope
{
public:
  explicit LanguageScope(Language language);
  ~LanguageScope();
  LanguageScope(const LanguageScope&) = delete;
  LanguageScope& operator=(const LanguageScope&) = delete;

private:
  Language m_saved;
};

// For the scope's lifetime in_both_languages() makes only the current language's sentence and
// leaves the other empty: for sentences that are shown and never recorded (an assessment that is
// not applied), which then cost half the formatting and memory. Scopes nest.
class CurrentLanguageOnly
{
public:
  CurrentLanguageOnly();
  ~CurrentLanguageOnly();
  CurrentLanguageOnly(const CurrentLanguageOnly&) = delete;
  CurrentLanguageOnly& operator=(const CurrentLanguageOnly&) = delete;

private:
  bool m_saved;
};

// Whether a CurrentLanguageOnly scope is open.
bool current_language_only();

// `make()` called under each language: trf() calls inside it give the same sentence twice (or
// once, in the current language's member, inside a CurrentLanguageOnly scope).
template <typename Make>
Bilingual in_both_languages(Make&& make)
{
  Bilingual text;
  if (current_language_only()) {
    (current_language() == Language::zh ? text.zh : text.en) = make();
    return text;
  }
  {
    const LanguageScope en(Language::en);
    text.en = make();
  }
  {
    const LanguageScope zh(Language::zh);
    text.zh = make();
  }
  return text;
}

} // namespace czs
