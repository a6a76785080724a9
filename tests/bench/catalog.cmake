# bench_catalog: the catalog's speed goals (issue "The catalog"), printed as figures.
# Run: build/tests/bench/bench_catalog [HOME]
add_executable(bench_catalog ${CMAKE_CURRENT_LIST_DIR}/bench_catalog.cpp)
target_link_libraries(bench_catalog PRIVATE kiln_core)
target_include_directories(bench_catalog PRIVATE ${CMAKE_SOURCE_DIR})
kiln_qt_hygiene(bench_catalog)
