#include "toolprocess.h"

#include "core/build/buildtr.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace Kiln::Core {

ToolProcess::ToolProcess(QObject *parent) : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        const QByteArray output = m_process.readAll();
        if (status == QProcess::NormalExit && exitCode == 0) {
            finish(output);
            return;
        }
        QStringList lines = QString::fromUtf8(output).trimmed().split(u'\n');
        if (lines.size() > 10)
            lines = lines.mid(lines.size() - 10);
        const QString why = status == QProcess::NormalExit ? BuildTr::tr("exit code %1").arg(exitCode) : BuildTr::tr("it crashed");
        finish(fail(BuildTr::tr("%1 failed (%2): %3").arg(m_command, why, lines.join(u'\n')), u"tool"_s));
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(fail(BuildTr::tr("Cannot run %1: %2. Is it installed? (scripts/deps.sh installs it)")
                            .arg(m_command, m_process.errorString()),
                        u"not-found"_s));
    });
}

ToolProcess::~ToolProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(2000); // a killed tool ends at once; never left as a zombie
    }
}

QString ToolProcess::commandLine(const QString &program, const QStringList &arguments)
{
    QStringList parts{program};
    for (const QString &a : arguments)
        parts << (a.contains(u' ') ? u'\'' + a + u'\'' : a);
    return parts.join(u' ');
}

void ToolProcess::start(const QString &program, const QStringList &arguments)
{
    m_command = commandLine(program, arguments);
    m_done = false;
    m_process.start(program, arguments);
}

void ToolProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning)
        m_process.kill();
}

void ToolProcess::finish(Output output)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT done(output);
}

ToolProcess::Output ToolProcess::run(const QString &program, const QStringList &arguments, const Waiter &waiter,
                                     QDeadlineTimer deadline)
{
    ToolProcess tool;
    std::optional<Output> result;
    connect(&tool, &ToolProcess::done, &tool, [&result](const Output &o) { result = o; });
    tool.start(program, arguments);
    const Waiter::Outcome o = waiter.until([&result] { return result.has_value(); }, deadline);
    if (o == Waiter::Outcome::Done)
        return *result;
    tool.kill();
    Waiter().until([&result] { return result.has_value(); }, QDeadlineTimer(5000));
    if (o == Waiter::Outcome::Cancelled)
        return fail(BuildTr::tr("cancelled"), u"cancelled"_s);
    return fail(BuildTr::tr("%1 did not finish in time").arg(commandLine(program, arguments)), u"timeout"_s);
}

} // namespace Kiln::Core
