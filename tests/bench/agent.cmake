# kiln-agent: step output throughput through the real static agent to a raw reader (and the host's
# AgentEventParser on that stream), and the latency from a step's write to the host.
# Run: build/tests/bench/bench_agent [MEGABYTES]
add_executable(bench_agent ${CMAKE_CURRENT_LIST_DIR}/bench_agent.cpp)
target_link_libraries(bench_agent PRIVATE kiln_core)
add_dependencies(bench_agent kiln-agent)
target_compile_definitions(bench_agent PRIVATE KILN_AGENT_BINARY="$<TARGET_FILE:kiln-agent>")
kiln_qt_hygiene(bench_agent)
