#pragma once
// Kiln::Core::Result<T>: the error-as-value type of kiln_core (catalog, virt, build) and the
// widgets. A failed Result carries a message a user can act on (STYLE.md, item 6) and a short
// machine-readable code for callers that branch on the kind of failure.

#include "core/toe/expected.h"

#include <QString>

namespace Kiln::Core {

struct Error {
    QString message;  // what went wrong and what to do, in the user's words (already translated)
    QString code;     // stable id: "not-found", "invalid", "conflict", "referenced", "busy", "io", …
};

template <class T>
using Result = Kiln::Expected<T, Error>;

// `return fail(tr("…"), u"not-found"_s);`
inline Kiln::Unexpected<Error> fail(QString message, QString code = {})
{
    return Kiln::unexpected(Error{std::move(message), std::move(code)});
}
inline Kiln::Unexpected<Error> fail(Error error) { return Kiln::unexpected(std::move(error)); }

} // namespace Kiln::Core
