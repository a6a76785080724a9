#pragma once
// Turning libvirt failures into Kiln::Core::Error values (PATTERNS.md d-1, rule 1): the thread
// that made the failing call copies virGetLastError() right away (it is thread-local) and
// resets it, so nothing stale leaks into the next call.

#include "core/result.h"

namespace Kiln::Core {

// message "<what>: <libvirt's message>"; code "not-found" when the domain, volume or pool does not
// exist, else "libvirt-<virErrorNumber>" (e.g. "libvirt-55" for VIR_ERR_OPERATION_INVALID).
// Call right after the failing libvirt call, in the same thread.
Error lastVirtError(const QString &what);

// True when the error means "no such domain / volume / pool" (the thing is simply gone).
bool isNotFoundError(const Error &error);
// True when the error is libvirt's virErrorNumber `number` (not for the "not-found" ones).
bool isVirtError(const Error &error, int number);

// An error that did not come from libvirt. Codes used by core/virt: "invalid" (a bad request,
// e.g. a DomainSpec), "io" (a local file), "cancelled", "closed" (the connection went away).
Error makeError(const QString &message, const QString &code = {});

// Translation context for free functions of core/virt.
QString virtTr(const char *text);

} // namespace Kiln::Core
