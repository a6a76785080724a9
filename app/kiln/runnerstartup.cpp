#include "runnerstartup.h"

#include "core/catalog/catalog.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Kiln::App {

RunnerStartup::RunnerStartup(Core::Catalog &catalog)
{
    m_sweep = QtConcurrent::run([&catalog] {
        const Core::SweepReport report = Core::LeftoverSweeper::sweep(catalog);
        // The catalog rows are the user-visible result (the Builds panel); the console keeps
        // the details for a bug report.
        for (qint64 id : report.interruptedBuilds)
            qInfo("kiln: build %lld was interrupted (its worker stopped); marked as failed", id);
        if (!report.destroyedDomains.isEmpty() || !report.deletedVolumes.isEmpty())
            qInfo("kiln: removed leftovers of crashed runs: %s",
                  qPrintable((report.destroyedDomains + report.deletedVolumes).join(QStringLiteral(", "))));
        for (const QString &problem : report.problems)
            qWarning("kiln: leftover check: %s", qPrintable(problem));
    });
}

RunnerStartup::~RunnerStartup()
{
    m_sweep.waitForFinished();
}

} // namespace Kiln::App
