#pragma once
// Internal: what the Catalog facade and its repositories share: the database path, the writer
// thread (one connection, batched transactions), the per-thread reader connections and the reader
// pool for asynchronous snapshot reads.

#include "core/catalog/catalog.h"
#include "core/catalog/db.h"

#include <QFuture>
#include <QMutex>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace Kiln::Core::Internal {

class CatalogWriter;

// Given to every write job: the writer's connection, plus change notifications and actions that
// only take effect if the job's changes are committed.
class WriteContext
{
public:
    explicit WriteContext(Db &db) : db(db) {}
    Db &db;
    void notify(Catalog::Table table, qint64 id) { m_changes.append({table, id}); }
    void afterCommit(std::function<void()> action) { m_afterCommit.append(std::move(action)); }

private:
    friend class CatalogWriter;
    QList<QPair<Catalog::Table, qint64>> m_changes;
    QList<std::function<void()>> m_afterCommit;
};

struct WriteJob {
    virtual ~WriteJob() = default;
    virtual bool run(WriteContext &w) = 0;              // false: roll this job back
    virtual void complete(const Error *commitError) = 0; // deliver the result
};

template <class T>
struct TypedWriteJob final : WriteJob {
    explicit TypedWriteJob(std::function<Result<T>(WriteContext &)> f) : fn(std::move(f)) { promise.start(); }
    bool run(WriteContext &w) override
    {
        result.emplace(fn(w));
        return result->has_value();
    }
    void complete(const Error *commitError) override
    {
        if (!result)
            promise.addResult(Result<T>(fail(commitError ? *commitError : Error{Tr::tr("The catalog was closed before this change was written."), QStringLiteral("closed")})));
        else if (commitError && result->has_value())
            promise.addResult(Result<T>(fail(*commitError)));
        else
            promise.addResult(std::move(*result));
        promise.finish();
    }
    std::function<Result<T>(WriteContext &)> fn;
    QPromise<Result<T>> promise;
    std::optional<Result<T>> result;
};

class CatalogContext : public std::enable_shared_from_this<CatalogContext>
{
public:
    // Checks, creates or migrates the catalog file, then starts the writer thread.
    static Result<std::shared_ptr<CatalogContext>> open(const QString &path, int upTo = -1);
    ~CatalogContext();
    // Writes what is queued, stops the writer, waits for running reads. Later writes and async
    // reads fail with "the catalog was closed".
    void shutdown();

    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    quint64 commits() const { return m_commits.load(); }

    // Called after every commit, on the writer thread.
    void setNotifier(std::function<void(Catalog::Table, const QList<qint64> &)> notifier);
    // See CatalogWriter::setPolling; onExternal runs on the writer thread.
    void setExternalPolling(int intervalMs, std::function<void()> onExternal);

    template <class T>
    QFuture<Result<T>> write(std::function<Result<T>(WriteContext &)> fn)
    {
        auto job = std::make_unique<TypedWriteJob<T>>(std::move(fn));
        QFuture<Result<T>> future = job->promise.future();
        enqueue(std::move(job));
        return future;
    }

    // Runs fn on the calling thread's reader connection.
    template <class T>
    Result<T> read(const std::function<Result<T>(Db &)> &fn)
    {
        auto db = readerForThisThread();
        if (!db)
            return fail(db.error());
        return fn(**db);
    }

    // Runs fn on the reader pool; the context stays alive until it has run.
    template <class T>
    QFuture<Result<T>> readAsync(std::function<Result<T>(Db &)> fn)
    {
        if (m_shutDown.load())
            return QtFuture::makeReadyFuture(Result<T>(fail(Tr::tr("The catalog was closed."), QStringLiteral("closed"))));
        std::shared_ptr<CatalogContext> self = shared_from_this();
        return QtConcurrent::run(&m_readPool, [self, fn = std::move(fn)]() { return self->read<T>(fn); });
    }

    Result<Db *> readerForThisThread();
    void releaseThread(quint64 threadSerial); // a reader thread is ending

    // For CatalogWriter
    void committed() { m_commits.fetch_add(1); }
    void notify(Catalog::Table table, const QList<qint64> &ids);

private:
    explicit CatalogContext(QString path);
    void enqueue(std::unique_ptr<WriteJob> job);

    QString m_path;
    quint64 m_serial = 0;
    int m_schemaVersion = 0;
    std::atomic<quint64> m_commits{0};
    std::atomic_bool m_shutDown{false};
    QThreadPool m_readPool;
    QMutex m_readersMutex;
    std::map<quint64, std::unique_ptr<Db>> m_readers; // by thread serial
    std::unique_ptr<CatalogWriter> m_writer;
    QMutex m_notifierMutex;
    std::function<void(Catalog::Table, const QList<qint64> &)> m_notifier;
};

} // namespace Kiln::Core::Internal
