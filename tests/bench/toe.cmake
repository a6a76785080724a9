# Benchmarks: print figures, assert nothing. Run with `ctest -L bench -V` or directly.
add_executable(bench_validate bench_validate.cpp)
target_link_libraries(bench_validate PRIVATE kiln_toe)
target_include_directories(bench_validate PRIVATE ${CMAKE_SOURCE_DIR})
target_compile_definitions(bench_validate PRIVATE KILN_SHARED_DIR="${KILN_SHARED_DIR}")
add_test(NAME bench_validate COMMAND bench_validate)
set_tests_properties(bench_validate PROPERTIES LABELS bench TIMEOUT 600)

# Executor overhead per trivial ExecuteBash step beyond bash's own start (bench_executor [N]).
add_executable(bench_executor bench_executor.cpp)
target_link_libraries(bench_executor PRIVATE kiln_toe)
target_include_directories(bench_executor PRIVATE ${CMAKE_SOURCE_DIR})
add_test(NAME bench_executor COMMAND bench_executor)
set_tests_properties(bench_executor PROPERTIES LABELS bench TIMEOUT 600)
