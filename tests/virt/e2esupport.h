#pragma once
// Helpers shared by the core/virt end-to-end tests (real libvirtd + QEMU): which URI and pool to
// use, running tools (qemu-img, qemu-io, xorriso, the tinyos fixture script) and hashing files.
// Test code only: blocking waits are fine here, never in the product.

#include "core/virt/virtstorage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>

namespace E2e {

using namespace Qt::StringLiterals;

// KILN_TEST_URI, default qemu:///system (started by scripts/daemons.sh).
inline QString uri()
{
    const QString env = qEnvironmentVariable("KILN_TEST_URI");
    return env.isEmpty() ? u"qemu:///system"_s : env;
}

// A pool of its own, so tests never touch the user's "kiln" pool.
inline Kiln::Core::StoragePoolConfig pool()
{
    Kiln::Core::StoragePoolConfig cfg;
    cfg.name = u"kiln-e2e-virt"_s;
    const QString base = Kiln::Core::StoragePoolConfig::defaultPath(uri());
    cfg.path = base.left(base.lastIndexOf(u'/')) + u"/kiln-e2e-virt"_s;
    return cfg;
}

struct Run {
    int exitCode = -1;
    QByteArray output;
};

// Runs program to its end (stdout and stderr merged). A program still running after timeoutMs is
// killed and reported as not finished (exit code -1). env: the environment, else this process's.
inline Run run(const QString &program, const QStringList &args, int timeoutMs = 600000,
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000)) {
        r.output = "cannot start " + program.toUtf8();
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.output = program.toUtf8() + " did not finish: " + args.join(u' ').toUtf8() + '\n' + p.readAll();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.output = p.readAll();
    return r;
}

inline QString sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

inline QString sha256OfBytes(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The tinyos fixture (KILN_TINYOS_DIR or <build>/fixtures/tinyos), built or refreshed by its
// script (cached: a no-op when up to date). Empty + message on failure.
inline QString tinyosDir(QString *error)
{
    QString dir = qEnvironmentVariable("KILN_TINYOS_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(KILN_BINARY_DIR) + u"/fixtures/tinyos"_s;
    const QString script = QStringLiteral(KILN_SOURCE_DIR) + u"/tests/fixtures/tinyos/build.sh"_s;
    const Run r = run(script, {dir});
    if (r.exitCode != 0) {
        *error = u"tests/fixtures/tinyos/build.sh failed:\n"_s + QString::fromUtf8(r.output);
        return {};
    }
    return dir;
}

} // namespace E2e
