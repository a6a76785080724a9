#include "catalog.h"

#include "catalogcontext.h"
#include "migrations.h"

#include <QPointer>

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
    m_context->setExternalPolling(0, {});
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
    // Polled on the writer's connection (see CatalogWriter::setPolling); the signal is queued to
    // the receivers' threads.
    QPointer<Catalog> self(this);
    m_context->setExternalPolling(intervalMs, [self] {
        if (self)
            QMetaObject::invokeMethod(self, [self] {
                if (self)
                    Q_EMIT self->externallyChanged();
            }, Qt::QueuedConnection);
    });
}

} // namespace Kiln::Core
