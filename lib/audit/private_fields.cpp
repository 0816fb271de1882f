#include "audit/private_fields.hpp"

#include "storage/private_data.hpp"
#include "text/mask.hpp"

#include <algorithm>
#include <utility>
#include <vector>

namespace czs::audit {

namespace {

// The end of the JSON string that starts at `from` (the index of its closing quote).
std::size_t string_end(std::string_view json, std::size_t from)
{
  for (std::size_t i = from; i < json.size(); ++i) {
    if (json[i] == '\\') {
      ++i;
    } else if (json[i] == '"') {
      return i;
    }
  }
  return json.size();
}

// The private column a key names, nullptr for any other key. A column in several tables
// (villager_name) is one entry: images name columns only.
const storage::PrivateColumn* private_column(std::string_view key)
{
  for (const auto& c : storage::private_columns()) {
    if (c.column == key) {
      return &c;
    }
  }
  return nullptr;
}

// Splits a shell-quoted command line (as cmd/ writes it: words, or '...' with '\'' for a quote)
// into its words.
std::vector<std::string> shell_words(std::string_view line)
{
  std::vector<std::string> words;
  std::string word;
  bool in_word = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == ' ') {
      if (in_word)
        words.push_back(std::exchange(word, {}));
      in_word = false;
    } else if (c == '\'') {
      in_word = true;
      for (++i; i < line.size() && line[i] != '\''; ++i)
        word.push_back(line[i]);
    } else if (c == '\\' && i + 1 < line.size()) {
      in_word = true;
      word.push_back(line[++i]);
    } else {
      in_word = true;
      word.push_back(c);
    }
  }
  if (in_word)
    words.push_back(word);
  return words;
}

// Characters a word may hold and still mean itself to the shell unquoted (non-ASCII text such
// as Chinese names too); anything else, a mask's '*' above all, would be expanded or split.
bool shell_safe(char c)
{
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
         || std::string_view("-_./:=,@%+").find(c) != std::string_view::npos;
}

// The word as the shell would need it again: single-quoted unless every character is safe, so a
// masked command line stays a valid one (`--villager '卓*'`, never a glob).
std::string requote(const std::string& word)
{
  if (!word.empty() && std::all_of(word.begin(), word.end(), shell_safe)) {
    return word;
  }
  std::string out = "'";
  for (const char c : word) {
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return out + "'";
}

// Whether the words of `command` ("order purchase add") come in that order among `seen`, the
// words before an option: the option then belongs to that command (global options may stand
// between the words).
bool in_command(const std::vector<std::string_view>& seen, std::string_view command)
{
  std::size_t at = 0;
  while (!command.empty()) {
    const std::size_t space = command.find(' ');
    const std::string_view word = command.substr(0, space);
    command = space == std::string_view::npos ? std::string_view() : command.substr(space + 1);
    const auto found = std::find(seen.begin() + static_cast<std::ptrdiff_t>(at), seen.end(), word);
    if (found == seen.end()) {
      return false;
    }
    at = static_cast<std::size_t>(found - seen.begin()) + 1;
  }
  return true;
}

} // namespace

std::string mask_private(storage::PrivateKind kind, std::string_view value)
{
  switch (kind) {
  case storage::PrivateKind::phone:
    return text::mask_phone(value);
  case storage::PrivateKind::code:
    return text::mask_code(value);
  case storage::PrivateKind::name:
    break;
  }
  return text::mask_name(value);
}

std::string mask_private_arguments(std::string_view command_line)
{
  std::string out;
  std::vector<std::string_view> seen;              // the words so far, for an option limited to a subcommand
  const storage::PrivateOption* pending = nullptr; // a private option whose value comes next
  const auto words = shell_words(command_line);
  for (const auto& word : words) {
    std::string shown = word;
    if (pending != nullptr) {
      shown = mask_private(pending->kind, word);
      pending = nullptr;
    } else {
      for (const auto& option : storage::private_options()) {
        if (!in_command(seen, option.command)) {
          continue;
        }
        if (word == option.option) {
          pending = &option;
        } else if (word.size() > option.option.size() && word.compare(0, option.option.size(), option.option) == 0
                   && word[option.option.size()] == '=') {
          shown = std::string(option.option) + "="
                  + mask_private(option.kind, std::string_view(word).substr(option.option.size() + 1));
        }
      }
    }
    seen.push_back(word);
    out += out.empty() ? "" : " ";
    out += requote(shown);
  }
  return out;
}

std::string mask_private_fields(std::string_view json)
{
  // One pass over the text, from colon to colon. The images are SQLite's compact json_object()
  // text, so a private value is always written exactly so: "column":"value" (a NULL,
  // "column":null, has nothing to mask), and the three characters ":" occur only between a key
  // and its text value: inside a string a quote is escaped. A province's log is gigabytes: no
  // copy per column, no stop at every quote.
  std::string out;
  out.reserve(json.size());
  std::size_t copied = 0; // json before this is in `out`
  for (std::size_t colon = json.find(':'); colon != std::string_view::npos && colon + 1 < json.size();
       colon = json.find(':', colon + 1)) {
    if (colon == 0 || json[colon - 1] != '"' || json[colon + 1] != '"') {
      continue;
    }
    const std::size_t key_start = json.rfind('"', colon - 2); // keys are column names: no escapes
    if (key_start == std::string_view::npos || colon < key_start + 2) {
      continue;
    }
    const storage::PrivateColumn* field = private_column(json.substr(key_start + 1, colon - 2 - key_start));
    const std::size_t start = colon + 2;
    if (field == nullptr) {
      colon = start - 1; // the value may hold colons (a time), never ":"
      continue;
    }
    const std::size_t value_end = string_end(json, start);
    const std::string_view value = json.substr(start, value_end - start);
    out.append(json.substr(copied, start - copied));
    // An escaped value (rare in a name) is masked whole rather than decoded.
    out += value.find('\\') != std::string_view::npos ? std::string("*") : mask_private(field->kind, value);
    copied = value_end;
    colon = value_end == json.size() ? value_end - 1 : value_end;
  }
  out.append(json.substr(copied));
  return out;
}

} // namespace czs::audit
