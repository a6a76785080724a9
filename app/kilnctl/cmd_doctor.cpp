// kilnctl doctor: can this machine run builds? Each failing check prints the command that fixes it.
#include "cli.h"

#include "core/build/doctor.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Kiln::Ctl {

using namespace Kiln::Core;

namespace {

int run(Context &ctx)
{
    Options o(ctx.args, {u"--uri"_s, u"--pool"_s, u"--infrastructure"_s}, {u"--no-kvm-probe"_s, u"--help"_s});
    if (!o.ok() || !o.positional().isEmpty() || o.has(u"--help"_s)) {
        const QString line = u"doctor [--infrastructure NAME | --uri URI [--pool NAME]] [--no-kvm-probe]"_s;
        if (o.has(u"--help"_s)) {
            ctx.out << "Usage: kilnctl " << line << '\n';
            return 0;
        }
        return usage(ctx, o.ok() ? CtlTr::tr("unexpected argument '%1'").arg(o.positional().first()) : o.error(), line);
    }
    const Home home = Home::resolve(ctx.home);
    Doctor::Options d;
    if (o.has(u"--infrastructure"_s)) {
        int rc = 0;
        auto catalog = openCatalog(ctx, &rc);
        if (!catalog)
            return rc;
        auto infra = catalog->infrastructure().get(o.value(u"--infrastructure"_s));
        if (!infra)
            return failed(ctx, infra.error());
        d.uri = infra->uri;
        d.pool = infra->storagePool;
    }
    // The export directories of the catalog's distribution configurations (when there is a catalog).
    if (QFileInfo::exists(home.catalogPath())) {
        int rc = 0;
        if (auto catalog = openCatalog(ctx, &rc)) {
            if (auto distributions = catalog->distributions().list())
                for (const DistributionRow &dist : std::as_const(*distributions))
                    for (const DistributionTarget &t : dist.targets)
                        if (t.kind == DistributionTarget::Kind::Directory && !d.exportDirectories.contains(t.directory))
                            d.exportDirectories << t.directory;
        }
    }
    if (o.has(u"--uri"_s))
        d.uri = o.value(u"--uri"_s);
    if (o.has(u"--pool"_s))
        d.pool = o.value(u"--pool"_s);
    d.probeKvm = !o.has(u"--no-kvm-probe"_s);
    if (!ctx.json)
        ctx.out << CtlTr::tr("Checking %1 (pool %2)…").arg(d.uri, d.pool) << '\n' << Qt::flush;
    const QList<DoctorCheck> checks = Doctor::run(home, d);
    bool anyFailed = false;
    QJsonArray json;
    for (const DoctorCheck &c : checks) {
        anyFailed |= c.status == DoctorCheck::Status::Failed;
        if (ctx.json) {
            json.append(QJsonObject{{u"check"_s, c.name}, {u"status"_s, Doctor::statusName(c.status)},
                                    {u"detail"_s, c.detail}, {u"fix"_s, c.fix}});
            continue;
        }
        const QString mark = c.status == DoctorCheck::Status::Ok ? u"ok  "_s
                             : c.status == DoctorCheck::Status::Warning ? u"warn"_s
                                                                         : u"FAIL"_s;
        ctx.out << '[' << mark << "] " << c.name.leftJustified(26) << c.detail << '\n';
        if (!c.fix.isEmpty())
            ctx.out << "       " << CtlTr::tr("fix: %1").arg(c.fix) << '\n';
    }
    if (ctx.json)
        printJson(ctx, QJsonObject{{u"uri"_s, d.uri}, {u"pool"_s, d.pool}, {u"ok"_s, !anyFailed}, {u"checks"_s, json}});
    else
        ctx.out << (anyFailed ? CtlTr::tr("Some checks failed: run the fixes above, then 'kilnctl doctor' again.")
                              : CtlTr::tr("This machine can run builds."))
                << '\n';
    return anyFailed ? 1 : 0;
}

} // namespace

KILNCTL_COMMAND("doctor", "Check that this machine can run builds (libvirt, KVM, tools, disk)", run);

} // namespace Kiln::Ctl
