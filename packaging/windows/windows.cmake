# Windows: an MSI from CPack's WIX generator (WiX Toolset 3 on PATH), with windeployqt copying Qt,
# its plugins and Qt WebEngine next to the executables at install time.
# UNTESTED HERE: Holdfast is built and tested on Linux only; treat this as a starting recipe.
#   cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DHOLDFAST_BUILD_TESTS=OFF
#   cmake --build build && cd build && cpack -G WIX
get_target_property(_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(_qtbin "${_qmake}" DIRECTORY)
find_program(WINDEPLOYQT windeployqt HINTS "${_qtbin}" REQUIRED)

# A GUI program: no console window behind the till. (`holdfast --version` then prints nothing
# visible from cmd.exe; attaching to the parent console is planned.)
set_target_properties(holdfast PROPERTIES WIN32_EXECUTABLE ON)

install(FILES ${HOLDFAST_LICENSE_FILE} DESTINATION . RENAME LICENSE.txt)
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries) # the MSVC runtime

# Runs after app/main has installed the executables (install rules run in add_subdirectory order).
install(CODE "
    set(_bin \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    execute_process(
        COMMAND \"${WINDEPLOYQT}\" --release --no-compiler-runtime --no-system-d3d-compiler
                --dir \"\${_bin}\"
                \"\${_bin}/holdfast.exe\" \"\${_bin}/holdfast-sandbox.exe\" \"\${_bin}/holdfast-webhooks.exe\"
        RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
        message(FATAL_ERROR \"windeployqt failed: \${_rc}\")
    endif()
")

set(CPACK_GENERATOR WIX)
set(CPACK_PACKAGE_INSTALL_DIRECTORY Holdfast)
# Never change: Windows uses it to see a newer MSI as an upgrade of an installed Holdfast.
set(CPACK_WIX_UPGRADE_GUID B1632944-7B79-4BEA-829B-DDD288AF8D4A)
set(CPACK_WIX_PROGRAM_MENU_FOLDER Holdfast)
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_WIX_PROPERTY_ARPHELPLINK ${PROJECT_HOMEPAGE_URL})
# Planned: CPACK_WIX_PRODUCT_ICON (needs an .ico made from resources/icons/holdfast.svg) and code
# signing of the executables and the MSI.
