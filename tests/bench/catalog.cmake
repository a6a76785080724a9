# Catalog benchmarks (from the catalog branch): print figures against Kiln's speed goals; label "bench".
# Run: ctest -L bench --verbose, or the executables directly.
add_executable(bench_catalog ${CMAKE_CURRENT_LIST_DIR}/bench_catalog.cpp)
target_link_libraries(bench_catalog PRIVATE kiln_core)
target_include_directories(bench_catalog PRIVATE ${CMAKE_SOURCE_DIR})
kiln_qt_hygiene(bench_catalog)
add_test(NAME bench_catalog COMMAND bench_catalog)
set_tests_properties(bench_catalog PROPERTIES LABELS bench TIMEOUT 1800)
