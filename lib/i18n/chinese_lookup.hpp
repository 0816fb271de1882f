#pragma once

namespace czs {

// The Chinese translation of an English message id whatever the current language, or the id
// itself when no catalogue was found or it lacks the message. Safe from any thread: it never
// switches the language (the catalogue is read once, under std::call_once), so the import's
// reading thread can match a word against the label a Chinese table prints.
const char* tr_chinese(const char* msgid);

} // namespace czs
