#pragma once
// Home: where one Kiln installation keeps its state. A plain value type that every layer uses to
// find the catalog database and the disk, log and export areas:
//   <root>/catalog.db   the SQLite catalog
//   <root>/disks/       image disks owned by the catalog (imports, captured images)
//   <root>/logs/        build logs (build-<id>/…)
//   <root>/exports/     default output of distribution to a directory
// The root is `--home DIR`, else $KILN_HOME, else QStandardPaths::AppDataLocation.

#include "core/result.h"

#include <QString>

namespace Kiln::Core {

class Home
{
public:
    Home() = default;
    explicit Home(const QString &root);

    // overrideDir (from --home) wins, then $KILN_HOME, then QStandardPaths::AppDataLocation
    // (which needs QCoreApplication's organization/application names to be set).
    static Home resolve(const QString &overrideDir = {});

    bool isNull() const { return m_root.isEmpty(); }
    QString root() const { return m_root; }
    QString catalogPath() const;
    QString disksDir() const;
    QString logsDir() const;
    QString exportsDir() const;
    QString incomingDir() const;               // disks/.incoming: partial copies and downloads
    QString buildLogsDir(qint64 buildId) const; // logs/build-<id>

    // Creates the root and its folders; an error says which folder could not be created.
    Result<void> ensure() const;

private:
    QString m_root; // absolute, clean path
};

} // namespace Kiln::Core
