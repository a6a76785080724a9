# The live log view (widgets/logview.h).
kiln_add_test(test_logview SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_logview.cpp LIBS kiln_widgets TIMEOUT 300)
kiln_qt_hygiene(test_logview)
