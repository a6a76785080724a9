# The component editor (issue 6): typing, completion, visual edits on the golden folders of
# tests/data/editor, the outline model; files, unsaved-changes prompts, new catalog versions,
# the Issues dock and the main window.
foreach(t tst_componenteditor tst_editorfiles)
  kiln_add_test(${t} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${t}.cpp ${CMAKE_CURRENT_LIST_DIR}/catalogfixture.h
                LIBS kiln_widgets LABELS unit TIMEOUT 300)
  kiln_qt_hygiene(${t})
endforeach()
# The test run for real: tinyos in a throwaway VM under TCG (needs libvirtd, kilnctl and kiln-agent).
kiln_add_test(tst_editortestrun_e2e SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_editortestrun_e2e.cpp
              LIBS kiln_widgets LABELS e2e TIMEOUT 900 ENVIRONMENT QTEST_FUNCTION_TIMEOUT=840000)
kiln_qt_hygiene(tst_editortestrun_e2e)
