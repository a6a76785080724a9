# Live logs: LogSink throughput (100,000 lines/s to the file without loss) and the LogView under
# 100,000 lines/s for 10 s (event-loop stalls). Run: build/tests/bench/bench_logsink,
# QT_QPA_PLATFORM=offscreen build/tests/bench/bench_logview [LINES_PER_SECOND] [SECONDS].
add_executable(bench_logsink ${CMAKE_CURRENT_LIST_DIR}/bench_logsink.cpp)
target_link_libraries(bench_logsink PRIVATE kiln_core)
kiln_qt_hygiene(bench_logsink)

if(KILN_BUILD_GUI)
  add_executable(bench_logview ${CMAKE_CURRENT_LIST_DIR}/bench_logview.cpp)
  target_link_libraries(bench_logview PRIVATE kiln_widgets)
  kiln_qt_hygiene(bench_logview)
endif()
