#pragma once
// awaitResult: the synchronous facade over the QFuture<Result<T>> API, for worker threads and the
// headless build worker. Never call it on the GUI thread (use QFuture::then(context, …) there).

#include "core/result.h"
#include "core/virt/virterror.h"

#include <QFuture>

namespace Kiln::Core {

template <class T>
Result<T> awaitResult(QFuture<Result<T>> future)
{
    future.waitForFinished();
    if (future.isCanceled() || future.resultCount() == 0)
        return Kiln::unexpected(makeError(virtTr("The request was cancelled."), QStringLiteral("cancelled")));
    return future.result();
}

} // namespace Kiln::Core
