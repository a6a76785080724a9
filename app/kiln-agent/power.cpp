#include "power.h"

#include "command.h"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace Kiln::Agent {

namespace {

std::atomic<bool> g_shutdownStarted{false};

struct MountEntry {
    std::string dir;
    std::string type;
    bool readOnly = false;
};

// /proc/self/mounts escapes space, tab, newline and backslash as \ooo.
std::string unescapeMountField(const std::string &s)
{
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 3 < s.size()) {
            const std::string oct = s.substr(i + 1, 3);
            if (oct.size() == 3 && oct.find_first_not_of("01234567") == std::string::npos) {
                out += static_cast<char>(std::stoi(oct, nullptr, 8));
                i += 3;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

std::vector<MountEntry> mounts()
{
    std::vector<MountEntry> list;
    std::FILE *f = std::fopen("/proc/self/mounts", "re");
    if (!f)
        return list;
    char line[4096];
    while (std::fgets(line, sizeof line, f)) {
        char dev[1024], dir[1024], type[256], options[1024];
        if (std::sscanf(line, "%1023s %1023s %255s %1023s", dev, dir, type, options) != 4)
            continue;
        const std::string opts = std::string(",") + options + ",";
        list.push_back({unescapeMountField(dir), type, opts.find(",ro,") != std::string::npos});
    }
    std::fclose(f);
    return list;
}

bool isDiskFileSystem(const std::string &type)
{
    for (const char *t : {"ext2", "ext3", "ext4", "xfs", "btrfs", "f2fs", "vfat", "jfs", "reiserfs"})
        if (type == t)
            return true;
    return false;
}

// Makes the disks consistent without unmounting: read-only remount when nothing holds a file
// open for writing, else FIFREEZE (ext4/xfs/btrfs flush and checkpoint their journal on freeze).
void quiesceFileSystems()
{
    ::sync();
    std::vector<MountEntry> list = mounts();
    for (auto it = list.rbegin(); it != list.rend(); ++it) {
        if (it->readOnly || !isDiskFileSystem(it->type))
            continue;
        if (::mount(nullptr, it->dir.c_str(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) == 0)
            continue;
        const int fd = ::open(it->dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd >= 0) {
            ::ioctl(fd, FIFREEZE, 0);
            ::close(fd);
        }
    }
    ::sync();
}

} // namespace

bool systemdIsInit()
{
    // sd_booted(): systemd creates /run/systemd/system/ early at boot
    struct stat st {};
    return ::lstat("/run/systemd/system", &st) == 0 && S_ISDIR(st.st_mode);
}

bool shutdownStarted()
{
    return g_shutdownStarted.load();
}

std::string powerDown(PowerAction action)
{
    using namespace std::chrono_literals;
    const char *verb = action == PowerAction::Reboot ? "reboot" : "poweroff";
    g_shutdownStarted.store(true);
    ::sync();
    std::string why;
    if (systemdIsInit()) {
        std::vector<std::string> argv = {"systemctl", verb};
        if (action == PowerAction::PowerOffNow)
            argv.push_back("--force");
        const CommandResult c = runCommand(argv, 60s);
        if (c.ok()) {
            // systemd now stops every unit, the agent's own included (SIGTERM ends this process).
            // If that never comes, the shutdown is stuck: force it below.
            std::this_thread::sleep_for(300s);
            why = std::string("systemctl ") + verb + " did not end the agent within 5 minutes";
        } else {
            why = std::string("systemctl ") + verb + " failed: " + c.describe();
        }
        std::fprintf(stderr, "kiln-agent: %s; forcing the %s\n", why.c_str(), verb);
    }
    if (::geteuid() != 0)
        return std::string("cannot ") + verb + " the machine: the agent is not running as root";
    quiesceFileSystems();
    ::reboot(action == PowerAction::Reboot ? RB_AUTOBOOT : RB_POWER_OFF);
    return std::string("reboot(2) failed: ") + std::strerror(errno);
}

} // namespace Kiln::Agent
