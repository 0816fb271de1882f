# AddressSanitizer and UBSan for the whole build; CI runs the test suite this way.
#
# Every end-to-end test starts the binary hundreds of times, so the sanitised binary's start-up
# cost decides CI's length. Three choices keep it near a plain Debug build's:
# - UBSan's null and alignment checks sit on every dereference: at -O0 in header-heavy code they
#   are 87% of UBSan's static data (one source location each), which LeakSanitizer then scans at
#   every exit. A null dereference still stops the run (ASan reports the SEGV with its stack);
#   x86 tolerates misalignment. Every other UBSan check stays.
# - ASan would guard every UBSan check's static data (one source location per check, hundreds of
#   thousands in header-heavy code at -O0) with its own redzone and descriptor, quadrupling .data
#   to ~70 MB that ASan registers page by page at every start. Global-buffer overflows are the
#   one class this gives up; heap, stack and use-after-free detection are unchanged.
# - A position-dependent executable needs no start-up relocation of that data (a PIE had ~2.5
#   million relative relocations, half of each start's time).
if(CZSTATION_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize=null,alignment -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    add_compile_options(--param=asan-globals=0)
  endif()
  add_link_options(-fsanitize=address,undefined -no-pie)
endif()
