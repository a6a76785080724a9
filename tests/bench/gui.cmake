# The desktop application: window shown < 500 ms on a 100,000-version catalog, lazy scrolling
# of the images view. Run: build/tests/bench/bench_gui_startup [--versions N]
if(KILN_BUILD_GUI)
  add_executable(bench_gui_startup ${CMAKE_CURRENT_LIST_DIR}/bench_gui_startup.cpp)
  target_include_directories(bench_gui_startup PRIVATE ${CMAKE_SOURCE_DIR})
  target_link_libraries(bench_gui_startup PRIVATE kiln_widgets Qt6::Test)
  kiln_qt_hygiene(bench_gui_startup)
endif()
