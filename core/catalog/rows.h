#pragma once
// Value snapshots of catalog rows. Repositories return these (never a QSqlQuery or a model), so
// they can cross threads freely and feed the GUI's own item models. Times are UTC.

#include "core/catalog/reference.h"
#include "core/catalog/semver.h"
#include "core/catalog/statuses.h"
#include "core/virt/accelerator.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kiln::Core {

// The result of a create-or-return-existing write: isNew is false when identical content already
// existed under that name and version (or, for named configurations, when nothing changed).
template <class T>
struct Stored {
    T row;
    bool isNew = true;
};

// Who refers to a resource (the reason a delete is refused).
struct Referrer {
    QString kind;      // "recipe", "image", "pipeline"
    QString reference; // "kiln:recipe/web/1.0.0/1", or a configuration's name
    QString via;       // how: the reference as written ("hello@1.x.x"), "lineage", "infrastructure"…
};

// ---------------------------------------------------------------------------------------------
// Keyset ("seek") paging

// Where the next page of a versioned list (components, recipes, images) starts: the sort key of
// the last row already shown. The list's order is name ascending, then newest first (major,
// minor, patch, build descending), then id descending; the page holds the rows strictly after
// this key. The repositories answer it with index seeks on (name, major, minor, patch, build),
// so a page costs the same at any depth, where LIMIT … OFFSET makes SQLite step over every
// skipped row. A key also stays right when rows are added or removed before it.
struct VersionCursor {
    QString name;
    SemVer version;
    int build = 0;  // 0: after every row of `name` (builds start at 1), see namesAfter()
    qint64 id = 0;

    // Just after `row` (a ComponentRow, RecipeRow or ImageRow).
    template <class Row>
    static VersionCursor after(const Row &row) { return {row.name, row.version, row.build, row.id}; }
    // After every row of `name`: the next page starts with the next name.
    static VersionCursor namesAfter(const QString &name) { return {name, {}, 0, 0}; }
    friend bool operator==(const VersionCursor &, const VersionCursor &) = default;
};

// ---------------------------------------------------------------------------------------------
// Components

enum class ComponentType { Build, Test };
QString componentTypeName(ComponentType type); // "build" | "test"
std::optional<ComponentType> parseComponentType(QStringView text);

struct ComponentRow {
    qint64 id = 0;
    QString name;
    SemVer version;
    int build = 0;
    ComponentType type = ComponentType::Build;
    QString platform;     // "Linux"
    QString description;
    QString document;     // the AWSTOE YAML as given (empty in list() results)
    QString sha256;       // of the document's UTF-8 bytes
    QString state;        // "ACTIVE"
    QDateTime createdAt;

    QString reference() const { return formatReference(ResourceType::Component, name, version, build); }
};

struct NewComponent {
    QString name;
    SemVer version;
    ComponentType type = ComponentType::Build;
    QString platform = QStringLiteral("Linux");
    QString description;  // empty: taken from the document's `description`
    QString document;     // AWSTOE YAML text
    QString sourceFile;   // shown in validation diagnostics ("hello.yml")
};

struct ComponentFilter {
    QString name;        // exact name
    QString namePrefix;
    std::optional<ComponentType> type;
    bool newestOnly = false; // one row per name: its newest version/build
    std::optional<VersionCursor> after; // keyset page: the rows after this key
    int limit = -1;      // -1: all
};

// ---------------------------------------------------------------------------------------------
// Image recipes

struct RecipeComponentRef {
    QString component;                // a component reference as written ("hello@1.x.x")
    QMap<QString, QString> parameters; // parameter values for this component
    friend bool operator==(const RecipeComponentRef &, const RecipeComponentRef &) = default;
};

struct RecipeRow {
    qint64 id = 0;
    QString name;
    SemVer version;
    int build = 0;
    QString description;
    QString parentImage;               // an image reference as written ("tinyos@1.x.x")
    QList<RecipeComponentRef> components; // in build order
    int diskSizeGiB = 0;               // 0: keep the parent image's size
    QString workingDirectory;          // in the guest; default "/tmp"
    QString sha256;                    // of the canonical content (identity for build numbers)
    QDateTime createdAt;

    QString reference() const { return formatReference(ResourceType::Recipe, name, version, build); }
};

struct NewRecipe {
    QString name;
    SemVer version;
    QString description;
    QString parentImage;
    QList<RecipeComponentRef> components;
    int diskSizeGiB = 0;
    QString workingDirectory = QStringLiteral("/tmp");
};

struct RecipeFilter {
    QString name;
    QString namePrefix;
    bool newestOnly = false;
    std::optional<VersionCursor> after; // keyset page: the rows after this key
    int limit = -1;
};

// A recipe's component with its reference resolved to an exact catalog component.
struct ResolvedComponent {
    RecipeComponentRef ref;
    ComponentRow component; // with document
};

// ---------------------------------------------------------------------------------------------
// Infrastructure configurations (mutable, identified by name)

// Accelerator, acceleratorName() and parseAccelerator(): core/virt/accelerator.h

enum class NetworkMode { None, User };
QString networkModeName(NetworkMode n); // "none" | "user"
std::optional<NetworkMode> parseNetworkMode(QStringView text);

// Per-stage time limits in seconds (0 = no limit).
struct StageTimeouts {
    int create = 600;
    int build = 7200;
    int test = 3600;
    int distribute = 3600;
    friend bool operator==(const StageTimeouts &, const StageTimeouts &) = default;
};

struct InfrastructureRow {
    qint64 id = 0;
    QString name;
    QString description;
    QString uri = QStringLiteral("qemu:///session");
    int vcpus = 1;
    int memoryMiB = 1024;
    Accelerator accelerator = Accelerator::Auto;
    NetworkMode network = NetworkMode::None;
    QString storagePool = QStringLiteral("kiln");
    bool keepVmOnFailure = false;
    StageTimeouts timeouts;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// ---------------------------------------------------------------------------------------------
// Distribution configurations (mutable, identified by name)

struct DistributionTarget {
    enum class Kind { Directory, Pool };
    Kind kind = Kind::Directory;
    QString directory;                 // Kind::Directory: absolute path
    QString pool;                      // Kind::Pool: libvirt storage pool name
    QString uri;                       // Kind::Pool: libvirt URI ("" = the infrastructure's)
    QStringList formats{QStringLiteral("qcow2")}; // qcow2 | raw | vmdk | vhdx
    QString compression = QStringLiteral("none"); // none | gzip | xz | zstd (directories only)
    bool checksums = true;             // write SHA256SUMS next to the files
    friend bool operator==(const DistributionTarget &, const DistributionTarget &) = default;
};

struct DistributionRow {
    qint64 id = 0;
    QString name;
    QString description;
    QList<DistributionTarget> targets;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// ---------------------------------------------------------------------------------------------
// Image pipelines (mutable, identified by name)

enum class StartCondition { Always, DependenciesUpdated };
QString startConditionName(StartCondition c); // "always" | "dependenciesUpdated"
std::optional<StartCondition> parseStartCondition(QStringView text);

struct PipelineRow {
    qint64 id = 0;
    QString name;
    QString description;
    QString recipe;          // a recipe reference as written ("web@1.0.0")
    QString infrastructure;  // an infrastructure configuration's name
    QString distribution;    // a distribution configuration's name ("" = none: catalog only)
    bool tests = true;
    QString schedule = QStringLiteral("manual"); // "manual" or a 5-field cron expression
    StartCondition startCondition = StartCondition::Always;
    bool enabled = true;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// ---------------------------------------------------------------------------------------------
// Images

enum class ImageOrigin { Imported, Built };
QString imageOriginName(ImageOrigin o); // "imported" | "built"

struct ImageComponentRow {   // lineage: one component exactly as the image was built with it
    int position = 0;
    qint64 componentId = 0;   // 0 when that component was deleted later
    QString reference;        // "kiln:component/hello/1.0.0/1"
    ComponentType type = ComponentType::Build;
    QMap<QString, QString> parameters;
};

struct PackageRow {
    QString name;
    QString version;
    QString architecture;
    friend bool operator==(const PackageRow &, const PackageRow &) = default;
};

struct ImageRow {
    qint64 id = 0;
    QString name;
    SemVer version;
    int build = 0;
    ImageStatus status = ImageStatus::Pending;
    QString statusReason;      // why it failed / was disabled …
    ImageOrigin origin = ImageOrigin::Imported;
    QString description;

    // Where the disk is. diskPath: a file on this host (imports, or an exported copy);
    // libvirtUri/pool/volume: a libvirt storage volume (captured builds).
    QString diskPath;
    bool ownsDisk = false;     // the disk is in <home>/disks and is removed with the image
    QString libvirtUri;
    QString pool;
    QString volume;
    QString format;            // qcow2 | raw | vmdk | vhdx
    qint64 virtualSize = 0;    // bytes the guest sees
    qint64 actualSize = 0;     // bytes on the host
    QString sha256;            // of the disk file

    // Direct kernel boot (tinyos and similar): absolute paths, empty when the disk boots itself.
    QString kernelPath;
    QString initrdPath;
    QString kernelCmdline;

    // Lineage
    qint64 baseImageId = 0;
    QString baseImage;         // "kiln:image/tinyos/1.0.0/1"
    qint64 recipeId = 0;
    QString recipe;            // "kiln:recipe/web/1.0.0/1"
    qint64 buildId = 0;
    QList<ImageComponentRow> components; // filled by get()/resolve(), empty in list()
    QString sourceUrl;         // imports from a URL

    QJsonObject osInfo;        // /etc/os-release keys (ID, VERSION_ID, PRETTY_NAME …)
    int packageCount = 0;      // the inventory itself: ImageRepository::packages()

    QDateTime createdAt;
    QDateTime finishedAt;      // when it became AVAILABLE / FAILED / CANCELLED
    QDateTime updatedAt;

    QString reference() const { return formatReference(ResourceType::Image, name, version, build); }
};

struct ImageFilter {
    QString name;              // exact name
    QString namePrefix;
    QList<ImageStatus> statuses; // empty: every status but DELETED
    QString osId;              // osInfo ID, e.g. "debian"
    enum class Sort { NameThenNewest, NewestFirst, Status } sort = Sort::NameThenNewest;
    // Keyset page: the rows after this key in the chosen sort (NewestFirst: after its id;
    // Status: after that row's status, then name-then-newest). What the GUI pages with.
    std::optional<VersionCursor> after;
    // Position paging for `kilnctl image list --offset`: SQLite steps over `offset` rows, so deep
    // pages get slower. Cannot be combined with `after`.
    int offset = 0;
    int limit = -1;
};

// What an import registers (the disk is already verified and in place).
struct NewImportedImage {
    QString name;
    SemVer version;
    QString description;
    QString diskPath;
    bool ownsDisk = true;
    QString format;
    qint64 virtualSize = 0;
    qint64 actualSize = 0;
    QString sha256;
    QString kernelPath;
    QString initrdPath;
    QString kernelCmdline;
    QString kernelSha256;   // identity only: an import with the same disk but another kernel is new
    QString initrdSha256;
    QString sourceUrl;
};

// What the build engine creates at the start of a build (status PENDING, next build number).
struct NewBuiltImage {
    QString name;
    SemVer version;
    QString description;
    qint64 recipeId = 0;
    qint64 baseImageId = 0;
    qint64 buildId = 0;
    QList<ImageComponentRow> components; // exact versions (componentId + parameters; reference filled in)
    // Inherited from the base image for direct kernel boot images.
    QString kernelPath;
    QString initrdPath;
    QString kernelCmdline;
};

// Where a build's output ended up (allowed only while the image is in progress).
struct ImageOutput {
    QString diskPath;
    bool ownsDisk = false;
    QString libvirtUri;
    QString pool;
    QString volume;
    QString format;
    qint64 virtualSize = 0;
    qint64 actualSize = 0;
    QString sha256;
};

// ---------------------------------------------------------------------------------------------
// Builds

enum class BuildKind { Pipeline, ComponentTest };
QString buildKindName(BuildKind k); // "pipeline" | "component-test"

struct BuildStageRow {
    QString stage;            // "CREATING" | "BUILDING" | "TESTING" | "DISTRIBUTING"
    QString status;           // "running" | "success" | "failed" | "cancelled"
    QDateTime startedAt;
    QDateTime finishedAt;     // null while running
    qint64 durationMs() const { return finishedAt.isValid() ? startedAt.msecsTo(finishedAt) : -1; }
};

struct FailureContext {
    QString stage;            // "BUILDING"
    QString component;        // "kiln:component/hello/1.0.0/1"
    QString phase;            // "build"
    QString step;             // "InstallPackages"
    std::optional<int> exitCode;
    QString message;          // what failed, in words
    QStringList logTail;      // the last lines of the relevant log (≤ 50)
    bool isEmpty() const { return stage.isEmpty() && message.isEmpty(); }
};

struct BuildRow {
    qint64 id = 0;
    BuildKind kind = BuildKind::Pipeline;
    qint64 pipelineId = 0;    // 0 when the pipeline was deleted later, or for component tests
    QString pipelineName;
    qint64 imageId = 0;
    QString image;            // "kiln:image/web/1.0.0/3"
    BuildState state = BuildState::Pending;
    QString stateReason;
    QJsonObject plan;         // the frozen build plan
    QList<BuildStageRow> stages; // filled by get(), empty in list()
    FailureContext failure;
    qint64 workerPid = 0;
    QString lockPath;
    bool cancelRequested = false;
    QDateTime createdAt;
    QDateTime startedAt;      // first stage began
    QDateTime finishedAt;
    QDateTime updatedAt;
};

struct NewBuild {
    BuildKind kind = BuildKind::Pipeline;
    qint64 pipelineId = 0;
    QString pipelineName;     // kept with the build even if the pipeline is deleted
    QJsonObject plan;
};

struct BuildFilter {
    qint64 pipelineId = 0;
    QString pipelineName;
    QList<BuildState> states; // empty: all
    bool unfinishedOnly = false;
    int offset = 0;
    int limit = -1;           // newest first
    qint64 beforeId = 0;      // keyset paging: only builds older than this one (the last row of a page)
    qint64 fromId = 0;        // only this build and newer ones (a refresh of the pages already shown)
};

struct BuildStepRow {
    qint64 id = 0;
    qint64 buildId = 0;
    QString stage;            // "BUILDING" | "TESTING"
    QString component;        // "kiln:component/hello/1.0.0/1"
    QString phase;            // "build" | "validate" | "test"
    QString step;             // the step's name
    int iteration = 0;        // loop iteration / attempt index, 0 for plain steps
    StepStatus status = StepStatus::Running;
    std::optional<int> exitCode;
    QString message;
    QDateTime startedAt;
    QDateTime finishedAt;
};

struct LogRow {
    qint64 id = 0;
    qint64 buildId = 0;
    QString kind;             // "events" | "console" | "worker" | "test-console" …
    QString path;             // absolute
    QDateTime createdAt;
};

} // namespace Kiln::Core
