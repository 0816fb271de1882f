// Free text and the common first step of numeric-like fields (see input_fields.hpp).
#include "text/input_fields.hpp"

#include "i18n/translate.hpp"
#include "text/mask.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

#include <cstdlib>
#include <memory>
#include <optional>

#include <fmt/format.h>
#include <utf8proc.h>

namespace czs::text {

namespace {

// Zero-width space, non-joiner, joiner, word joiner and the byte order mark: web pages and
// Word documents carry them invisibly, so "错那镇" and "错\u200B那镇" would be two townships.
bool is_zero_width(char32_t cp)
{
  return (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF;
}

// Control, format (bidi overrides, soft hyphen, ...) and separator characters that are not white
// space: a reader cannot see them, and a bidi override makes stored text read backwards.
bool is_hidden(char32_t cp)
{
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
  case UTF8PROC_CATEGORY_CC:
  case UTF8PROC_CATEGORY_CF:
  case UTF8PROC_CATEGORY_ZL:
  case UTF8PROC_CATEGORY_ZP:
  case UTF8PROC_CATEGORY_CS:
  case UTF8PROC_CATEGORY_CO:
    return true;
  default:
    return false;
  }
}

std::string code_point_label(char32_t cp)
{
  return fmt::format("<U+{:04X}>", static_cast<std::uint32_t>(cp));
}

std::string nfc(const std::string& s)
{
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(s.c_str());
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> out(utf8proc_NFC(bytes), &std::free);
  return out ? std::string(reinterpret_cast<const char*>(out.get())) : s;
}

// Characters cleaned: white space folded, zero-width removed, NFC; the message of a refusal
// says what is wrong without naming the field.
Result<std::string> clean(std::string_view value)
{
  using R = Result<std::string>;
  if (!is_valid_utf8(value)) {
    return R::failure(trf("'{}' is not valid UTF-8 text", visible(value)) + "; "
                      + tr("set the terminal or file to UTF-8 (a GBK file converts with: iconv -f GBK -t UTF-8)"));
  }
  std::string kept;
  kept.reserve(value.size());
  std::string hidden;
  bool plain = true;
  for (std::size_t pos = 0; pos < value.size();) {
    const Decoded d = decode_next(value, pos);
    const char32_t cp = d.code_point;
    // ASCII, Latin-1 letters, CJK ideographs and CJK or fullwidth punctuation never change
    // under NFC nor combine with what follows: most names and items skip utf8proc.
    if (cp >= 0x300 && !(cp >= 0x4E00 && cp <= 0x9FFF) && !(cp >= 0x3400 && cp <= 0x4DBF)
        && !(cp >= 0x3000 && cp <= 0x303F) && !(cp >= 0xFF01 && cp <= 0xFF5E)) {
      plain = false;
    }
    if (is_zero_width(cp)) {
      plain = false;
    } else if (is_space(cp)) {
      kept.push_back(' ');
    } else if (is_hidden(cp)) {
      if (hidden.find(code_point_label(cp)) == std::string::npos) {
        hidden += code_point_label(cp);
      }
    } else {
      kept.append(value.substr(pos, d.length));
    }
    pos += d.length;
  }
  if (!hidden.empty()) {
    return R::failure(trf("'{}' contains invisible control or text-direction characters ({}), which would "
                          "make the stored text differ from what is shown",
                          visible(value), hidden)
                      + "; " + tr("type the text again, or paste it as plain text"));
  }
  return normalize_spaces(plain ? kept : nfc(kept));
}

} // namespace

std::string visible(std::string_view s)
{
  std::string out;
  out.reserve(s.size());
  for (std::size_t pos = 0; pos < s.size();) {
    const Decoded d = decode_next(s, pos);
    if (!d.valid) {
      for (std::size_t i = 0; i < d.length; ++i) {
        out += fmt::format("<0x{:02X}>", static_cast<unsigned char>(s[pos + i]));
      }
    } else if (d.code_point != U' '
               && (is_space(d.code_point) || is_zero_width(d.code_point) || is_hidden(d.code_point))) {
      out += code_point_label(d.code_point);
    } else {
      out.append(s.substr(pos, d.length));
    }
    pos += d.length;
  }
  return out;
}

namespace {

// Whether a line break stands between two characters that are not white space: one at either
// end is trimmed as the other white space is.
bool breaks_inside(std::string_view value)
{
  bool seen_text = false;
  bool pending_break = false;
  for (std::size_t pos = 0; pos < value.size();) {
    const Decoded d = decode_next(value, pos);
    if (is_line_break(d.code_point)) {
      pending_break = seen_text;
    } else if (!is_space(d.code_point) && !is_zero_width(d.code_point)) {
      if (pending_break) {
        return true;
      }
      seen_text = true;
    }
    pos += d.length;
  }
  return false;
}

// Why a one-line value with a line break inside is refused (without the field's name): a name
// or code on two lines would break every table that shows it; Excel's Alt+Enter and a paste
// from a web page are the usual cause.
std::string line_break_refusal(std::string_view value)
{
  return trf("'{}' contains a line break, which this one-line field cannot hold", visible(value)) + "; "
         + tr("put it on one line (in Excel, remove the Alt+Enter from the cell)");
}

// The length and emptiness checks every text field shares.
Result<std::string> checked(std::string cleaned, const char* field, std::size_t max_chars, bool required)
{
  using R = Result<std::string>;
  if (required && cleaned.empty()) {
    return R::failure(trf("{} must not be empty", field));
  }
  const std::size_t length = code_point_count(cleaned);
  if (length > max_chars) {
    return R::failure(trf("{} is {} characters long; at most {} are allowed", field, length, max_chars));
  }
  return cleaned;
}

// The characters of `value` when cleaning would leave it as it is: printable ASCII and CJK
// ideographs (no control, format or zero-width character, nothing NFC changes), single spaces
// between words and none at the ends; nullopt otherwise. Most names, items and places are so:
// they skip the four decodings of the full path (an import reads millions of them).
std::optional<std::size_t> chars_if_clean(std::string_view value)
{
  if (value.empty() || value.front() == ' ' || value.back() == ' ') {
    return std::nullopt;
  }
  std::size_t chars = 0;
  bool after_space = false;
  for (std::size_t i = 0; i < value.size(); ++chars) {
    const auto c = static_cast<unsigned char>(value[i]);
    if (c < 0x80) {
      if (c < 0x20 || c == 0x7F || (c == ' ' && after_space)) {
        return std::nullopt;
      }
      after_space = c == ' ';
      ++i;
      continue;
    }
    if ((c & 0xF0) != 0xE0 || i + 2 >= value.size()) {
      return std::nullopt;
    }
    const auto b1 = static_cast<unsigned char>(value[i + 1]);
    const auto b2 = static_cast<unsigned char>(value[i + 2]);
    if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) {
      return std::nullopt;
    }
    const char32_t cp = (char32_t{c & 0x0Fu} << 12) | (char32_t{b1 & 0x3Fu} << 6) | char32_t{b2 & 0x3Fu};
    if (!(cp >= 0x4E00 && cp <= 0x9FFF) && !(cp >= 0x3400 && cp <= 0x4DBF)) {
      return std::nullopt;
    }
    after_space = false;
    i += 3;
  }
  return chars;
}

} // namespace

Result<std::string> input_text(std::string_view value, const char* field, std::size_t max_chars, bool required)
{
  using R = Result<std::string>;
  if (const auto chars = chars_if_clean(value); chars && *chars <= max_chars) {
    return std::string(value);
  }
  if (is_valid_utf8(value) && breaks_inside(value)) {
    return R::failure(trf("{}: {}", field, line_break_refusal(value)));
  }
  auto cleaned = clean(value);
  if (!cleaned) {
    return R::failure(trf("{}: {}", field, cleaned.error()));
  }
  return checked(std::move(cleaned).value(), field, max_chars, required);
}

Result<std::string> input_note(std::string_view value, const char* field, std::size_t max_chars, bool required)
{
  using R = Result<std::string>;
  // Refused as one-line text is (the message shows the whole value, its line breaks visible).
  if (auto whole = clean(value); !whole) {
    return R::failure(trf("{}: {}", field, whole.error()));
  }
  // Each line cleaned as one-line text is; the breaks between them kept as LF (CR LF, CR, NEL
  // and U+2028 alike), blank lines at either end dropped.
  std::string joined;
  std::size_t blank_lines = 0;
  const auto take_line = [&](std::string_view line) {
    const std::string cleaned = clean(line).value();
    if (cleaned.empty()) {
      ++blank_lines;
      return;
    }
    if (!joined.empty()) {
      joined.append(blank_lines + 1, '\n');
    }
    joined += cleaned;
    blank_lines = 0;
  };
  std::size_t start = 0;
  for (std::size_t pos = 0; pos < value.size();) {
    const Decoded d = decode_next(value, pos);
    if (!is_line_break(d.code_point)) {
      pos += d.length;
      continue;
    }
    take_line(value.substr(start, pos - start));
    const bool crlf = d.code_point == U'\r' && pos + 1 < value.size() && value[pos + 1] == '\n';
    pos += d.length + (crlf ? 1 : 0);
    start = pos;
  }
  take_line(value.substr(start));
  return checked(std::move(joined), field, max_chars, required);
}

Result<std::string> input_name(std::string_view value, const char* field, std::size_t max_chars, bool required)
{
  auto cleaned = input_text(value, field, max_chars, required);
  if (!cleaned) {
    return Result<std::string>::failure(hide_value(cleaned.error(), visible(value), mask_name(visible(value))));
  }
  return cleaned;
}

std::string hide_value(std::string message, std::string_view shown, std::string_view masked)
{
  if (shown.empty()) {
    return message;
  }
  for (std::size_t at = message.find(shown); at != std::string::npos; at = message.find(shown, at + masked.size())) {
    message.replace(at, shown.size(), masked);
  }
  return message;
}

std::string input_word(std::string_view value)
{
  const auto cleaned = input_text(value, "word", 200, false);
  if (!cleaned) {
    return {};
  }
  std::string word = fold_fullwidth(*cleaned);
  for (char& c : word) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return word;
}

std::string fold_fullwidth(std::string_view s)
{
  std::string out;
  out.reserve(s.size());
  for (std::size_t pos = 0; pos < s.size();) {
    const Decoded d = decode_next(s, pos);
    if (d.code_point >= 0xFF01 && d.code_point <= 0xFF5E) {
      out.push_back(static_cast<char>(d.code_point - 0xFEE0));
    } else if (d.code_point == 0x3000) {
      out.push_back(' ');
    } else {
      out.append(s.substr(pos, d.length));
    }
    pos += d.length;
  }
  return out;
}

Result<std::string> numeric_form(std::string_view value)
{
  // The common case, plain ASCII digits, letters and punctuation, single spaces between them
  // (a date and its time), needs no work.
  const bool plain = !value.empty() && value.size() < 64 && value.front() != '\'' && value.front() != '='
                     && value.front() != ' ' && value.back() != ' ' && [&] {
                          char previous = 0;
                          for (const char c : value) {
                            const auto u = static_cast<unsigned char>(c);
                            if (u < 0x20 || u >= 0x7F || (c == ' ' && previous == ' ')) {
                              return false;
                            }
                            previous = c;
                          }
                          return true;
                        }();
  if (plain) {
    return std::string(value);
  }
  if (is_valid_utf8(value) && breaks_inside(value)) {
    return Result<std::string>::failure(line_break_refusal(value));
  }
  auto cleaned = clean(value);
  if (!cleaned) {
    return cleaned;
  }
  std::string s = normalize_spaces(fold_fullwidth(*cleaned));
  // Excel's ways to keep a number as text: a leading apostrophe (also what export's formula
  // guard writes), or a formula that yields the text, ="0123".
  if (!s.empty() && s.front() == '\'') {
    s = normalize_spaces(std::string_view(s).substr(1));
  } else if (s.size() >= 3 && s.compare(0, 2, "=\"") == 0 && s.back() == '"') {
    s = normalize_spaces(std::string_view(s).substr(2, s.size() - 3));
  }
  return s;
}

} // namespace czs::text
