#include "rules/scoring_reader.hpp"

#include "i18n/translate.hpp"
#include "money/money.hpp"
#include "rules/key_place.hpp"
#include "text/spellcheck.hpp"
#include "text/validate.hpp"

#include <algorithm>

namespace czs::rules {

namespace {

// Points are written with up to one decimal (2.5) and read exactly, like areas and hours.
ParameterInfo points_info(std::string_view section, std::string_view key, std::int64_t min, const char* meaning)
{
  return {section, key, RuleList{}, ValueKind::decimal, 1, min, 10'000, meaning, nullptr, nullptr};
}

const char* const k_full_marks_meaning = N_("the points of a station that met every rule, 1 to 1000, up to 1 decimal");
const char* const k_deduction_meaning =
    N_("the points a station loses for each finding of the rule in the period, 0 to 1000, up to 1 decimal");
const char* const k_volume_points_meaning =
    N_("the points, part of full_marks, a station earns in proportion to its ledger volume, up to 1 decimal");
const char* const k_full_at_meaning =
    N_("the counted ledger records per calendar month that earn all the volume points (prorated to the days open)");
const char* const k_band_meaning = N_("the least score of the grade, 0 to full_marks, up to 1 decimal");

std::string join(const std::vector<std::string>& words)
{
  std::string out;
  for (const auto& w : words) {
    out += (out.empty() ? "" : ", ") + w;
  }
  return out;
}

std::vector<std::string> deductible_ids()
{
  std::vector<std::string> out;
  for (const Rule r : deductible_rules()) {
    out.emplace_back(id_of(r));
  }
  return out;
}

class EvaluationReader
{
public:
  EvaluationReader(ValueReader& values, LoadedRules& rules, FileProblems& problems)
      : m_values(values), m_rules(rules), m_problems(problems)
  {
  }

  void read(const toml::table& table)
  {
    for (const auto& [key, node] : table) {
      const std::string name(key.str());
      if (name == "full_marks") {
        if (const auto value = number(points_info("evaluation", "full_marks", 10, k_full_marks_meaning), key, node)) {
          m_scoring.full_marks_tenths = *value;
        }
      } else if (name == "deductions" || name == "volume" || name == "grades" || name == "grade_names") {
        sub_table(name, node);
      } else {
        unknown(key, "evaluation", name, {"full_marks", "deductions", "volume", "grades", "grade_names"});
      }
    }
    check_volume();
    check_bands();
    m_rules.params.scoring = std::move(m_scoring);
  }

private:
  void at_key(const toml::key& key, const std::string& message, std::string hint)
  {
    problem_at(m_problems, key, message, std::move(hint));
  }

  void set_origin(const std::string& path, const toml::key& key) { note_origin(m_rules, m_problems, path, key); }

  std::optional<std::int64_t> number(const ParameterInfo& info, const toml::key& key, const toml::node& node)
  {
    auto value = m_values.number(node, info);
    if (value) {
      set_origin(parameter_path(info), key);
    }
    return value;
  }

  void unknown(const toml::key& key, const std::string& table, const std::string& name,
               const std::vector<std::string>& keys)
  {
    const std::string close = text::closest_match(name, keys);
    at_key(key, trf("unknown key {}.{}", table, name),
           close.empty() ? trf("the keys of [{}] are {}", table, join(keys)) : trf("did you mean {}?", close));
  }

  void sub_table(const std::string& name, const toml::node& node)
  {
    const auto* table = node.as_table();
    if (!table) {
      m_values.problem(node, trf("evaluation.{} must be a table, not {}", name, describe_type(node)),
                       trf("write it as an [evaluation.{}] line followed by its keys; see czstation-rules(5)", name));
      return;
    }
    for (const auto& [k, v] : *table) {
      const std::string item(k.str());
      if (name == "deductions") {
        deduction(k, item, v);
      } else if (name == "volume") {
        volume(k, item, v);
      } else if (name == "grades") {
        band(k, item, v);
      } else {
        grade_label(k, item, v);
      }
    }
  }

  void deduction(const toml::key& key, const std::string& id, const toml::node& node)
  {
    const auto rule = parse_rule(id);
    if (!rule) {
      const std::string close = text::closest_match(id, deductible_ids());
      at_key(key, trf("unknown rule evaluation.deductions.{}", id),
             close.empty() ? trf("the rules a station can lose points for are {}", join(deductible_ids()))
                           : trf("did you mean {}?", close));
      return;
    }
    if (!deductible(*rule)) {
      const bool centre = info(*rule).duty == Duty::centre;
      at_key(key,
             centre ? trf("{} is a duty of the centre (Art. {}): a station cannot lose points for it", id,
                          info(*rule).article)
                    : trf("{} is not judged by a monthly or quarterly assessment: it has no findings to deduct", id),
             trf("remove it; the rules a station can lose points for are {}", join(deductible_ids())));
      return;
    }
    const auto value = number(points_info("evaluation.deductions", info(*rule).id, 0, k_deduction_meaning), key, node);
    if (value) {
      m_scoring.deductions_tenths[*rule] = *value;
    }
  }

  void volume(const toml::key& key, const std::string& name, const toml::node& node)
  {
    if (name == "points") {
      m_volume_points = number(points_info("evaluation.volume", "points", 0, k_volume_points_meaning), key, node);
      m_volume_points_node = &node;
      if (m_volume_points) {
        m_scoring.volume_points_tenths = *m_volume_points;
      }
    } else if (name == "full_at") {
      const ParameterInfo info{"evaluation.volume", "full_at",         RuleList{}, ValueKind::count, 0, 1,
                               1'000'000,           k_full_at_meaning, nullptr,    nullptr};
      if (const auto value = number(info, key, node)) {
        m_scoring.volume_full_at = *value;
      }
      m_full_at_node = &node;
    } else {
      unknown(key, "evaluation.volume", name, {"points", "full_at"});
    }
  }

  void band(const toml::key& key, const std::string& name, const toml::node& node)
  {
    const auto grade = parse_grade(name);
    if (grade == Grade::fail) {
      at_key(key, tr("evaluation.grades.fail cannot be set: fail is every score below the lowest grade"),
             tr("remove it, and give the least score of pass (and of good and excellent, if used)"));
      return;
    }
    if (!grade) {
      unknown(key, "evaluation.grades", name, {"excellent", "good", "pass"});
      return;
    }
    const auto value = number(points_info("evaluation.grades", grade_key(*grade), 0, k_band_meaning), key, node);
    if (value) {
      m_bands.push_back({GradeBand{*grade, *value}, &node});
    }
  }

  void grade_label(const toml::key& key, const std::string& name, const toml::node& node)
  {
    const auto grade = parse_grade(name);
    if (!grade) {
      unknown(key, "evaluation.grade_names", name, {"excellent", "good", "pass", "fail"});
      return;
    }
    const std::string path = "evaluation.grade_names." + name;
    const auto* text = node.as_string();
    const std::string hint = trf("for example {} = \"{}\"", path, grade_name(Scoring{}, *grade));
    if (!text) {
      m_values.problem(node, trf("{} must be {}, not {}", path, tr("a string"), describe_type(node)), hint);
      return;
    }
    auto cleaned = text::clean_text(text->get(), path.c_str(), 20, true);
    if (!cleaned) {
      m_values.problem(node, cleaned.error(), hint);
      return;
    }
    m_scoring.names[*grade] = *cleaned;
    set_origin(path, key);
  }

  // Volume points are part of full marks, and need the volume that earns them.
  void check_volume()
  {
    if (m_volume_points && *m_volume_points > m_scoring.full_marks_tenths) {
      m_values.problem(*m_volume_points_node,
                       trf("evaluation.volume.points = {} is more than full marks ({})",
                           format_decimal(*m_volume_points, 1), format_decimal(m_scoring.full_marks_tenths, 1)),
                       tr("volume points are part of full marks: give fewer, or raise full_marks"));
    }
    if (m_scoring.volume_points_tenths > 0 && m_scoring.volume_full_at == 0 && m_volume_points_node) {
      m_values.problem(*m_volume_points_node, tr("evaluation.volume.points needs evaluation.volume.full_at"),
                       tr("give full_at, the counted ledger records per calendar month that earn all the points"));
    }
    if (m_full_at_node && m_scoring.volume_full_at > 0 && !m_volume_points_node) {
      m_values.problem(*m_full_at_node, tr("evaluation.volume.full_at needs evaluation.volume.points"),
                       tr("give points, the part of full marks that volume earns, or remove full_at"));
    }
  }

  // Given bands replace the default ones; each must lie within full marks, a better grade higher.
  void check_bands()
  {
    if (m_bands.empty()) {
      return;
    }
    std::sort(m_bands.begin(), m_bands.end(), [](const auto& a, const auto& b) { return a.band.grade < b.band.grade; });
    m_scoring.bands.clear();
    for (std::size_t i = 0; i < m_bands.size(); ++i) {
      const auto& [band, node] = m_bands[i];
      const std::string key(grade_key(band.grade));
      if (band.from_tenths > m_scoring.full_marks_tenths) {
        m_values.problem(*node,
                         trf("evaluation.grades.{} = {} is more than full marks ({})", key,
                             format_decimal(band.from_tenths, 1), format_decimal(m_scoring.full_marks_tenths, 1)),
                         tr("a grade's least score must be at most full_marks"));
      }
      if (i > 0 && band.from_tenths >= m_bands[i - 1].band.from_tenths) {
        m_values.problem(*node,
                         trf("evaluation.grades.{} = {} is not below {} = {}", key, format_decimal(band.from_tenths, 1),
                             grade_key(m_bands[i - 1].band.grade), format_decimal(m_bands[i - 1].band.from_tenths, 1)),
                         tr("a better grade needs a higher least score: excellent > good > pass"));
      }
      m_scoring.bands.push_back(band);
    }
  }

  struct GivenBand
  {
    GradeBand band;
    const toml::node* node;
  };

  ValueReader& m_values;
  LoadedRules& m_rules;
  FileProblems& m_problems;
  Scoring m_scoring;
  std::optional<std::int64_t> m_volume_points;
  const toml::node* m_volume_points_node = nullptr;
  const toml::node* m_full_at_node = nullptr;
  std::vector<GivenBand> m_bands;
};

} // namespace

void read_evaluation(const toml::table& table, ValueReader& values, LoadedRules& rules, FileProblems& problems)
{
  EvaluationReader(values, rules, problems).read(table);
}

std::string evaluation_keys_text()
{
  return tr("full_marks, and the tables [evaluation.deductions] (points per finding, by rule ID), "
            "[evaluation.volume] (points, full_at), [evaluation.grades] (excellent, good, pass) and "
            "[evaluation.grade_names]");
}

} // namespace czs::rules
