#include "catalogcontext.h"

#include "catalogwriter.h"
#include "migrations.h"

#include <QDir>
#include <QFileInfo>

#include <vector>

namespace Kiln::Core::Internal {

namespace {

std::atomic<quint64> g_nextThreadSerial{1};
std::atomic<quint64> g_nextCatalogSerial{1};

// Releases this thread's reader connections when the thread ends, so that pool threads which
// expire do not leave open SQLite handles behind.
struct ThreadReaders {
    quint64 serial = g_nextThreadSerial.fetch_add(1);
    std::vector<std::weak_ptr<CatalogContext>> contexts;
    ~ThreadReaders()
    {
        for (auto &weak : contexts)
            if (auto context = weak.lock())
                context->releaseThread(serial);
    }
};

thread_local ThreadReaders t_readers;

} // namespace

CatalogContext::CatalogContext(QString path)
    : m_path(std::move(path)), m_serial(g_nextCatalogSerial.fetch_add(1))
{
    m_readPool.setObjectName(QStringLiteral("kiln-catalog-readers"));
    m_readPool.setMaxThreadCount(2);
    m_readPool.setExpiryTimeout(60000);
}

Result<std::shared_ptr<CatalogContext>> CatalogContext::open(const QString &path, int upTo)
{
    if (auto r = checkCatalogFile(path); !r)
        return fail(r.error());
    std::shared_ptr<CatalogContext> context(new CatalogContext(path));
    {
        auto setup = Db::open(path, QStringLiteral("kiln-setup-%1").arg(context->m_serial), Db::Mode::Setup);
        if (!setup)
            return fail(setup.error());
        auto version = migrate(**setup, upTo);
        if (!version)
            return fail(version.error());
        context->m_schemaVersion = *version;
    }
    context->m_writer = std::make_unique<CatalogWriter>(*context, path);
    context->m_writer->start();
    return context;
}

CatalogContext::~CatalogContext()
{
    shutdown();
    QMutexLocker lock(&m_readersMutex);
    m_readers.clear();
}

void CatalogContext::shutdown()
{
    if (m_shutDown.exchange(true))
        return;
    if (m_writer)
        m_writer->stop();
    m_readPool.waitForDone();
}

void CatalogContext::setNotifier(std::function<void(Catalog::Table, const QList<qint64> &)> notifier)
{
    QMutexLocker lock(&m_notifierMutex);
    m_notifier = std::move(notifier);
}

void CatalogContext::setExternalPolling(int intervalMs, std::function<void()> onExternal)
{
    if (m_writer && !m_shutDown.load())
        m_writer->setPolling(intervalMs, std::move(onExternal));
}

void CatalogContext::notify(Catalog::Table table, const QList<qint64> &ids)
{
    QMutexLocker lock(&m_notifierMutex);
    if (m_notifier)
        m_notifier(table, ids);
}

void CatalogContext::enqueue(std::unique_ptr<WriteJob> job)
{
    m_writer->enqueue(std::move(job));
}

Result<Db *> CatalogContext::readerForThisThread()
{
    const quint64 thread = t_readers.serial;
    {
        QMutexLocker lock(&m_readersMutex);
        auto it = m_readers.find(thread);
        if (it != m_readers.end())
            return it->second.get();
    }
    auto db = Db::open(m_path, QStringLiteral("kiln-read-%1-%2").arg(m_serial).arg(thread), Db::Mode::Reader);
    if (!db)
        return fail(db.error());
    Db *raw = db->get();
    {
        QMutexLocker lock(&m_readersMutex);
        m_readers.emplace(thread, std::move(*db));
    }
    t_readers.contexts.push_back(weak_from_this());
    return raw;
}

void CatalogContext::releaseThread(quint64 threadSerial)
{
    std::unique_ptr<Db> db;
    {
        QMutexLocker lock(&m_readersMutex);
        auto it = m_readers.find(threadSerial);
        if (it == m_readers.end())
            return;
        db = std::move(it->second);
        m_readers.erase(it);
    }
    // db is closed here, on the thread that used it.
}

} // namespace Kiln::Core::Internal
