#include "audit/private_fields.hpp"

#include "text/mask.hpp"

#include <array>
#include <utility>
#include <vector>

namespace czs::audit {

namespace {

struct PrivateField
{
  std::string_view key; // with its quotes, colon and opening quote: "villager_name":"
  bool phone;
};

constexpr std::array k_fields{
    PrivateField{"\"villager_name\":\"", false}, PrivateField{"\"villager_phone\":\"", true},
    PrivateField{"\"person_name\":\"", false},   PrivateField{"\"person_phone\":\"", true},
    PrivateField{"\"producer_name\":\"", false}, PrivateField{"\"producer_phone\":\"", true},
};

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

// The images are SQLite's compact json_object() text, so a key is always written exactly so.
std::string mask_field(std::string_view json, const PrivateField& field)
{
  std::string out;
  std::size_t at = 0;
  for (std::size_t found = json.find(field.key); found != std::string_view::npos; found = json.find(field.key, at)) {
    const std::size_t start = found + field.key.size();
    const std::size_t end = string_end(json, start);
    const std::string_view value = json.substr(start, end - start);
    out.append(json.substr(at, start - at));
    // An escaped value (rare in a name) is masked whole rather than decoded.
    if (value.find('\\') != std::string_view::npos) {
      out += "*";
    } else {
      out += field.phone ? text::mask_phone(value) : text::mask_name(value);
    }
    at = end;
  }
  out.append(json.substr(at));
  return out;
}

constexpr std::array<std::string_view, 5> k_private_options{"--villager", "--recipient", "--sender", "--producer",
                                                            "--phone"};

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

// The word as the shell would need it again: single-quoted when it has spaces or quotes.
std::string requote(const std::string& word)
{
  if (!word.empty() && word.find_first_of(" '\"\\$`") == std::string::npos) {
    return word;
  }
  std::string out = "'";
  for (const char c : word) {
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return out + "'";
}

std::string masked_value(std::string_view option, std::string_view value)
{
  return option == "--phone" ? text::mask_phone(value) : text::mask_name(value);
}

} // namespace

std::string mask_private_arguments(std::string_view command_line)
{
  std::string out;
  std::string_view pending; // a private option whose value comes next
  for (const auto& word : shell_words(command_line)) {
    std::string shown = word;
    if (!pending.empty()) {
      shown = masked_value(pending, word);
      pending = {};
    } else {
      for (const auto option : k_private_options) {
        if (word == option) {
          pending = option;
        } else if (word.size() > option.size() && word.compare(0, option.size(), option) == 0
                   && word[option.size()] == '=') {
          shown = std::string(option) + "=" + masked_value(option, std::string_view(word).substr(option.size() + 1));
        }
      }
    }
    out += out.empty() ? "" : " ";
    out += requote(shown);
  }
  return out;
}

std::string mask_private_fields(std::string_view changes_json)
{
  std::string out(changes_json);
  for (const auto& field : k_fields) {
    out = mask_field(out, field);
  }
  return out;
}

} // namespace czs::audit
