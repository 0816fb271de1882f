#pragma once

#include <span>
#include <string_view>

namespace czs::storage {

// Art. 13: what villagers give a station is kept from anyone who reads a listing, an audit
// entry or an error message. The one list of which stored columns and which command-line options
// carry such a value is schemas/private_data.cpp, next to the migrations that create the columns;
// every masking of row images and command lines reads it, and a unit test checks it against the
// schema (a new *_name or *_phone column of a villager must be declared there).

// How a private value is masked (text/mask.hpp): a name, a phone number, or a secret code.
enum class PrivateKind
{
  name,
  phone,
  code,
};

// A column whose values are private, in every table that has it (row images name columns only).
struct PrivateColumn
{
  std::string_view table;
  std::string_view column;
  PrivateKind kind;
};

// An option whose value is private in one command: `command` is its path of subcommands
// ("order purchase add"), whose words come in that order before the option in a command line.
// The same option of another command is not private (register add --phone is the station's
// public contact; parcel pickup --code is a pickup code, register add --code a station code).
struct PrivateOption
{
  std::string_view option;
  PrivateKind kind;
  std::string_view command;
};

// Every private column of the schema.
std::span<const PrivateColumn> private_columns();

// Every option of czstation's commands whose value is private, with its command.
std::span<const PrivateOption> private_options();

} // namespace czs::storage
