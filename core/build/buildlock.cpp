#include "buildlock.h"

#include "core/build/buildtr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Kiln::Core {

BuildLock::~BuildLock()
{
    release();
}

Result<void> BuildLock::acquire(const QString &path)
{
    release();
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return fail(BuildTr::tr("Cannot open the lock file %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))),
                    u"io"_s);
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        ::close(fd);
        if (err == EWOULDBLOCK)
            return fail(BuildTr::tr("Another build worker holds %1.").arg(path), u"busy"_s);
        return fail(BuildTr::tr("Cannot lock %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(err))), u"io"_s);
    }
    // The holder's pid, for people reading the file.
    const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
    if (::ftruncate(fd, 0) == 0 && ::write(fd, pid.constData(), size_t(pid.size())) < 0) {
        // informational only
    }
    m_fd = fd;
    m_path = path;
    return {};
}

void BuildLock::release()
{
    if (m_fd >= 0) {
        ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
        m_fd = -1;
    }
}

bool BuildLock::isLocked(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    // A shared lock fails only while someone holds the exclusive one.
    const bool locked = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd);
    return locked;
}

} // namespace Kiln::Core
