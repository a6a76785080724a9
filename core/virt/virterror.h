#pragma once
// Turning libvirt failures into Kiln::Core::Error values (PATTERNS.md d-1, rule 1): the thread
// that made the failing call copies virGetLastError() right away (it is thread-local) and
// resets it, so nothing stale leaks into the next call.

#include "core/result.h"

namespace Kiln::Core {

// "<what>: <libvirt's message>", details "libvirt error <code> (domain <d>)", code = virErrorNumber.
// Call right after the failing libvirt call, in the same thread.
Error lastVirtError(const QString &what);

// True when the error means "no such domain / volume / pool" (the thing is simply gone).
bool isNotFoundError(const Error &error);

// An error that did not come from libvirt.
Error makeError(const QString &message, const QString &details = {});

// Translation context for free functions of core/virt.
QString virtTr(const char *text);

} // namespace Kiln::Core
