#pragma once
// LogStream: what a log line is, for colours in the view and for "jump to first error".

#include <QtGlobal>

namespace Kiln::Core {

enum class LogStream : quint8 {
    Stdout, // a command's standard output (or a plain log such as the serial console)
    Stderr, // a command's standard error
    Info,   // a message from Kiln itself (step started, step succeeded, …)
    Error,  // an error reported by Kiln (step failed, agent event missing, …)
    Marker, // a note about the log itself ("[… N bytes skipped, see full log]")
};

} // namespace Kiln::Core
