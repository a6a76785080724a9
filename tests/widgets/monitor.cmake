# The build monitor (issue 6): its parts and the whole monitor following recorded real builds
# (tests/data/monitor). monitorreplay.h replays a recording as a build worker writes it.
kiln_add_test(tst_monitorparts SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_monitorparts.cpp ${CMAKE_CURRENT_LIST_DIR}/monitorreplay.h
              LIBS kiln_widgets LABELS unit TIMEOUT 120)
kiln_qt_hygiene(tst_monitorparts)
kiln_add_test(tst_buildmonitor SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_buildmonitor.cpp ${CMAKE_CURRENT_LIST_DIR}/monitorreplay.h
              ${CMAKE_CURRENT_LIST_DIR}/catalogfixture.h LIBS kiln_widgets LABELS unit TIMEOUT 600)
kiln_qt_hygiene(tst_buildmonitor)
# Its flood case needs the writer to outrun the log feed in the same event loop: alone on the
# machine, not beside another GUI test competing for the 2 cores (see the flood test).
set_tests_properties(tst_buildmonitor PROPERTIES RUN_SERIAL TRUE)

# Seeds recorded builds into the screenshot catalog (tests/screenshots/take.sh).
add_executable(kiln-monitor-seed ${CMAKE_SOURCE_DIR}/tests/screenshots/seed_monitor.cpp ${CMAKE_CURRENT_LIST_DIR}/monitorreplay.h)
target_link_libraries(kiln-monitor-seed PRIVATE kiln_core)
target_include_directories(kiln-monitor-seed PRIVATE ${CMAKE_SOURCE_DIR})
kiln_qt_hygiene(kiln-monitor-seed)

# The build monitor on real builds (BuildStarter → runner → build worker → tinyos VMs): label e2e.
kiln_add_test(tst_monitor_e2e SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_monitor_e2e.cpp LIBS kiln_widgets LABELS e2e TIMEOUT 2400)
kiln_qt_hygiene(tst_monitor_e2e)
add_dependencies(tst_monitor_e2e kilnctl kiln-agent)
