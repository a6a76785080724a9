#include "generalize.h"

#include "command.h"

#include <cstdio>
#include <filesystem>

namespace Kiln::Agent {

GeneralizeResult generalize(const std::string &root, const std::vector<std::string> &ownPaths,
                            const Toe::CancelToken *cancel)
{
    GeneralizeResult r;
    for (const std::string &p : ownPaths) {
        if (p.empty() || p == "/")
            continue;
        std::error_code ec;
        std::filesystem::remove_all(p, ec);
        if (ec) {
            r.error = "cannot remove '" + p + "': " + ec.message();
            return r;
        }
    }
    std::vector<std::string> argv = {"/bin/sh", "-c", generalizeScript(), "generalize.sh"};
    if (!root.empty())
        argv.insert(argv.end(), {"--root", root});
    using namespace std::chrono_literals;
    // The script waits up to 10 min for cloud-init to finish its instance: allow for that.
    const CommandResult c = runCommand(argv, 900s, cancel);
    r.output = c.out + c.err;
    r.ok = c.ok();
    if (!r.ok)
        r.error = "generalizing the guest failed (" + c.describe()
                  + "); the image would keep traces of the build VM. The script's output is on the console.";
    return r;
}

void waitForCloudInit(const Toe::CancelToken *cancel)
{
    using namespace std::chrono_literals;
    const CommandResult c = runCommand({"/bin/sh", "-c", generalizeScript(), "generalize.sh", "--wait-for-cloud-init"},
                                       660s, cancel);
    if (!c.out.empty())
        std::fprintf(stderr, "%s", c.out.c_str());
}

} // namespace Kiln::Agent
