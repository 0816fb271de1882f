# Writes OUTPUT: a C++ source defining czs::storage::embedded_migrations() from INPUTS.
set(body "")
set(previous 0)
foreach(input ${INPUTS})
  get_filename_component(name ${input} NAME)
  string(SUBSTRING "${name}" 0 4 number)
  math(EXPR version "${number}")
  # Numbers must increase; a gap is allowed (a branch may add 0003 before 0002 lands).
  if(NOT version GREATER previous)
    message(FATAL_ERROR "migration ${name} is out of sequence: its number must exceed ${previous}")
  endif()
  set(previous ${version})
  file(READ ${input} sql)
  string(APPEND body "    {${version}, \"${name}\", R\"czs_sql(${sql})czs_sql\"},\n")
endforeach()
file(WRITE ${OUTPUT} "// Generated from schemas/*.sql by schemas/embed.cmake; do not edit.
#include \"storage/migrations.hpp\"

namespace czs::storage {

const std::vector<Migration>& embedded_migrations()
{
  static const std::vector<Migration> k_migrations = {
${body}  };
  return k_migrations;
}

} // namespace czs::storage
")
