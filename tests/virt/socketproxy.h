#pragma once
// SocketProxy: a unix-socket relay between a libvirt client and the real libvirtd socket, on its
// own thread. Cutting it (dropAll) looks to the client exactly like a daemon that went away —
// without restarting the shared libvirtd other tests use. Test code only.

#include <QLocalServer>
#include <QLocalSocket>
#include <QMetaObject>
#include <QThread>

class SocketProxy : public QObject
{
public:
    SocketProxy(QString listenPath, QString targetPath)
        : m_listenPath(std::move(listenPath))
        , m_targetPath(std::move(targetPath))
    {
        m_thread.setObjectName(QStringLiteral("socket proxy"));
        moveToThread(&m_thread);
        m_thread.start();
    }
    ~SocketProxy() override
    {
        call([this] {
            dropAllNow();
            delete m_server;
            m_server = nullptr;
        });
        m_thread.quit();
        m_thread.wait();
    }

    bool listen()
    {
        bool ok = false;
        call([this, &ok] {
            if (!m_server) {
                m_server = new QLocalServer;
                QObject::connect(m_server, &QLocalServer::newConnection, this, [this] { accept(); });
            }
            QLocalServer::removeServer(m_listenPath);
            ok = m_server->listen(m_listenPath);
        });
        return ok;
    }
    // Closes every relayed connection and stops accepting new ones.
    void dropAll()
    {
        call([this] {
            if (m_server)
                m_server->close();
            dropAllNow();
        });
    }

private:
    template <class F>
    void call(F f)
    {
        QMetaObject::invokeMethod(this, f, Qt::BlockingQueuedConnection);
    }

    void accept()
    {
        while (QLocalSocket *client = m_server->nextPendingConnection()) {
            auto *upstream = new QLocalSocket;
            upstream->connectToServer(m_targetPath);
            if (!upstream->waitForConnected(5000)) {
                delete upstream;
                client->abort();
                client->deleteLater();
                continue;
            }
            client->setParent(nullptr);
            m_pairs.append(std::make_pair(client, upstream));
            auto pipe = [](QLocalSocket *from, QLocalSocket *to) {
                QObject::connect(from, &QLocalSocket::readyRead, to, [from, to] { to->write(from->readAll()); });
                QObject::connect(from, &QLocalSocket::disconnected, to, [to] { to->disconnectFromServer(); });
            };
            pipe(client, upstream);
            pipe(upstream, client);
        }
    }

    void dropAllNow()
    {
        for (const auto &[client, upstream] : std::as_const(m_pairs)) {
            client->abort();
            upstream->abort();
            client->deleteLater();
            upstream->deleteLater();
        }
        m_pairs.clear();
    }

    QThread m_thread;
    QString m_listenPath;
    QString m_targetPath;
    QLocalServer *m_server = nullptr;
    QList<std::pair<QLocalSocket *, QLocalSocket *>> m_pairs;
};
