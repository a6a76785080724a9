#pragma once
// ImageImporter: turns a disk file or an https:// URL into an AVAILABLE image in the catalog.
//
//   1. URL only: download to <home>/disks/.incoming/<…>.part with progress, sha256 checked
//      against the expected one; a failed, cancelled or mismatching download is removed and never
//      registered.
//   2. `qemu-img info --output json` detects the format (qcow2, raw, vmdk, vhdx); the file
//      extension is never trusted. qemu-img calls any file "raw", so a raw file must also look like
//      a disk: a non-zero multiple of 512 bytes, not text, not a compressed archive or program.
//   3. The disk (and kernel/initrd) is copied into <home>/disks while its sha256 is computed in one
//      pass (holes stay holes), unless `inPlace` asks to register the file where it is.
//   4. ImageRepository::registerImport(): identical content under the same name and version
//      returns the existing image.
//
// Threading: create and start() on a thread with an event loop (the GUI thread, or kilnctl's main
// thread running a QEventLoop); the work runs on a "kiln-import" thread; progress() and finished()
// are emitted on the importer's thread. One import per ImageImporter object.

#include "core/catalog/rows.h"

#include <QObject>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace Kiln::Core {

class Catalog;

struct ImportRequest {
    QString file;            // a local disk file, or
    QUrl url;                // https:// (http:// only for loopback hosts, for tests)
    QString expectedSha256;  // required with url; optional check for file
    QString name;
    SemVer version;
    QString description;
    QString kernel;          // optional, direct kernel boot
    QString initrd;
    QString cmdline;
    bool inPlace = false;    // register `file` where it is (Kiln will not delete it)
};

class ImageImporter : public QObject
{
    Q_OBJECT
public:
    enum class Stage { Downloading, Inspecting, Copying, Registering };
    Q_ENUM(Stage)

    explicit ImageImporter(Catalog &catalog, QObject *parent = nullptr);
    ~ImageImporter() override; // cancels a running import and waits for its thread

    void start(const ImportRequest &request);
    void cancel(); // finished() follows with an error; partial files are removed
    bool isRunning() const { return m_running; }

    // Blocking helper for kilnctl and tests (never the GUI thread): runs an event loop until done.
    static Result<Stored<ImageRow>> importBlocking(Catalog &catalog, const ImportRequest &request,
                                                   const std::function<void(Stage, qint64, qint64)> &onProgress = {});

Q_SIGNALS:
    void progress(Kiln::Core::ImageImporter::Stage stage, qint64 done, qint64 total);
    void finished(const Kiln::Core::Result<Kiln::Core::Stored<Kiln::Core::ImageRow>> &result);

private:
    void deliver(Result<Stored<ImageRow>> result);

    Catalog &m_catalog;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

} // namespace Kiln::Core
