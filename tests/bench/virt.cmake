# libvirt layer: event latency over the agent channel (tinyos, goal < 100 ms), upload throughput,
# capture cost with a 2 GB vs a 200 MB base (goal < 2×). Needs libvirtd (scripts/daemons.sh).
# Run: build/tests/bench/bench_virt [--only latency|upload|capture] [--uri URI] [--pings N]
add_executable(bench_virt ${CMAKE_CURRENT_LIST_DIR}/bench_virt.cpp)
target_link_libraries(bench_virt PRIVATE kiln_core)
target_include_directories(bench_virt PRIVATE ${CMAKE_SOURCE_DIR} ${CMAKE_SOURCE_DIR}/tests/virt)
target_compile_definitions(bench_virt PRIVATE
  KILN_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
  KILN_BINARY_DIR="${CMAKE_BINARY_DIR}"
  KILN_TEST_DATA_DIR="${KILN_TEST_DATA_DIR}")
kiln_qt_hygiene(bench_virt)
