#include "virtstorage.h"

#include "core/virt/virtconnection.h"
#include "core/virt/virterror.h"
#include "core/virt/virthandles.h"
#include "core/virt/volumetransfer.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QXmlStreamReader>

#include <libvirt/virterror.h>

using namespace Qt::StringLiterals;

namespace Kiln::Core {

namespace {

using Lane = VirtConnection::Lane;

// ---- blocking helpers, run inside jobs ----------------------------------------------------

Result<PoolHandle> openPool(virConnectPtr conn, const StoragePoolConfig &cfg, const QString &uri)
{
    const QByteArray name = cfg.name.toUtf8();
    PoolHandle pool(virStoragePoolLookupByName(conn, name.constData()));
    if (!pool) {
        Error e = lastVirtError(virtTr("Cannot find storage pool %1").arg(cfg.name));
        if (!isNotFoundError(e))
            return Kiln::unexpected(e);
        const QString path = cfg.path.isEmpty() ? StoragePoolConfig::defaultPath(uri) : cfg.path;
        const QString xml = u"<pool type='dir'><name>%1</name><target><path>%2</path></target></pool>"_s
                                .arg(cfg.name.toHtmlEscaped(), path.toHtmlEscaped());
        pool.reset(virStoragePoolDefineXML(conn, xml.toUtf8().constData(), 0));
        if (!pool) {
            Error defineError = lastVirtError(virtTr("Cannot create storage pool %1 at %2").arg(cfg.name, path));
            // Another Kiln process may have defined it a moment ago.
            pool.reset(virStoragePoolLookupByName(conn, name.constData()));
            if (!pool) {
                virResetLastError();
                return Kiln::unexpected(defineError);
            }
        } else {
            if (virStoragePoolBuild(pool.get(), 0) < 0)
                return Kiln::unexpected(lastVirtError(virtTr("Cannot create the folder of storage pool %1 (%2)").arg(cfg.name, path)));
            if (virStoragePoolSetAutostart(pool.get(), 1) < 0)
                virResetLastError(); // nice to have only
        }
    }
    if (virStoragePoolIsActive(pool.get()) != 1 && virStoragePoolCreate(pool.get(), 0) < 0) {
        Error e = lastVirtError(virtTr("Cannot start storage pool %1").arg(cfg.name));
        // Its folder may have been removed by hand: build it again, then start.
        if (virStoragePoolBuild(pool.get(), 0) < 0 || virStoragePoolCreate(pool.get(), 0) < 0) {
            virResetLastError();
            if (virStoragePoolIsActive(pool.get()) != 1) // or a concurrent starter won
                return Kiln::unexpected(e);
        }
    }
    virResetLastError();
    return Result<PoolHandle>(std::move(pool));
}

// The pool may refuse while an upload's own refresh is running; the next one will catch up.
void refreshQuietly(virStoragePoolPtr pool)
{
    if (virStoragePoolRefresh(pool, 0) < 0)
        virResetLastError();
}

Result<VolumeHandle> findVolume(virStoragePoolPtr pool, const QString &name)
{
    VolumeHandle vol(virStorageVolLookupByName(pool, name.toUtf8().constData()));
    if (!vol)
        return Kiln::unexpected(lastVirtError(virtTr("Cannot find volume %1").arg(name)));
    return Result<VolumeHandle>(std::move(vol));
}

void parseVolumeXml(const QString &xml, VolumeInfo &info)
{
    QXmlStreamReader r(xml);
    QStringList path;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement) {
            path.append(r.name().toString());
            const QString where = path.join(u'/');
            if (where == u"volume/target/format")
                info.format = r.attributes().value(QLatin1StringView("type")).toString();
            else if (where == u"volume/backingStore/format")
                info.backingFormat = r.attributes().value(QLatin1StringView("type")).toString();
            else if (where == u"volume/backingStore/path") {
                info.backingPath = r.readElementText().trimmed(); // consumes the end element
                path.removeLast();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (!path.isEmpty())
                path.removeLast();
        }
    }
}

Result<VolumeInfo> describe(virStorageVolPtr vol)
{
    VolumeInfo info;
    info.name = QString::fromUtf8(virStorageVolGetName(vol));
    info.key = QString::fromUtf8(virStorageVolGetKey(vol));
    virStorageVolInfo vi{};
    if (virStorageVolGetInfo(vol, &vi) < 0)
        return Kiln::unexpected(lastVirtError(virtTr("Cannot read volume %1").arg(info.name)));
    info.capacity = vi.capacity;
    info.allocation = vi.allocation;
    virStorageVolInfo phys{};
    if (virStorageVolGetInfoFlags(vol, &phys, VIR_STORAGE_VOL_GET_PHYSICAL) == 0)
        info.physical = phys.allocation;
    else
        virResetLastError(); // not every driver knows the physical size
    VirString path(virStorageVolGetPath(vol));
    if (path)
        info.path = QString::fromUtf8(path.get());
    VirString xml(virStorageVolGetXMLDesc(vol, 0));
    if (!xml)
        return Kiln::unexpected(lastVirtError(virtTr("Cannot read volume %1").arg(info.name)));
    parseVolumeXml(QString::fromUtf8(xml.get()), info);
    return info;
}

QString volumeXml(const QString &name, quint64 capacity, const QString &format, const QString &backingPath = {},
                  const QString &backingFormat = {})
{
    QString xml = u"<volume><name>%1</name><capacity unit='bytes'>%2</capacity>"
                  "<allocation unit='bytes'>0</allocation><target><format type='%3'/>"_s
                      .arg(name.toHtmlEscaped())
                      .arg(capacity)
                      .arg(format.toHtmlEscaped());
    if (format == u"qcow2")
        xml += u"<compat>1.1</compat>"_s; // qcow2 v3: zero clusters, lazy refcounts
    xml += u"</target>"_s;
    if (!backingPath.isEmpty()) {
        xml += u"<backingStore><path>%1</path><format type='%2'/></backingStore>"_s.arg(
            backingPath.toHtmlEscaped(), backingFormat.toHtmlEscaped());
    }
    return xml + u"</volume>"_s;
}

// "qcow2" when the file starts with the qcow2 magic, "raw" otherwise.
QString localFormat(const QString &path)
{
    QFile f(path);
    if (f.open(QIODevice::ReadOnly) && f.read(4) == QByteArrayLiteral("QFI\xfb"))
        return u"qcow2"_s;
    return u"raw"_s;
}

Result<bool> deleteByName(virStoragePoolPtr pool, const QString &name)
{
    Result<VolumeHandle> vol = findVolume(pool, name);
    if (!vol) {
        if (isNotFoundError(vol.error()))
            return false;
        return Kiln::unexpected(vol.error());
    }
    if (virStorageVolDelete(vol->get(), 0) < 0)
        return Kiln::unexpected(lastVirtError(virtTr("Cannot delete volume %1").arg(name)));
    return true;
}

// Creates `name` sized for the file and streams the file into it; removes it again on failure.
Result<VolumeInfo> uploadAs(virConnectPtr conn, virStoragePoolPtr pool, const QString &localPath, const QString &name,
                            JobControl &control, QString *sha256 = nullptr)
{
    const QFileInfo fi(localPath);
    if (!fi.isFile())
        return Kiln::unexpected(makeError(virtTr("Cannot upload %1: no such file").arg(localPath)));
    // An empty raw file that the upload extends: no stale bytes behind, and a crashed upload
    // leaves a file shorter than the image (ensureBaseImage's completeness check). libvirt
    // re-probes the format (qcow2) when it refreshes the pool.
    VolumeHandle vol(virStorageVolCreateXML(pool, volumeXml(name, 0, u"raw"_s).toUtf8().constData(), 0));
    if (!vol)
        return Kiln::unexpected(lastVirtError(virtTr("Cannot create volume %1").arg(name)));
    Result<TransferStats> sent = VolumeTransfer::upload(conn, vol.get(), localPath, control, sha256 != nullptr);
    if (!sent) {
        if (virStorageVolDelete(vol.get(), 0) < 0)
            virResetLastError();
        return Kiln::unexpected(sent.error());
    }
    if (sha256)
        *sha256 = sent->sha256;
    refreshQuietly(pool);
    VolumeHandle fresh(virStorageVolLookupByName(pool, name.toUtf8().constData()));
    Result<VolumeInfo> info = describe(fresh ? fresh.get() : vol.get());
    virResetLastError();
    if (info)
        info->format = localFormat(localPath); // libvirt's view may lag behind (see above)
    return info;
}

} // namespace

QString StoragePoolConfig::defaultPath(const QString &uri)
{
    const QUrl url(uri);
    if (url.scheme() == u"test")
        return u"/kiln-test-pool"_s;
    if (url.path() == u"/session") {
        QString data = qEnvironmentVariable("XDG_DATA_HOME");
        if (data.isEmpty())
            data = QDir::homePath() + u"/.local/share"_s;
        return data + u"/libvirt/images/kiln"_s;
    }
    return u"/var/lib/libvirt/images/kiln"_s;
}

VirtStorage::VirtStorage(VirtConnection *connection, StoragePoolConfig pool)
    : m_connection(connection)
    , m_pool(std::move(pool))
{
}

QFuture<Result<PoolInfo>> VirtStorage::ensurePool() const
{
    const StoragePoolConfig cfg = m_pool;
    const QString uri = m_connection->uri();
    return m_connection->run<PoolInfo>([cfg, uri](virConnectPtr conn, JobControl &) -> Result<PoolInfo> {
        Result<PoolHandle> pool = openPool(conn, cfg, uri);
        if (!pool)
            return Kiln::unexpected(pool.error());
        PoolInfo info;
        info.name = QString::fromUtf8(virStoragePoolGetName(pool->get()));
        virStoragePoolInfo pi{};
        if (virStoragePoolGetInfo(pool->get(), &pi) < 0)
            return Kiln::unexpected(lastVirtError(virtTr("Cannot read storage pool %1").arg(cfg.name)));
        info.capacity = pi.capacity;
        info.allocation = pi.allocation;
        info.available = pi.available;
        VirString xml(virStoragePoolGetXMLDesc(pool->get(), 0));
        if (xml) {
            QXmlStreamReader r(QString::fromUtf8(xml.get()));
            bool inTarget = false;
            while (r.readNext() != QXmlStreamReader::Invalid && !r.atEnd()) {
                if (r.isStartElement() && r.name() == u"target")
                    inTarget = true;
                else if (r.isStartElement() && inTarget && r.name() == u"path")
                    info.path = r.readElementText().trimmed();
            }
        }
        virResetLastError();
        return info;
    });
}

QFuture<Result<BaseVolume>> VirtStorage::ensureBaseImage(const QString &localPath, const QString &sha256Hex) const
{
    const StoragePoolConfig cfg = m_pool;
    const QString uri = m_connection->uri();
    return m_connection->run<BaseVolume>([cfg, uri, localPath, sha256Hex](virConnectPtr conn, JobControl &control) -> Result<BaseVolume> {
        const QFileInfo fi(localPath);
        if (!fi.isFile())
            return Kiln::unexpected(makeError(virtTr("Cannot use %1 as a base image: no such file").arg(localPath)));
        BaseVolume base;
        base.sha256 = sha256Hex.toLower();
        // One hashing pass either way: the caller's checksum is verified while uploading; without
        // one we hash first (the name needs it) and check the file did not change meanwhile.
        const bool verifyWhileUploading = !base.sha256.isEmpty();
        const QDateTime modified = fi.lastModified();
        if (base.sha256.isEmpty()) {
            Result<QString> sha = VolumeTransfer::sha256OfFile(localPath, control);
            if (!sha)
                return Kiln::unexpected(sha.error());
            base.sha256 = *sha;
        }
        const QString format = localFormat(localPath);
        const QString name = ResourceName::baseVolume(base.sha256, format == u"qcow2" ? u".qcow2"_s : u".img"_s);
        Result<PoolHandle> pool = openPool(conn, cfg, uri);
        if (!pool)
            return Kiln::unexpected(pool.error());

        VolumeHandle existing(virStorageVolLookupByName(pool->get(), name.toUtf8().constData()));
        virResetLastError();
        if (existing) {
            Result<VolumeInfo> info = describe(existing.get());
            if (!info)
                return Kiln::unexpected(info.error());
            // A crashed upload leaves a shorter file; a complete one has exactly our size.
            const quint64 onDisk = info->physical ? info->physical : info->allocation;
            if (onDisk == quint64(fi.size())) {
                base.volume = *info;
                return base;
            }
            if (virStorageVolDelete(existing.get(), 0) < 0)
                return Kiln::unexpected(lastVirtError(virtTr("Cannot replace the incomplete volume %1").arg(name)));
        }
        QString uploadedSha;
        Result<VolumeInfo> info = uploadAs(conn, pool->get(), localPath, name, control,
                                           verifyWhileUploading ? &uploadedSha : nullptr);
        if (!info)
            return Kiln::unexpected(info.error());
        const QFileInfo after(localPath);
        const bool changed = verifyWhileUploading ? uploadedSha != base.sha256
                                                  : after.size() != fi.size() || after.lastModified() != modified;
        if (changed) {
            (void)deleteByName(pool->get(), name);
            virResetLastError();
            return Kiln::unexpected(makeError(verifyWhileUploading
                    ? virtTr("%1 does not match its sha256: read %2, expected %3 (changed or damaged?)")
                          .arg(localPath, uploadedSha, base.sha256)
                    : virtTr("%1 changed while it was uploaded").arg(localPath)));
        }
        base.volume = *info;
        base.uploaded = true;
        return base;
    }, Lane::Transfer);
}

QFuture<Result<VolumeInfo>> VirtStorage::uploadVolume(const QString &localPath, const QString &volumeName) const
{
    const StoragePoolConfig cfg = m_pool;
    const QString uri = m_connection->uri();
    return m_connection->run<VolumeInfo>([cfg, uri, localPath, volumeName](virConnectPtr conn, JobControl &control) -> Result<VolumeInfo> {
        Result<PoolHandle> pool = openPool(conn, cfg, uri);
        if (!pool)
            return Kiln::unexpected(pool.error());
        Result<bool> removed = deleteByName(pool->get(), volumeName);
        if (!removed)
            return Kiln::unexpected(removed.error());
        return uploadAs(conn, pool->get(), localPath, volumeName, control);
    }, Lane::Transfer);
}

QFuture<Result<VolumeInfo>> VirtStorage::createOverlay(const QString &volumeName, const QString &backingVolume,
                                                       quint64 capacityBytes, const QString &backingFormat) const
{
    const StoragePoolConfig cfg = m_pool;
    const QString uri = m_connection->uri();
    return m_connection->run<VolumeInfo>([=](virConnectPtr conn, JobControl &) -> Result<VolumeInfo> {
        Result<PoolHandle> pool = openPool(conn, cfg, uri);
        if (!pool)
            return Kiln::unexpected(pool.error());
        Result<VolumeHandle> backing = findVolume(pool->get(), backingVolume);
        if (!backing)
            return Kiln::unexpected(backing.error());
        Result<VolumeInfo> base = describe(backing->get());
        if (!base)
            return Kiln::unexpected(base.error());
        const QString format = backingFormat.isEmpty() ? (base->format.isEmpty() ? u"raw"_s : base->format) : backingFormat;
        const quint64 capacity = qMax(capacityBytes, base->capacity);
        const QString xml = volumeXml(volumeName, capacity, u"qcow2"_s, base->path, format);
        VolumeHandle vol(virStorageVolCreateXML(pool->get(), xml.toUtf8().constData(), 0));
        if (!vol)
            return Kiln::unexpected(lastVirtError(virtTr("Cannot create overlay %1 on %2").arg(volumeName, backingVolume)));
        Result<VolumeInfo> info = describe(vol.get());
        if (info && info->backingPath.isEmpty()) { // drivers that do not echo it back
            info->backingPath = base->path;
            info->backingFormat = format;
        }
        return info;
    });
}

QFuture<Result<CapturedVolume>> VirtStorage::capture(const QString &volumeName) const
{
    const StoragePoolConfig cfg = m_pool;
    const QString uri = m_connection->uri();
    return m_connection->run<CapturedVolume>([cfg, uri, volumeName](virConnectPtr conn, JobControl &control) -> Result<CapturedVolume> {
        Result<PoolHandle> pool = openPool(conn, cfg, uri);
        if (!pool)
            return Kiln::unexpected(pool.error());
        Result<VolumeHandle> vol = findVolume(pool->get(), volumeName);
        if (!vol)
            return Kiln::unexpected(vol.error());
        Result<VolumeInfo> info = describe(vol->get());
        if (!info)
            return Kiln::unexpected(info.error());
        // The image is only usable with its chain: refuse to capture an overlay whose backing
        // volume is gone.
        if (!info->backingPath.isEmpty()) {
            VolumeHandle backing(virStorageVolLookupByPath(conn, info->backingPath.toUtf8().constData()));
            if (!backing)
                return Kiln::unexpected(lastVirtError(virtTr("Cannot capture %1: its backing volume %2 is missing")
                                                          .arg(volumeName, info->backingPath)));
        }
        CapturedVolume captured;
        captured.volume = *info;
        // On this host, hash the file itself: a libvirt download is not flow-controlled, so the
        // client queues what it has not consumed yet — up to the whole volume in memory (a build
        // whose guest wrote 200 MB made its worker peak at ~200 MiB).
        if (QUrl(uri).host().isEmpty() && QFileInfo(info->path).isFile() && QFileInfo(info->path).isReadable()) {
            Result<QString> sha = VolumeTransfer::sha256OfFile(info->path, control);
            if (!sha)
                return Kiln::unexpected(sha.error());
            captured.sha256 = *sha;
            captured.bytes = QFileInfo(info->path).size();
            return captured;
        }
        const qint64 expected = qint64(info->physical ? info->physical : info->allocation);
        Result<TransferStats> read = VolumeTransfer::download(conn, vol->get(), QString(), expected, control);
        if (!read)
            return Kiln::unexpected(read.error());
        captured.sha256 = read->sha256;
        captured.bytes = read->bytes;
        return captured;
    }, Lane::Transfer);
}

QFuture<Result<DownloadedVolume>> VirtStorage::downloadVolume(const QString &volumeName, const QString &localPath) const
{
    const StoragePoolConfig cfg = m_pool;
    const QString uri = m_connection->uri();
    return m_connection->run<DownloadedVolume>([cfg, uri, volumeName, localPath](virConnectPtr conn, JobControl &control) -> Result<DownloadedVolume> {
        Result<PoolHandle> pool = openPool(conn, cfg, uri);
        if (!pool)
            return Kiln::unexpected(pool.error());
        Result<VolumeHandle> vol = findVolume(pool->get(), volumeName);
        if (!vol)
            return Kiln::unexpected(vol.error());
        Result<VolumeInfo> info = describe(vol->get());
        if (!info)
            return Kiln::unexpected(info.error());
        const qint64 expected = qint64(info->physical ? info->physical : info->allocation);
        Result<TransferStats> read = VolumeTransfer::download(conn, vol->get(), localPath, expected, control);
        if (!read)
            return Kiln::unexpected(read.error());
        return DownloadedVolume{localPath, read->sha256, read->bytes};
    }, Lane::Transfer);
}

QFuture<Result<VolumeInfo>> VirtStorage::volumeInfo(const QString &volumeName) const
{
    const StoragePoolConfig cfg = m_pool;
    const QString uri = m_connection->uri();
    return m_connection->run<VolumeInfo>([cfg, uri, volumeName](virConnectPtr conn, JobControl &) -> Result<VolumeInfo> {
        Result<PoolHandle> pool = openPool(conn, cfg, uri);
        if (!pool)
            return Kiln::unexpected(pool.error());
        Result<VolumeHandle> vol = findVolume(pool->get(), volumeName);
        if (!vol)
            return Kiln::unexpected(vol.error());
        return describe(vol->get());
    });
}

QFuture<Result<bool>> VirtStorage::deleteVolume(const QString &volumeName) const
{
    const StoragePoolConfig cfg = m_pool;
    const QString uri = m_connection->uri();
    return m_connection->run<bool>([cfg, uri, volumeName](virConnectPtr conn, JobControl &) -> Result<bool> {
        Result<PoolHandle> pool = openPool(conn, cfg, uri);
        if (!pool)
            return Kiln::unexpected(pool.error());
        return deleteByName(pool->get(), volumeName);
    });
}

QFuture<Result<QList<VolumeInfo>>> VirtStorage::listVolumes() const
{
    const StoragePoolConfig cfg = m_pool;
    const QString uri = m_connection->uri();
    return m_connection->run<QList<VolumeInfo>>([cfg, uri](virConnectPtr conn, JobControl &) -> Result<QList<VolumeInfo>> {
        Result<PoolHandle> pool = openPool(conn, cfg, uri);
        if (!pool)
            return Kiln::unexpected(pool.error());
        refreshQuietly(pool->get()); // pick up files added or removed behind libvirt's back
        virStorageVolPtr *vols = nullptr;
        const int n = virStoragePoolListAllVolumes(pool->get(), &vols, 0);
        if (n < 0)
            return Kiln::unexpected(lastVirtError(virtTr("Cannot list the volumes of pool %1").arg(cfg.name)));
        std::vector<VolumeHandle> owned;
        for (int i = 0; i < n; ++i)
            owned.emplace_back(vols[i]);
        free(vols);
        QList<VolumeInfo> out;
        for (const VolumeHandle &vol : owned) {
            Result<VolumeInfo> info = describe(vol.get());
            if (info)
                out.append(*info);
            else if (!isNotFoundError(info.error())) // deleted meanwhile: skip
                return Kiln::unexpected(info.error());
        }
        std::sort(out.begin(), out.end(), [](const VolumeInfo &a, const VolumeInfo &b) { return a.name < b.name; });
        return out;
    });
}

QFuture<Result<QList<TaggedVolume>>> VirtStorage::listTaggedVolumes() const
{
    return listVolumes().then([](const Result<QList<VolumeInfo>> &all) -> Result<QList<TaggedVolume>> {
        if (!all)
            return Kiln::unexpected(all.error());
        QList<TaggedVolume> tagged;
        for (const VolumeInfo &v : *all) {
            if (auto tag = ResourceName::parse(v.name))
                tagged.append(TaggedVolume{v, *tag});
        }
        return tagged;
    });
}

} // namespace Kiln::Core
