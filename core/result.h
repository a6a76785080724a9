#pragma once
// Kiln::Core's error values (STYLE.md, item 6): a message a user can act on, optional details
// (e.g. the library's own error text and code) and a numeric code (0 = none).

#include "toe/expected.h"

#include <QString>

namespace Kiln::Core {

struct Error {
    QString message;
    QString details;
    int code = 0;
};

template <class T>
using Result = Kiln::Expected<T, Error>;

} // namespace Kiln::Core
