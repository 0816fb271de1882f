#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "i18n/translate.hpp"
#include "temp_dir.hpp"

#include <cstdlib>
#include <fstream>
#include <iostream>

namespace czs::test {

namespace {

bool g_case_failed = false;

// Remembers whether the running test case has failed, so TempDir knows whether to keep its
// directory for inspection.
struct FailureListener : doctest::IReporter
{
  explicit FailureListener(const doctest::ContextOptions&) {}
  void report_query(const doctest::QueryData&) override {}
  void test_run_start() override {}
  void test_run_end(const doctest::TestRunStats&) override {}
  void test_case_start(const doctest::TestCaseData&) override { g_case_failed = false; }
  void test_case_reenter(const doctest::TestCaseData&) override {}
  void test_case_end(const doctest::CurrentTestCaseStats&) override {}
  void test_case_exception(const doctest::TestCaseException&) override { g_case_failed = true; }
  void subcase_start(const doctest::SubcaseSignature&) override {}
  void subcase_end() override {}
  void log_assert(const doctest::AssertData& data) override
  {
    if (data.m_failed) {
      g_case_failed = true;
    }
  }
  void log_message(const doctest::MessageData&) override {}
  void test_case_skipped(const doctest::TestCaseData&) override {}
};

} // namespace

REGISTER_LISTENER("failures", 1, FailureListener);

bool current_case_failed()
{
  return g_case_failed;
}

TempDir::TempDir()
{
  std::string pattern = (std::filesystem::temp_directory_path() / "czstation-unit.XXXXXX").string();
  if (!::mkdtemp(pattern.data())) {
    throw std::runtime_error("cannot create a temporary directory");
  }
  m_path = pattern;
}

TempDir::~TempDir()
{
  if (current_case_failed()) {
    std::cerr << "kept " << m_path.string() << " for inspection\n";
    return;
  }
  std::error_code ec;
  std::filesystem::remove_all(m_path, ec);
}

std::string TempDir::write(const std::string& name, const std::string& text) const
{
  const std::filesystem::path file = m_path / name;
  std::filesystem::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << text;
  return file.string();
}

} // namespace czs::test

int main(int argc, char** argv)
{
  // Unit tests assert English messages whatever the developer's LANG is.
  czs::set_language(czs::Language::en);
  doctest::Context context;
  context.applyCommandLine(argc, argv);
  return context.run();
}
