#include "catalogwriter.h"

#include <QMetaObject>
#include <QSet>

#include <map>

namespace Kiln::Core::Internal {

static constexpr size_t kMaxBatch = 5000; // bounds the time one transaction holds the write lock

CatalogWriter::CatalogWriter(CatalogContext &context, QString path)
    : m_context(context), m_path(std::move(path))
{
    m_thread.setObjectName(QStringLiteral("kiln-catalog-writer"));
}

CatalogWriter::~CatalogWriter() { stop(); }

void CatalogWriter::start()
{
    moveToThread(&m_thread);
    m_thread.start();
}

void CatalogWriter::enqueue(std::unique_ptr<WriteJob> job)
{
    QMutexLocker lock(&m_mutex);
    if (m_stopped) {
        lock.unlock();
        job->complete(nullptr); // "the catalog was closed"
        return;
    }
    m_queue.push_back(std::move(job));
    if (!m_drainScheduled) {
        m_drainScheduled = true;
        QMetaObject::invokeMethod(this, &CatalogWriter::drain, Qt::QueuedConnection);
    }
}

void CatalogWriter::stop()
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_stopped)
            return;
        m_stopped = true;
    }
    if (m_thread.isRunning()) {
        // Finish what is queued and close the connection inside the writer thread.
        QMetaObject::invokeMethod(this, [this] {
            drain();
            delete m_pollTimer;
            m_pollTimer = nullptr;
            m_db.reset();
            moveToThread(nullptr);
        }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    // Jobs that arrived after the last drain (none can, m_stopped is set) or with no thread.
    std::vector<std::unique_ptr<WriteJob>> rest;
    {
        QMutexLocker lock(&m_mutex);
        for (auto &j : m_queue)
            rest.push_back(std::move(j));
        m_queue.clear();
    }
    for (auto &j : rest)
        j->complete(nullptr);
}

void CatalogWriter::drain()
{
    for (;;) {
        std::vector<std::unique_ptr<WriteJob>> batch;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_queue.empty() && batch.size() < kMaxBatch) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
            if (batch.empty()) {
                m_drainScheduled = false;
                return;
            }
        }
        runBatch(batch);
    }
}

void CatalogWriter::failAll(std::vector<std::unique_ptr<WriteJob>> &batch, const Error &e)
{
    for (auto &job : batch)
        job->complete(&e);
}

bool CatalogWriter::ensureOpen(std::vector<std::unique_ptr<WriteJob>> *batch)
{
    if (m_db)
        return true;
    auto db = Db::open(m_path, QStringLiteral("kiln-writer-%1").arg(quintptr(this), 0, 16), Db::Mode::Writer);
    if (!db) {
        if (batch)
            failAll(*batch, db.error());
        return false;
    }
    m_db = std::move(*db);
    return true;
}

void CatalogWriter::setPolling(int intervalMs, std::function<void()> onExternal)
{
    QMetaObject::invokeMethod(this, [this, intervalMs, onExternal = std::move(onExternal)] {
        m_onExternal = onExternal;
        if (intervalMs <= 0) {
            delete m_pollTimer;
            m_pollTimer = nullptr;
            return;
        }
        if (!m_pollTimer) {
            m_pollTimer = new QTimer(this);
            connect(m_pollTimer, &QTimer::timeout, this, &CatalogWriter::poll);
        }
        m_pollTimer->start(intervalMs);
        poll();
    }, Qt::QueuedConnection);
}

void CatalogWriter::poll()
{
    if (!ensureOpen(nullptr))
        return;
    auto version = m_db->scalar(QStringLiteral("PRAGMA data_version"));
    if (!version)
        return;
    const qint64 v = version->toLongLong();
    const bool changed = m_dataVersion >= 0 && v != m_dataVersion;
    m_dataVersion = v;
    if (changed && m_onExternal)
        m_onExternal();
}

void CatalogWriter::runBatch(std::vector<std::unique_ptr<WriteJob>> &batch)
{
    if (!ensureOpen(&batch))
        return;
    Db &db = *m_db;
    // IMMEDIATE takes the write lock now (waiting up to the busy timeout for another process)
    // instead of failing half-way through a job.
    if (auto r = db.run(QStringLiteral("BEGIN IMMEDIATE")); !r) {
        failAll(batch, r.error());
        return;
    }
    std::vector<WriteContext> contexts;
    contexts.reserve(batch.size());
    for (auto &job : batch) {
        contexts.emplace_back(db);
        WriteContext &w = contexts.back();
        if (auto r = db.run(QStringLiteral("SAVEPOINT job")); !r) {
            (void)db.run(QStringLiteral("ROLLBACK"));
            failAll(batch, r.error());
            return;
        }
        const bool ok = job->run(w);
        if (!ok) {
            w.m_changes.clear();
            w.m_afterCommit.clear();
            if (auto r = db.run(QStringLiteral("ROLLBACK TO job")); !r) {
                // SQLite already rolled the whole transaction back (disk full, I/O error).
                (void)db.run(QStringLiteral("ROLLBACK"));
                failAll(batch, r.error());
                return;
            }
        }
        if (auto r = db.run(QStringLiteral("RELEASE job")); !r) {
            (void)db.run(QStringLiteral("ROLLBACK"));
            failAll(batch, r.error());
            return;
        }
    }
    if (auto r = db.run(QStringLiteral("COMMIT")); !r) {
        (void)db.run(QStringLiteral("ROLLBACK"));
        failAll(batch, r.error());
        return;
    }
    m_context.committed();

    std::map<Catalog::Table, QList<qint64>> changes;
    std::map<Catalog::Table, QSet<qint64>> seen; // a batch can hold thousands of ids
    for (WriteContext &w : contexts) {
        for (auto &action : w.m_afterCommit)
            action();
        for (const auto &[table, id] : std::as_const(w.m_changes)) {
            if (!seen[table].contains(id)) {
                seen[table].insert(id);
                changes[table].append(id);
            }
        }
    }
    for (const auto &[table, ids] : changes)
        m_context.notify(table, ids);
    for (auto &job : batch)
        job->complete(nullptr);
}

} // namespace Kiln::Core::Internal
