#include "catalog.h"

#include "catalogcontext.h"
#include "migrations.h"

#include <QTimer>

namespace Kiln::Core {

Catalog::Catalog(const Home &home, std::shared_ptr<Internal::CatalogContext> context)
    : m_home(home),
      m_context(std::move(context)),
      m_components(m_context),
      m_recipes(m_context),
      m_images(m_context),
      m_infrastructure(m_context),
      m_distributions(m_context),
      m_pipelines(m_context),
      m_builds(m_context)
{
    qRegisterMetaType<Kiln::Core::Catalog::Table>();
    // The writer thread calls this after each commit; the signal is queued to receivers living
    // in other threads (the GUI).
    m_context->setNotifier([this](Table table, const QList<qint64> &ids) { Q_EMIT changed(table, ids); });
}

Catalog::~Catalog()
{
    m_context->setNotifier({});
    m_context->shutdown();
}

Result<std::unique_ptr<Catalog>> Catalog::open(const Home &home)
{
    if (home.isNull())
        return fail(Internal::Tr::tr("No Kiln home folder given."), QStringLiteral("invalid"));
    if (auto r = home.ensure(); !r)
        return fail(r.error());
    auto context = Internal::CatalogContext::open(home.catalogPath());
    if (!context)
        return fail(context.error());
    return std::unique_ptr<Catalog>(new Catalog(home, std::move(*context)));
}

int Catalog::schemaVersion() const { return m_context->schemaVersion(); }

int Catalog::latestSchemaVersion() { return Internal::latestSchemaVersion(); }

QFuture<Result<void>> Catalog::flush()
{
    return m_context->write<void>([](Internal::WriteContext &) { return Result<void>(); });
}

void Catalog::setExternalChangePolling(int intervalMs)
{
    if (intervalMs <= 0) {
        delete m_pollTimer;
        m_pollTimer = nullptr;
        return;
    }
    if (!m_pollTimer) {
        m_pollTimer = new QTimer(this);
        connect(m_pollTimer, &QTimer::timeout, this, &Catalog::pollDataVersion);
    }
    m_pollTimer->start(intervalMs);
    pollDataVersion();
}

void Catalog::pollDataVersion()
{
    // PRAGMA data_version changes when any *other* connection commits, which includes this
    // process's writer; a change without a commit of our own writer is another process's.
    auto version = m_context->read<qint64>([](Internal::Db &db) -> Result<qint64> {
        auto v = db.scalar(QStringLiteral("PRAGMA data_version"));
        if (!v)
            return fail(v.error());
        return v->toLongLong();
    });
    if (!version)
        return;
    const quint64 own = m_context->commits();
    const bool changedOutside = m_lastDataVersion >= 0 && *version != m_lastDataVersion && own == m_lastOwnCommits;
    m_lastDataVersion = *version;
    m_lastOwnCommits = own;
    if (changedOutside)
        Q_EMIT externallyChanged();
}

} // namespace Kiln::Core
