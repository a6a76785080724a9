#pragma once
// Catalog: Kiln's store of components, recipes, configurations, pipelines, images and builds in
// one SQLite file (<home>/catalog.db). The only way the GUI, kilnctl and the build engine reach
// the database.
//
// Threading (PATTERNS.md d-3):
//  - open() is blocking (a few ms; runs migrations): call it before the GUI shows, or on a worker.
//  - Writes go to one writer thread ("kiln-catalog-writer") with its own connection, are batched
//    into transactions (each write is atomic on its own: a failed write never affects another)
//    and return QFuture<Result<T>>. Calling a write is safe from any thread. Waiting on its
//    future (.result()) is the synchronous convenience for kilnctl and the build worker; the GUI
//    uses .then(this, …) or QFutureWatcher instead.
//  - Synchronous reads use a connection owned by the calling thread (created on first use, closed
//    when the thread ends or the Catalog is destroyed). The *Async reads run on the catalog's own
//    reader pool and return value snapshots.
//  - changed(table, ids) is emitted after each commit of this process's writer (queued to the
//    receivers' threads). externallyChanged() reports commits by other processes (kilnctl, the
//    build worker) when polling is enabled.
// The Catalog object must outlive the futures it handed out; its destructor finishes queued writes.

#include "core/catalog/buildrepository.h"
#include "core/catalog/componentrepository.h"
#include "core/catalog/distributionrepository.h"
#include "core/catalog/home.h"
#include "core/catalog/imagerepository.h"
#include "core/catalog/infrastructurerepository.h"
#include "core/catalog/pipelinerepository.h"
#include "core/catalog/reciperepository.h"

#include <QObject>

#include <memory>

namespace Kiln::Core {

class Catalog : public QObject
{
    Q_OBJECT
public:
    enum class Table {
        Components,
        Recipes,
        Images,
        Infrastructure,
        Distributions,
        Pipelines,
        Builds,
        BuildSteps,
        BuildLogs,
    };
    Q_ENUM(Table)

    // Opens <home>/catalog.db, creating the home folders and the database when missing and
    // migrating an older schema. Refuses (leaving the file untouched) a file that is not an
    // SQLite database, an SQLite database that is not a Kiln catalog, and a catalog written by a
    // newer Kiln.
    static Result<std::unique_ptr<Catalog>> open(const Home &home);
    ~Catalog() override;

    const Home &home() const { return m_home; }
    int schemaVersion() const;        // after open: latestSchemaVersion()
    static int latestSchemaVersion(); // the number of migrations this Kiln has

    ComponentRepository &components() { return m_components; }
    RecipeRepository &recipes() { return m_recipes; }
    ImageRepository &images() { return m_images; }
    InfrastructureRepository &infrastructure() { return m_infrastructure; }
    DistributionRepository &distributions() { return m_distributions; }
    PipelineRepository &pipelines() { return m_pipelines; }
    BuildRepository &builds() { return m_builds; }

    // Resolves when every write queued before this call has been committed (or failed).
    QFuture<Result<void>> flush();

    // Every intervalMs (0 = off) checks PRAGMA data_version on the writer thread's connection and
    // emits externallyChanged() (queued) when another process committed since the last check.
    // Never blocks the caller; each check is a microsecond-scale query.
    void setExternalChangePolling(int intervalMs);

    // For Internal use by the repositories and the importer.
    const std::shared_ptr<Internal::CatalogContext> &context() const { return m_context; }

Q_SIGNALS:
    void changed(Kiln::Core::Catalog::Table table, const QList<qint64> &ids);
    void externallyChanged();

private:
    Catalog(const Home &home, std::shared_ptr<Internal::CatalogContext> context);

    Home m_home;
    std::shared_ptr<Internal::CatalogContext> m_context;
    ComponentRepository m_components;
    RecipeRepository m_recipes;
    ImageRepository m_images;
    InfrastructureRepository m_infrastructure;
    DistributionRepository m_distributions;
    PipelineRepository m_pipelines;
    BuildRepository m_builds;
};

} // namespace Kiln::Core
