# macOS: a disk image (CPack DragNDrop) holding Holdfast.app, made self-contained by macdeployqt.
# UNTESTED HERE: Holdfast is built and tested on Linux only; treat this as a starting recipe.
#   cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DHOLDFAST_BUILD_TESTS=OFF
#   cmake --build build && cd build && cpack -G DragNDrop
# app/main installs the three executables to bin/ as on Linux; the install step below moves them
# into the bundle, so app/main stays platform-neutral.
get_target_property(_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(_qtbin "${_qmake}" DIRECTORY)
find_program(MACDEPLOYQT macdeployqt HINTS "${_qtbin}" REQUIRED)

set(MACOSX_BUNDLE_BUNDLE_NAME Holdfast)
set(MACOSX_BUNDLE_GUI_IDENTIFIER ${HOLDFAST_APP_ID})
set(MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION})
set(MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
configure_file(${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in ${CMAKE_CURRENT_BINARY_DIR}/Info.plist @ONLY)

install(CODE "
    set(_root \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}\")
    set(_app \"\${_root}/Holdfast.app\")
    file(MAKE_DIRECTORY \"\${_app}/Contents/MacOS\" \"\${_app}/Contents/Resources\")
    foreach(_exe holdfast holdfast-sandbox holdfast-webhooks)
        file(RENAME \"\${_root}/${CMAKE_INSTALL_BINDIR}/\${_exe}\" \"\${_app}/Contents/MacOS/\${_exe}\")
    endforeach()
    file(REMOVE_RECURSE \"\${_root}/${CMAKE_INSTALL_BINDIR}\")
    file(COPY \"${CMAKE_CURRENT_BINARY_DIR}/Info.plist\" DESTINATION \"\${_app}/Contents\")
    file(COPY \"${HOLDFAST_LICENSE_FILE}\" DESTINATION \"\${_app}/Contents/Resources\")
    execute_process(
        COMMAND \"${MACDEPLOYQT}\" \"\${_app}\"
                \"-executable=\${_app}/Contents/MacOS/holdfast-sandbox\"
                \"-executable=\${_app}/Contents/MacOS/holdfast-webhooks\"
        RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
        message(FATAL_ERROR \"macdeployqt failed: \${_rc}\")
    endif()
")

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME Holdfast)
set(CPACK_DMG_FORMAT UDZO)
# Planned: an .icns icon (iconutil from PNGs rendered from resources/icons/holdfast.svg), signing
# (macdeployqt -codesign=…, hardened runtime) and notarisation; an unsigned app needs right-click → Open.
