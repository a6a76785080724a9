# The build monitor under a flooding build: 100,000 lines/s for 10 s with steps and timeline
# updating (event-loop stalls). Run: QT_QPA_PLATFORM=offscreen build/tests/bench/bench_monitor
# [LINES_PER_SECOND] [SECONDS].
if(KILN_BUILD_GUI)
  add_executable(bench_monitor ${CMAKE_CURRENT_LIST_DIR}/bench_monitor.cpp)
  target_link_libraries(bench_monitor PRIVATE kiln_widgets)
  kiln_qt_hygiene(bench_monitor)
endif()
