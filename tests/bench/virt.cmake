# libvirt layer benchmarks (from the virt branch). Run: build/tests/bench/bench_virt
add_executable(bench_virt ${CMAKE_CURRENT_LIST_DIR}/bench_virt.cpp)
target_include_directories(bench_virt PRIVATE ${CMAKE_SOURCE_DIR} ${CMAKE_SOURCE_DIR}/tests/virt)
target_compile_definitions(bench_virt PRIVATE
  KILN_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
  KILN_BINARY_DIR="${CMAKE_BINARY_DIR}"
  KILN_TEST_DATA_DIR="${KILN_TEST_DATA_DIR}")
target_link_libraries(bench_virt PRIVATE kiln_core)
kiln_qt_hygiene(bench_virt)
