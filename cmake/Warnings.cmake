# Warnings apply to our own targets only (through this interface target), never to the
# libraries we link; -Werror only in developer and CI builds, not for users' compilers.
add_library(czstation_warnings INTERFACE)
target_compile_options(czstation_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
  -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Wunused -Woverloaded-virtual
  -Wnull-dereference -Wformat=2)
if(CZSTATION_DEV)
  target_compile_options(czstation_warnings INTERFACE -Werror)
endif()
