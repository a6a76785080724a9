#pragma once
// ToolProcess: an external tool (qemu-img, gzip, xz, zstd) run as an asynchronous QProcess with
// exactly one done(Result) (STYLE.md, item 8; Qt Creator's process wrapper). The result carries
// the tool's output, or an error naming the command, its exit code and the last lines it printed.
// run() is the blocking form for the build worker: it waits with a Waiter, so the worker's event
// loop keeps running, and a cancel kills the tool.

#include "core/build/waiter.h"
#include "core/result.h"

#include <QObject>
#include <QProcess>
#include <QStringList>

namespace Kiln::Core {

class ToolProcess : public QObject
{
    Q_OBJECT
public:
    using Output = Result<QByteArray>; // stdout + stderr, merged

    explicit ToolProcess(QObject *parent = nullptr);
    ~ToolProcess() override;

    void start(const QString &program, const QStringList &arguments);
    void kill();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    // Blocking for the worker: runs `program` to its end, or until cancelled or timed out.
    static Output run(const QString &program, const QStringList &arguments, const Waiter &waiter,
                      QDeadlineTimer deadline = QDeadlineTimer::Forever);

    // "qemu-img convert -O qcow2 a b" for messages (arguments with spaces quoted).
    static QString commandLine(const QString &program, const QStringList &arguments);

Q_SIGNALS:
    void done(const Kiln::Core::ToolProcess::Output &output);

private:
    void finish(Output output);

    QProcess m_process;
    QString m_command;
    bool m_done = true;
};

} // namespace Kiln::Core
