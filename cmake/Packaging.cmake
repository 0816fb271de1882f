# The Debian package (cpack -G DEB, after configuring with -DCMAKE_INSTALL_PREFIX=/usr
# -DCZSTATION_DEB=ON): the binary, man pages, completions, the catalogue, the examples and the
# default rules file under /usr/share/doc/czstation/, and /etc/czstation/config.toml, which
# czstation reads as the system-wide config when a user has none of their own.
option(CZSTATION_DEB "Install in the Debian package's layout (compressed man pages, /usr/share/doc, /etc)" OFF)

set(czstation_docdir ${CMAKE_INSTALL_DATADIR}/doc/czstation)
install(FILES README.md DESTINATION ${czstation_docdir})
install(FILES examples/rules.toml DESTINATION ${czstation_docdir})
install(DIRECTORY examples/ DESTINATION ${czstation_docdir}/examples USE_SOURCE_PERMISSIONS)

if(CZSTATION_DEB)
  install(FILES packaging/copyright DESTINATION ${czstation_docdir})
  install(FILES packaging/config.toml DESTINATION ${CMAKE_INSTALL_FULL_SYSCONFDIR}/czstation)
  # Debian wants man pages and the changelog (changelog.gz, as a native package) compressed
  # with gzip -9n (no timestamp).
  install(CODE "
    set(root \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}\")
    file(GLOB pages \"\${root}/${CMAKE_INSTALL_MANDIR}/man*/czstation*.[15]\")
    foreach(page \${pages})
      execute_process(COMMAND gzip -9nf \${page})
    endforeach()
    configure_file(\"${PROJECT_SOURCE_DIR}/packaging/changelog\" \"\${root}/${czstation_docdir}/changelog\" COPYONLY)
    execute_process(COMMAND gzip -9nf \"\${root}/${czstation_docdir}/changelog\")")
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME czstation)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "czstation developers <czstation@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "runs a county's village e-commerce service stations")
set(CPACK_PACKAGE_DESCRIPTION
    "czstation keeps a county e-commerce centre's village stations under its\n measures: registration, ledger, oversight, assessments and exits, in one\n SQLite file with a tamper-evident audit log. Licensed under Apache-2.0.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://example.org/czstation")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${PROJECT_SOURCE_DIR}/packaging/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
include(CPack)
