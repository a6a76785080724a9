# The pipeline runner's speed goals (real kilnctl, build workers, kiln-agent, libvirtd + QEMU on
# tinyos): whole pipeline vs two bare QEMU cycles, capture cost vs base size, event latency, output
# flood. Prints figures. Run: build/tests/bench/bench_pipeline [--only pipeline|capture|latency|flood]
add_executable(bench_pipeline ${CMAKE_CURRENT_LIST_DIR}/bench_pipeline.cpp ${CMAKE_CURRENT_LIST_DIR}/bench_pipeline_vm.cpp)
target_include_directories(bench_pipeline PRIVATE ${CMAKE_SOURCE_DIR} ${CMAKE_SOURCE_DIR}/tests/virt)
target_compile_definitions(bench_pipeline PRIVATE
  KILN_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
  KILN_BINARY_DIR="${CMAKE_BINARY_DIR}"
  KILN_TEST_DATA_DIR="${KILN_TEST_DATA_DIR}")
target_link_libraries(bench_pipeline PRIVATE kiln_core)
add_dependencies(bench_pipeline kilnctl kiln-agent)
kiln_qt_hygiene(bench_pipeline)
