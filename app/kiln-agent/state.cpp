// stateDirectory/<planId>.json: read, written atomically with fsync.
#include "state.h"

#include "core/toe/fileutil.h"

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace Kiln::Agent {

using Toe::Error;
using Toe::Json;

const char *AgentState::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Running: return "running";
    case Phase::Rebooting: return "rebooting";
    case Phase::Finished: return "finished";
    }
    return "running";
}

Json AgentState::toJson() const
{
    Json j = Json::object();
    j["version"] = 1;
    j["planId"] = planId;
    j["phase"] = phaseName(phase);
    j["nextSeq"] = nextSeq;
    j["boot"] = boot;
    j["startTime"] = startTime;
    j["executionId"] = executionId;
    j["logFolder"] = logFolder;
    Json s = Json::object();
    if (step.documentIndex >= 0) {
        EventStream::addContext(s, step, true);
    }
    j["step"] = std::move(s);
    if (phase == Phase::Rebooting) {
        j["rebootReason"] = rebootReason;
        j["delaySeconds"] = delaySeconds;
        j["execution"] = execution;
    }
    if (phase == Phase::Finished) {
        j["status"] = status;
        j["error"] = error;
    }
    return j;
}

Toe::Result<AgentState> AgentState::fromJson(const Json &j)
{
    auto bad = [](const std::string &what) { return Kiln::unexpected(Error{what, {}}); };
    if (!j.isObject())
        return bad("not a JSON object");
    if (j["version"].toInt() != 1)
        return bad("unsupported state version " + j["version"].asText());
    AgentState s;
    s.planId = j["planId"].toString();
    const std::string phase = j["phase"].toString();
    if (phase == "running")
        s.phase = Phase::Running;
    else if (phase == "rebooting")
        s.phase = Phase::Rebooting;
    else if (phase == "finished")
        s.phase = Phase::Finished;
    else
        return bad("unknown phase '" + phase + "'");
    s.nextSeq = j["nextSeq"].toInt(0);
    s.boot = static_cast<int>(j["boot"].toInt(0));
    if (s.nextSeq < 1 || s.boot < 1)
        return bad("nextSeq and boot must be at least 1");
    s.startTime = j["startTime"].toString();
    s.executionId = j["executionId"].toString();
    s.logFolder = j["logFolder"].toString();
    const Json &step = j["step"];
    s.step.document = step["document"].toString();
    s.step.documentIndex = static_cast<int>(step["documentIndex"].toInt(-1));
    s.step.phase = step["phase"].toString();
    s.step.step = step["step"].toString();
    s.step.stepIndex = static_cast<int>(step["stepIndex"].toInt(-1));
    if (s.phase == Phase::Rebooting) {
        s.rebootReason = j["rebootReason"].toString();
        s.delaySeconds = static_cast<int>(j["delaySeconds"].toInt());
        s.execution = j["execution"];
        if (!s.execution.isObject())
            return bad("a rebooting state without its execution");
    }
    s.status = j["status"].toString();
    s.error = j["error"].toString();
    return s;
}

StateStore::StateStore(std::string directory, std::string planId)
    : m_directory(std::move(directory)), m_planId(std::move(planId)), m_path(m_directory + "/" + m_planId + ".json")
{
}

Toe::Result<std::optional<AgentState>> StateStore::load() const
{
    if (::access(m_path.c_str(), F_OK) != 0 && errno == ENOENT)
        return std::optional<AgentState>();
    auto text = Toe::readWholeFile(m_path, 256 * 1024 * 1024);
    if (!text)
        return Kiln::unexpected(text.error());
    auto json = Json::parse(*text, m_path);
    if (!json)
        return Kiln::unexpected(json.error());
    auto state = AgentState::fromJson(*json);
    if (!state)
        return Kiln::unexpected(Error{m_path + ": " + state.error().message, {}});
    if (state->planId != m_planId)
        return Kiln::unexpected(Error{m_path + ": belongs to plan '" + state->planId + "'", {}});
    return std::optional<AgentState>(std::move(*state));
}

Toe::Result<void> StateStore::save(const AgentState &state) const
{
    if (auto made = Toe::makeFolders(m_directory); !made)
        return made;
    return writeFileAtomically(m_path, state.toJson().dump(1) + "\n");
}

void StateStore::remove() const
{
    ::unlink(m_path.c_str());
    ::unlink((m_path + ".tmp").c_str());
}

int StateStore::removeOtherPlans() const
{
    DIR *dir = ::opendir(m_directory.c_str());
    if (!dir)
        return 0;
    int removed = 0;
    const std::string mine = m_planId + ".json";
    while (dirent *e = ::readdir(dir)) {
        const std::string name = e->d_name;
        if (name == mine || name.size() < 6 || name.compare(name.size() - 5, 5, ".json") != 0)
            continue;
        if (::unlink((m_directory + "/" + name).c_str()) == 0)
            ++removed;
    }
    ::closedir(dir);
    return removed;
}

Toe::Result<void> writeFileAtomically(const std::string &path, const std::string &content)
{
    auto fail = [&](const std::string &what) {
        return Kiln::unexpected(Error{what + " '" + path + "': " + std::strerror(errno), {}});
    };
    const std::string tmp = path + ".tmp";
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail("cannot write");
    size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int err = errno;
            ::close(fd);
            ::unlink(tmp.c_str());
            errno = err;
            return fail("cannot write");
        }
        done += static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        errno = err;
        return fail("cannot flush");
    }
    ::close(fd);
    if (::rename(tmp.c_str(), path.c_str()) != 0)
        return fail("cannot replace");
    const size_t slash = path.rfind('/');
    const std::string folder = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
    const int dfd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd); // the rename itself must survive a power cut
        ::close(dfd);
    }
    return {};
}

} // namespace Kiln::Agent
