#include "hostcache.h"

#include "core/build/buildtr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Kiln::Core {

namespace {

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeJson(const QString &path, const QJsonObject &o)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
        f.commit();
    }
}

} // namespace

HostCache::HostCache(const Home &home) : m_dir(home.root() + u"/cache"_s) {}

QString HostCache::path(const QString &name) const { return m_dir + u'/' + name; }

QString HostCache::bootId()
{
    QFile f(u"/proc/sys/kernel/random/boot_id"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(f.readAll()).trimmed();
}

Result<QString> HostCache::fileSha256(const QString &file)
{
    const QFileInfo fi(file);
    if (!fi.isFile())
        return fail(BuildTr::tr("%1 does not exist").arg(file), u"not-found"_s);
    const QString key = fi.absoluteFilePath();
    const QString stamp = u"%1:%2"_s.arg(fi.size()).arg(fi.lastModified().toMSecsSinceEpoch());
    QJsonObject cache = readJson(path(u"sha256.json"_s));
    const QJsonObject known = cache.value(key).toObject();
    if (known.value(u"stamp"_s).toString() == stamp && known.value(u"sha256"_s).toString().size() == 64)
        return known.value(u"sha256"_s).toString();
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(BuildTr::tr("Cannot read %1: %2").arg(file, f.errorString()), u"io"_s);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return fail(BuildTr::tr("Cannot read %1: %2").arg(file, f.errorString()), u"io"_s);
    const QString sha = QString::fromLatin1(hash.result().toHex());
    cache = readJson(path(u"sha256.json"_s)); // another worker may have written meanwhile
    cache.insert(key, QJsonObject{{u"stamp"_s, stamp}, {u"sha256"_s, sha}});
    writeJson(path(u"sha256.json"_s), cache);
    return sha;
}

std::optional<AcceleratorChoice> HostCache::accelerator(const QString &uri) const
{
    // Only for this host: a remote hypervisor's boot is not visible from here.
    if (!QUrl(uri).host().isEmpty())
        return std::nullopt;
    const QJsonObject entry = readJson(path(u"accelerator.json"_s)).value(uri).toObject();
    if (entry.isEmpty() || entry.value(u"bootId"_s).toString() != bootId() || bootId().isEmpty())
        return std::nullopt;
    AcceleratorChoice c;
    c.accelerator = parseAccelerator(entry.value(u"accelerator"_s).toString()).value_or(Accelerator::Tcg);
    c.probed = true;
    c.kvmUsable = entry.value(u"kvmUsable"_s).toBool();
    c.warning = entry.value(u"warning"_s).toString();
    return c;
}

void HostCache::rememberAccelerator(const QString &uri, const AcceleratorChoice &choice)
{
    if (!QUrl(uri).host().isEmpty() || !choice.probed)
        return;
    QJsonObject all = readJson(path(u"accelerator.json"_s));
    all.insert(uri, QJsonObject{{u"bootId"_s, bootId()},
                                {u"accelerator"_s, acceleratorName(choice.accelerator)},
                                {u"kvmUsable"_s, choice.kvmUsable},
                                {u"warning"_s, choice.warning}});
    writeJson(path(u"accelerator.json"_s), all);
}

} // namespace Kiln::Core
