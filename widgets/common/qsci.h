#pragma once
// Include QScintilla through this header: its headers use the `signals`/`slots` keywords, which
// Kiln turns off (QT_NO_KEYWORDS); the macros are defined only around these includes.
#ifndef signals
#define KILN_QSCI_SIGNALS_DEFINED
#define signals Q_SIGNALS
#define slots Q_SLOTS
#endif
#include <Qsci/qsciscintilla.h>
#include <Qsci/qscilexeryaml.h>
#ifdef KILN_QSCI_SIGNALS_DEFINED
#undef signals
#undef slots
#undef KILN_QSCI_SIGNALS_DEFINED
#endif
