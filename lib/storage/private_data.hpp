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

// An option whose value is private. `after_word` limits it to command lines where that word
// (the subcommand) comes before it ("pickup" for `parcel pickup --code`, whose --code is a
// pickup code, not the station code `register add --code` takes); empty: in every command.
struct PrivateOption
{
  std::string_view option;
  PrivateKind kind;
  std::string_view after_word;
};

// Every private column of the schema.
std::span<const PrivateColumn> private_columns();

// Every option of czstation's commands whose value is private.
std::span<const PrivateOption> private_options();

} // namespace czs::storage
