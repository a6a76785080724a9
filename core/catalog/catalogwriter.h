#pragma once
// Internal: the catalog's single writer. A QObject living on the "kiln-catalog-writer" thread with
// its own connection; jobs queue up from any thread and are drained in batches, one transaction
// per batch with a savepoint per job, so a failing job is rolled back alone while the others
// commit together (qBittorrent's resume-data writer, PATTERNS.md d-3).

#include "core/catalog/catalogcontext.h"

#include <QMutex>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <deque>

namespace Kiln::Core::Internal {

class CatalogWriter : public QObject
{
    Q_OBJECT
public:
    CatalogWriter(CatalogContext &context, QString path);
    ~CatalogWriter() override;

    void start();                                 // starts the thread
    void enqueue(std::unique_ptr<WriteJob> job);  // any thread
    void stop();                                  // writes what is queued, closes, joins the thread
    // Every intervalMs (0 = off) reads PRAGMA data_version on the writer's connection, which
    // changes exactly when *another* connection committed: in-process readers never write, so
    // that is another process (kilnctl, a build worker). Then calls onExternal on this thread.
    void setPolling(int intervalMs, std::function<void()> onExternal);

private:
    void drain();
    bool ensureOpen(std::vector<std::unique_ptr<WriteJob>> *batch);
    void poll();
    void runBatch(std::vector<std::unique_ptr<WriteJob>> &batch);
    void failAll(std::vector<std::unique_ptr<WriteJob>> &batch, const Error &e);

    CatalogContext &m_context;
    QString m_path;
    QThread m_thread;
    std::unique_ptr<Db> m_db;
    QMutex m_mutex;
    std::deque<std::unique_ptr<WriteJob>> m_queue;
    bool m_drainScheduled = false;
    bool m_stopped = false;
    QTimer *m_pollTimer = nullptr;  // writer thread
    std::function<void()> m_onExternal;
    qint64 m_dataVersion = -1;
};

} // namespace Kiln::Core::Internal
