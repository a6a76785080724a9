#pragma once
// ByteSink: where a libvirt stream (agent channel, serial console) delivers its bytes. This is
// the minimal interface core/virt needs; core/log's LogSink (file + bounded queue, PATTERNS.md
// d-2) implements it.
//
// append() is called on the libvirt-events thread, once per received chunk (up to 64 KiB), in
// order; it must be quick and must not call back into libvirt. The stream keeps the sink alive
// (std::shared_ptr) until its teardown is complete.

#include <QByteArrayView>

namespace Kiln::Core {

class ByteSink
{
public:
    virtual ~ByteSink() = default;
    virtual void append(QByteArrayView bytes) = 0;
};

} // namespace Kiln::Core
