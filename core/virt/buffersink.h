#pragma once
// BufferSink: a ByteSink that keeps everything in memory — for tests, the accelerator probe and
// other short streams. Thread-safe.

#include "core/virt/bytesink.h"

#include <QByteArray>
#include <QMutex>

namespace Kiln::Core {

class BufferSink : public ByteSink
{
public:
    void append(QByteArrayView bytes) override
    {
        QMutexLocker lock(&m_mutex);
        m_data.append(bytes);
    }
    QByteArray data() const
    {
        QMutexLocker lock(&m_mutex);
        return m_data;
    }

private:
    mutable QMutex m_mutex;
    QByteArray m_data;
};

} // namespace Kiln::Core
