# The component editor: keystroke cost and validation apply latency on a 2,000-line and a 10 MB
# component (validation runs off the GUI thread). Run: build/tests/bench/bench_editor [--lines N] [--keys N] [--big-mb N]
if(KILN_BUILD_GUI)
  add_executable(bench_editor ${CMAKE_CURRENT_LIST_DIR}/bench_editor.cpp)
  target_include_directories(bench_editor PRIVATE ${CMAKE_SOURCE_DIR})
  target_link_libraries(bench_editor PRIVATE kiln_widgets Qt6::Test)
  kiln_qt_hygiene(bench_editor)
endif()
