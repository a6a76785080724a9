// kilnctl build-worker ID: the build worker process of one build (started detached by
// `kilnctl pipeline start`, `kilnctl test-component` and the GUI; not for people).
#include "cli.h"

#include "core/build/buildworker.h"

using namespace Qt::StringLiterals;

namespace Kiln::Ctl {

namespace {

int run(Context &ctx)
{
    bool ok = false;
    const qint64 id = ctx.args.value(0).toLongLong(&ok);
    if (ctx.args.size() != 1 || !ok || id <= 0)
        return usage(ctx, CtlTr::tr("give one build id"), u"build-worker ID"_s);
    return Kiln::Core::BuildWorker::run(Kiln::Core::Home::resolve(ctx.home), id);
}

} // namespace

KILNCTL_COMMAND("build-worker", "Run one build (started in the background by 'pipeline start')", run);

} // namespace Kiln::Ctl
