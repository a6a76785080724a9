#pragma once
// SeedBuilder makes the NoCloud "cidata" seed disk of a build or test VM (ARCHITECTURE.md, "One
// build, end to end", step 2): an ISO 9660 image with Rock Ridge and Joliet, labelled cidata,
// holding meta-data, user-data (a cloud-config that starts the agent on every boot), and
// kiln/kiln-agent, kiln/plan.json, kiln/documents/*.yml. It runs xorriso as an asynchronous
// QProcess and reports once through done(); build() is a blocking form for worker threads.

#include "core/toe/expected.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QProcess;
class QTemporaryDir;

namespace Kiln::Core {

// One component document put on the seed as kiln/documents/<fileName>.
struct SeedDocument
{
    QString fileName; // e.g. "01-hello-1.0.0.yml": letters, digits, '.', '_', '-'; ends in .yml/.yaml
    QByteArray content;
};

// What goes on a seed. Strings are the caller's; the builder validates them before running xorriso.
struct SeedContents
{
    QString instanceId; // meta-data instance-id, unique per VM (cloud-init reruns per-instance steps
                        // when it changes); empty: a fresh "kiln-<uuid>"
    QString hostname;   // meta-data local-hostname; empty: "kiln"
    QString agentPath;  // host path of the static kiln-agent binary, copied as kiln/kiln-agent (0755)
    QByteArray plan;    // kiln/plan.json, byte for byte
    QList<SeedDocument> documents;
    QByteArray userData; // empty: the built-in template (SeedBuilder::defaultUserData(buildVm))
    bool buildVm = false; // the VM's instance is generalized at the end (a build stage): the
                          // built-in user-data skips cloud-init's config and final stages
};

class SeedBuilder : public QObject
{
    Q_OBJECT
public:
    // The path of the finished ISO, or a message a user can act on.
    using Result = Kiln::Expected<QString, QString>;

    explicit SeedBuilder(QObject *parent = nullptr);
    ~SeedBuilder() override;

    // Starts building isoPath (replaced when it exists; written as isoPath.part, then renamed, so a
    // failed or cancelled build never leaves a half-written seed) and returns true: done() follows
    // exactly once, never from inside start(). Returns false, and changes nothing, while a build
    // is already running.
    bool start(const SeedContents &contents, const QString &isoPath);
    // Stops a running build: done() reports "cancelled" and no file is left behind.
    void cancel();
    bool isRunning() const;

    // Blocking form for the headless build worker or a worker thread: runs its own event loop
    // until done. Never call it on the GUI thread.
    static Result build(const SeedContents &contents, const QString &isoPath);

    // The cloud-config put on the seed when SeedContents::userData is empty (resource
    // :/kiln/seed/user-data.yaml, from core/build/seed/user-data.yaml); for a build VM with
    // KILN_BUILD_VM=1 in its bootcmd.
    static QByteArray defaultUserData(bool buildVm = false);
    // meta-data for the given instance id and host name (YAML, as NoCloud reads it).
    static QByteArray metaData(const QString &instanceId, const QString &hostname);
    // Checks contents without building: the first problem found, or nothing.
    static Kiln::Expected<void, QString> validate(const SeedContents &contents);

    // The xorriso executable used (searched in PATH), empty when it is not installed.
    static QString xorrisoPath();

Q_SIGNALS:
    void done(const Kiln::Core::SeedBuilder::Result &result);

private:
    void finish(const Result &result);
    void onProcessFinished(int exitCode, int exitStatus);
    void onProcessError(int error);
    Kiln::Expected<QStringList, QString> stage(const SeedContents &contents);

    QProcess *m_process = nullptr;
    std::unique_ptr<QTemporaryDir> m_stage;
    QString m_isoPath;
    QString m_partPath;
    quint64 m_run = 0; // queued results of an earlier run carry its number and are dropped
    bool m_finished = true;
    bool m_cancelled = false;
};

} // namespace Kiln::Core
