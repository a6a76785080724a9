#pragma once
// BuildLock: the lock file a build worker holds for as long as it runs its build
// (<home>/logs/build-<id>/worker.lock, an exclusive flock). The kernel drops the lock when the
// process dies however it dies, so "lock free and state not final" reliably means the worker is
// gone and the build was interrupted (LeftoverSweeper). Only meaningful on one host.

#include "core/result.h"

#include <QString>

namespace Kiln::Core {

class BuildLock
{
public:
    BuildLock() = default;
    ~BuildLock(); // releases
    BuildLock(const BuildLock &) = delete;
    BuildLock &operator=(const BuildLock &) = delete;

    // Takes the lock without waiting; fails with code "busy" when another process holds it.
    Result<void> acquire(const QString &path);
    void release();
    bool isHeld() const { return m_fd >= 0; }
    QString path() const { return m_path; }

    // True when some process holds the lock at `path` (false when the file does not exist).
    static bool isLocked(const QString &path);

private:
    int m_fd = -1;
    QString m_path;
};

} // namespace Kiln::Core
