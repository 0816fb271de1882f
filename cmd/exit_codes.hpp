#pragma once

#include "base/error.hpp"

namespace czs::cli {

// sysexits.h codes, as SPEC.md section 4 lists them.
enum ExitCode : int
{
  k_exit_ok = 0,
  k_exit_findings = 1, // assess --fail-on-findings found something
  k_exit_usage = 64,
  k_exit_data = 65,
  k_exit_no_input = 66,
  k_exit_unavailable = 69, // no such station or record
  k_exit_software = 70,
  k_exit_cant_create = 73,
  k_exit_io = 74,
  k_exit_temp_fail = 75,
  k_exit_config = 78,
};

inline int exit_code_for(ErrorKind kind)
{
  switch (kind) {
  case ErrorKind::usage:
    return k_exit_usage;
  case ErrorKind::bad_data:
    return k_exit_data;
  case ErrorKind::no_input:
    return k_exit_no_input;
  case ErrorKind::not_found:
    return k_exit_unavailable;
  case ErrorKind::cant_create:
    return k_exit_cant_create;
  case ErrorKind::io:
    return k_exit_io;
  case ErrorKind::busy:
    return k_exit_temp_fail;
  case ErrorKind::config:
    return k_exit_config;
  case ErrorKind::internal:
    return k_exit_software;
  }
  return k_exit_software;
}

} // namespace czs::cli
