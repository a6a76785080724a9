# The desktop application (issue 5): wizard, catalog views, models, small parts; and the tool
# that seeds builds into the screenshot catalog (tests/screenshots/take.sh).
foreach(t tst_pipelinewizard tst_catalogviews tst_widgetparts)
  kiln_add_test(${t} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${t}.cpp ${CMAKE_CURRENT_LIST_DIR}/catalogfixture.h
                LIBS kiln_widgets LABELS unit TIMEOUT 180)
endforeach()
# The case tables are plain ASCII literals; the other two keep Kiln's string hygiene.
kiln_qt_hygiene(tst_pipelinewizard)
kiln_qt_hygiene(tst_catalogviews)
add_executable(kiln-screenshot-seed ${CMAKE_SOURCE_DIR}/tests/screenshots/seed_builds.cpp)
target_link_libraries(kiln-screenshot-seed PRIVATE kiln_core)
kiln_qt_hygiene(kiln-screenshot-seed)
