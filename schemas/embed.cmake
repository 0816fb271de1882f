# Writes OUTPUT: a C++ source defining czs::storage::embedded_migrations() from INPUTS.
set(body "")
set(index 0)
foreach(input ${INPUTS})
  math(EXPR index "${index} + 1")
  get_filename_component(name ${input} NAME)
  string(SUBSTRING "${name}" 0 4 number)
  math(EXPR version "${number}")
  if(NOT version EQUAL index)
    message(FATAL_ERROR "migration ${name} is out of sequence: expected number ${index}")
  endif()
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
