# Linux: desktop integration, the holdfast-webhooks service, Debian/RPM metadata. Included from
# packaging/CMakeLists.txt, so relative paths below are relative to packaging/.
set(_linux ${CMAKE_CURRENT_SOURCE_DIR}/linux)
set(_out ${CMAKE_CURRENT_BINARY_DIR}/linux)
set(_docdir ${CMAKE_INSTALL_DATADIR}/doc/holdfast)

# A release needs its notes: the Debian changelog and the metainfo's <releases> are written by hand.
file(STRINGS ${_linux}/changelog _newest LIMIT_COUNT 1)
file(READ ${_linux}/${HOLDFAST_APP_ID}.metainfo.xml.in _metainfo)
if(NOT _newest MATCHES "^holdfast \\(${PROJECT_VERSION}\\)" OR NOT _metainfo MATCHES "<release version=\"${PROJECT_VERSION}\"")
    message(WARNING "packaging/linux: add release notes for ${PROJECT_VERSION} to changelog and the metainfo")
endif()

# Desktop entry and AppStream metainfo, named after the id the app gives Qt (setDesktopFileName).
install(FILES ${_linux}/${HOLDFAST_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
configure_file(${_linux}/${HOLDFAST_APP_ID}.metainfo.xml.in ${_out}/${HOLDFAST_APP_ID}.metainfo.xml @ONLY)
install(FILES ${_out}/${HOLDFAST_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# hicolor icons: the SVG as is, PNGs rendered from it at build time.
set(_svg ${PROJECT_SOURCE_DIR}/resources/icons/holdfast.svg)
set(_icondir ${CMAKE_INSTALL_DATADIR}/icons/hicolor)
install(FILES ${_svg} DESTINATION ${_icondir}/scalable/apps RENAME ${HOLDFAST_APP_ID}.svg)
find_program(RSVG_CONVERT rsvg-convert)
if(RSVG_CONVERT)
    set(_pngs)
    foreach(size 16 32 48 64 128 256)
        set(_png ${_out}/icons/${size}x${size}/apps/${HOLDFAST_APP_ID}.png)
        add_custom_command(OUTPUT ${_png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${_out}/icons/${size}x${size}/apps
            COMMAND ${RSVG_CONVERT} --width=${size} --height=${size} --keep-aspect-ratio --output=${_png} ${_svg}
            DEPENDS ${_svg} COMMENT "Rendering ${size}x${size} icon" VERBATIM)
        list(APPEND _pngs ${_png})
    endforeach()
    install(DIRECTORY ${_out}/icons/ DESTINATION ${_icondir} FILES_MATCHING PATTERN "*.png")
else()
    set(_pngs)
    message(WARNING "rsvg-convert not found (Debian: librsvg2-bin): packages will lack PNG icons")
endif()

# Compressed the way Debian policy wants (gzip -9n: maximum compression, no time stamp).
set(_gzipped)
function(holdfast_gzip source output)
    add_custom_command(OUTPUT ${output}
        COMMAND ${CMAKE_COMMAND} -DIN=${source} -DOUT=${output} -P ${_linux}/gzip-file.cmake
        DEPENDS ${source} ${_linux}/gzip-file.cmake VERBATIM)
    set(_gzipped ${_gzipped} ${output} PARENT_SCOPE)
endfunction()
holdfast_gzip(${_linux}/changelog ${_out}/changelog.gz)
foreach(page holdfast holdfast-sandbox holdfast-webhooks)
    holdfast_gzip(${_linux}/man/${page}.1 ${_out}/man/${page}.1.gz)
    install(FILES ${_out}/man/${page}.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
add_custom_target(holdfast_package_files ALL DEPENDS ${_pngs} ${_gzipped})

install(FILES ${_linux}/copyright ${_out}/changelog.gz DESTINATION ${_docdir})
install(FILES ${_linux}/webhooks.env.example ${_linux}/nginx-holdfast-webhooks.conf
              ${_linux}/Caddyfile.holdfast-webhooks
        DESTINATION ${_docdir}/examples)

# holdfast-webhooks as a system service with its own user (created by sysusers at install time).
# Not "lib" from GNUInstallDirs: that is lib/<triplet> on Debian, and systemd looks in lib/.
install(FILES ${_linux}/holdfast-webhooks.service DESTINATION lib/systemd/system)
install(FILES ${_linux}/holdfast-webhooks.sysusers DESTINATION lib/sysusers.d RENAME holdfast-webhooks.conf)

# The RPM carries the license text itself; Debian points at common-licenses from its copyright file
# instead (lintian: extra-license-file), so this component is only packed by the RPM generator.
install(FILES ${HOLDFAST_LICENSE_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/licenses/holdfast
        COMPONENT rpm_license EXCLUDE_FROM_ALL)

set(CPACK_GENERATOR DEB RPM)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# Debian: library dependencies computed by dpkg-shlibdeps; what Qt loads at run time (platform,
# SQL and image plugins) and what QtKeychain talks to over D-Bus cannot be computed, so it is named.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | keepassxc, libqt6sql6-psql, qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql, nginx | caddy")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${_linux}/postinst)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# RPM: rpmbuild's autoreq finds the libraries; the plugins are named as for Debian (Fedora names).
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE Apache-2.0)
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_PACKAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_AUTOPROV OFF)
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase-gui, qt6-qtsvg")
# No weak dependencies: CPack 3.25 probes `rpm --suggests`, which rpm 4.18 rejects, and then drops
# Suggests/Recommends. docs/install.md names gnome-keyring and the PostgreSQL driver instead.
set(CPACK_RPM_POST_INSTALL_SCRIPT_FILE ${_linux}/postinst)
set(CPACK_RPM_USER_FILELIST "%license /usr/share/licenses/holdfast/LICENSE")
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/lib/systemd /usr/lib/systemd/system /usr/lib/sysusers.d /usr/share/applications
    /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor /usr/share/licenses
    /usr/share/man /usr/share/man/man1)
foreach(size 16x16 32x32 48x48 64x64 128x128 256x256 scalable)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
         /usr/share/icons/hicolor/${size} /usr/share/icons/hicolor/${size}/apps)
endforeach()
