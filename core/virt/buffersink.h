#pragma once
// BufferSink: a ByteSink that keeps everything in memory — for tests, the accelerator probe and
// other short streams. Thread-safe; waitFor() lets a worker thread block until some text has
// arrived (woken by append, no polling). Not for build logs: those go to core/log's LogSink.

#include "core/virt/bytesink.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QMutex>
#include <QWaitCondition>

namespace Kiln::Core {

class BufferSink : public ByteSink
{
public:
    void append(QByteArrayView bytes) override
    {
        QMutexLocker lock(&m_mutex);
        m_data.append(bytes);
        m_grew.wakeAll();
    }
    QByteArray data() const
    {
        QMutexLocker lock(&m_mutex);
        return m_data;
    }
    // True as soon as the received bytes contain needle; false after timeoutMs.
    bool waitFor(QByteArrayView needle, int timeoutMs) const
    {
        QDeadlineTimer deadline(timeoutMs);
        QMutexLocker lock(&m_mutex);
        while (!m_data.contains(needle)) {
            if (!m_grew.wait(&m_mutex, deadline))
                return m_data.contains(needle);
        }
        return true;
    }

private:
    mutable QMutex m_mutex;
    mutable QWaitCondition m_grew;
    QByteArray m_data;
};

} // namespace Kiln::Core
