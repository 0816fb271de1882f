#include "rules/document_reader.hpp"

#include "i18n/translate.hpp"
#include "rules/key_place.hpp"
#include "rules/parameter_table.hpp"
#include "rules/record_kinds.hpp"
#include "rules/scoring_reader.hpp"
#include "rules/value_reader.hpp"
#include "text/spellcheck.hpp"

#include <algorithm>

namespace czs::rules {

namespace {

// "did you mean" for keys. The edit distance of whole keys misses a dropped unit suffix
// (min_aera for min_area_m2), so the start of each key is tried too.
std::string guess(std::string_view word, const std::vector<std::string>& candidates)
{
  std::string best = text::closest_match(word, candidates);
  if (!best.empty() || word.size() < 4) {
    return best;
  }
  std::vector<std::string> starts;
  for (const auto& c : candidates) {
    starts.push_back(c.substr(0, word.size()));
  }
  const std::string start = text::closest_match(word, starts);
  for (std::size_t i = 0; i < starts.size() && !start.empty(); ++i) {
    if (starts[i] == start) {
      return candidates[i];
    }
  }
  return {};
}

std::string join(const std::vector<std::string>& words)
{
  std::string out;
  for (const auto& w : words) {
    out += (out.empty() ? "" : ", ") + w;
  }
  return out;
}

std::vector<std::string> keys_of(std::string_view section)
{
  std::vector<std::string> keys;
  for (const auto& info : parameter_table()) {
    if (info.section == section) {
      keys.emplace_back(info.key);
    }
  }
  return keys;
}

// The sections where a key of this name lives, as "[posts], [inspections]".
std::string sections_with(std::string_view key)
{
  std::string out;
  for (const auto& info : parameter_table()) {
    if (info.key == key) {
      out += (out.empty() ? "[" : ", [") + std::string(info.section) + "]";
    }
  }
  return out;
}

class DocumentReader
{
public:
  DocumentReader(std::string_view text, LoadedRules& rules, FileProblems& problems)
      : m_values(text, problems), m_rules(rules), m_problems(problems)
  {
  }

  void read(const toml::table& doc)
  {
    const std::vector<std::string> sections = section_names();
    for (const auto& [key, node] : doc) {
      const std::string name(key.str());
      if (std::find(sections.begin(), sections.end(), name) == sections.end()) {
        unknown_section(key, name, sections);
      } else if (const auto* table = node.as_table(); table && name == "evaluation") {
        set_origin("evaluation", key);
        read_evaluation(*table, m_values, m_rules, m_problems);
      } else if (table) {
        name == "fees" ? read_fees(*table) : read_section(name, *table);
      } else {
        m_values.problem(
            node, trf("{} must be a table (a [{}] line followed by its keys), not {}", name, name, describe_type(node)),
            trf("the keys of [{}] are {}", name,
                name == "fees"         ? fee_kinds_text()
                : name == "evaluation" ? evaluation_keys_text()
                                       : join(keys_of(name))));
      }
    }
  }

private:
  void at_key(const toml::key& key, const std::string& message, std::string hint)
  {
    problem_at(m_problems, key, message, std::move(hint));
  }

  void set_origin(const std::string& path, const toml::key& key) { note_origin(m_rules, m_problems, path, key); }

  void unknown_section(const toml::key& key, const std::string& name, const std::vector<std::string>& sections)
  {
    const std::string home = sections_with(name);
    if (!home.empty()) {
      at_key(key, trf("{} is not a section of its own", name), trf("write it under the {} line", home));
      return;
    }
    const std::string close = guess(name, sections);
    at_key(key, trf("unknown section [{}]", name),
           close.empty() ? trf("the sections are {}", join(sections)) : trf("did you mean [{}]?", close));
  }

  void read_section(const std::string& section, const toml::table& table)
  {
    for (const auto& [key, node] : table) {
      const std::string name(key.str());
      const ParameterInfo* info = find_parameter(section, name);
      if (info) {
        read_parameter(*info, key, node);
      } else {
        unknown_key(section, key, name);
      }
    }
  }

  void unknown_key(const std::string& section, const toml::key& key, const std::string& name)
  {
    const std::vector<std::string> keys = keys_of(section);
    const std::vector<std::string> sections = section_names();
    const std::string close = guess(name, keys);
    const std::string home = sections_with(name);
    const bool is_section = std::find(sections.begin(), sections.end(), name) != sections.end();
    at_key(key, trf("unknown key {}.{}", section, name),
           !close.empty()  ? trf("did you mean {}?", close)
           : !home.empty() ? trf("{} is a key of {}", name, home)
           : is_section    ? trf("[{}] is a section of its own: start it on a line of its own", name)
                           : trf("the keys of [{}] are {}", section, join(keys)));
  }

  void read_parameter(const ParameterInfo& info, const toml::key& key, const toml::node& node)
  {
    const std::string path = parameter_path(info);
    Parameters& p = m_rules.params;
    bool set = false;
    switch (info.kind) {
    case ValueKind::count:
    case ValueKind::decimal:
      if (const auto value = m_values.number(node, info)) {
        info.set(p, *value);
        set = true;
      }
      break;
    case ValueKind::time_zone:
      if (auto zone = m_values.zone(node, path)) {
        p.time_zone = std::move(*zone);
        set = true;
      }
      break;
    case ValueKind::kind_list:
      if (auto kinds = m_values.kinds(node, path)) {
        p.volume_kinds = std::move(*kinds);
        set = true;
      }
      break;
    case ValueKind::word_list:
      if (auto words = m_values.words(node, path)) {
        p.banned_words = std::move(*words);
        set = true;
      }
      break;
    }
    if (set) {
      set_origin(path, key);
    }
  }

  static std::string fee_kinds_text()
  {
    return tr("purchase, sale, parcel_in, parcel_out and service, each a table with max_yuan and/or max_percent");
  }

  void read_fees(const toml::table& fees)
  {
    std::vector<std::string> kinds(volume_kinds().begin(), volume_kinds().end());
    for (const auto& [key, node] : fees) {
      const std::string kind(key.str());
      if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) {
        const std::string close = guess(kind, kinds);
        at_key(key, trf("unknown fee kind fees.{}", kind),
               close.empty() ? trf("the fee kinds are {}", fee_kinds_text()) : trf("did you mean fees.{}?", close));
      } else if (const auto* table = node.as_table()) {
        read_fee(kind, *table);
      } else {
        m_values.problem(node,
                         trf("fees.{} must be a table ([fees.{}] followed by max_yuan and/or max_percent), not {}",
                             kind, kind, describe_type(node)),
                         tr("for example: [fees.purchase] max_yuan = \"5.00\" max_percent = 3, on separate lines"));
      }
    }
  }

  // One kind's caps; under [fees.service], also one table per kind of service.
  void read_fee(const std::string& kind, const toml::table& table)
  {
    const bool service = kind == "service";
    FeeCap cap;
    for (const auto& [key, node] : table) {
      const std::string name(key.str());
      const std::string path = "fees." + kind + "." + name;
      if (name == "max_yuan") {
        cap.max_fen = m_values.yuan(node, path);
        if (cap.max_fen)
          set_origin(path, key);
      } else if (name == "max_percent") {
        cap.max_permille = m_values.percent(node, path);
        if (cap.max_permille)
          set_origin(path, key);
      } else if (service && is_fee_kind("service." + name)) {
        read_service_fee(name, key, node);
      } else {
        unknown_fee_key(kind, key, name);
      }
    }
    if (table.empty()) {
      m_values.problem(table, trf("[fees.{}] sets no cap", kind),
                       tr("give max_yuan, max_percent or both, or remove the table"));
    }
    if (cap.max_fen || cap.max_permille) {
      m_rules.params.fee_schedule[kind] = cap;
    }
  }

  void read_service_fee(const std::string& name, const toml::key& key, const toml::node& node)
  {
    if (const auto* sub = node.as_table()) {
      read_fee("service." + name, *sub);
      return;
    }
    at_key(key, trf("fees.service.{} must be a table, not {}", name, describe_type(node)),
           trf("write it as [fees.service.{}] followed by max_yuan and/or max_percent", name));
  }

  void unknown_fee_key(const std::string& kind, const toml::key& key, const std::string& name)
  {
    std::vector<std::string> keys{"max_yuan", "max_percent"};
    if (kind == "service") {
      keys.insert(keys.end(), service_kinds().begin(), service_kinds().end());
    }
    const std::string close = guess(name, keys);
    const std::string home = sections_with(name);
    const std::string kinds_hint =
        kind == "service" ? trf("; the kinds of service are {}", join({service_kinds().begin(), service_kinds().end()}))
                          : std::string();
    // A key written after a [fees...] line belongs to that table: a common slip for a key
    // meant for an earlier section.
    at_key(key, trf("unknown key fees.{}.{}", kind, name),
           !close.empty()  ? trf("did you mean {}?", close)
           : !home.empty() ? trf("{} is a key of {}: move it above the first [fees...] line", name, home)
                           : trf("a fee table takes max_yuan and max_percent{}", kinds_hint));
  }

  ValueReader m_values;
  LoadedRules& m_rules;
  FileProblems& m_problems;
};

} // namespace

void read_document(const toml::table& doc, std::string_view text, LoadedRules& rules, FileProblems& problems)
{
  DocumentReader(text, rules, problems).read(doc);
}

} // namespace czs::rules
