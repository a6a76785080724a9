#include "logfolder.h"

#include "fileutil.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <sys/stat.h>

namespace Kiln::Toe {

LogFolder::LogFolder(std::string path, std::FILE *console)
    : m_path(std::move(path)), m_file(console), m_console([this](std::string_view line) { writeLine(line); })
{
    std::setvbuf(m_file, nullptr, _IOFBF, 64 * 1024);
}

LogFolder::~LogFolder()
{
    if (m_file)
        std::fclose(m_file);
}

std::string LogFolder::folderName(const std::string &executionId, WallClock::time_point startTime)
{
    return "TOE_" + folderTimestamp(startTime) + "_UTC-0_" + executionId;
}

Result<std::unique_ptr<LogFolder>> LogFolder::create(const std::string &logDirectory, const std::string &executionId,
                                                     WallClock::time_point startTime,
                                                     const std::vector<DocumentSource> &documents)
{
    const std::string base = logDirectory.empty() ? std::string(".") : logDirectory;
    auto made = makeFolders(base);
    if (!made)
        return unexpected(made.error());
    const std::string path = base + "/" + folderName(executionId, startTime);
    if (::mkdir(path.c_str(), 0755) != 0 && errno != EEXIST)
        return unexpected(Error{"cannot create log folder '" + path + "': " + std::strerror(errno), {}});
    for (size_t i = 0; i < documents.size(); ++i) {
        const std::string &source = documents[i].path;
        if (source.empty() || entryKind(source) != EntryKind::File)
            continue;
        std::error_code ec;
        std::filesystem::copy_file(source, path + "/D" + std::to_string(i) + "__" + baseName(source),
                                   std::filesystem::copy_options::overwrite_existing, ec);
        if (ec)
            return unexpected(Error{"cannot copy '" + source + "' into the log folder: " + ec.message(), {}});
    }
    std::FILE *f = std::fopen((path + "/console.log").c_str(), "we");
    if (!f)
        return unexpected(Error{"cannot create '" + path + "/console.log': " + std::strerror(errno), {}});
    return std::unique_ptr<LogFolder>(new LogFolder(path, f));
}

Result<std::unique_ptr<LogFolder>> LogFolder::open(const std::string &folder)
{
    if (entryKind(folder) != EntryKind::Folder)
        return unexpected(Error{"log folder '" + folder + "' does not exist", {}});
    std::FILE *f = std::fopen((folder + "/console.log").c_str(), "ae");
    if (!f)
        return unexpected(Error{"cannot open '" + folder + "/console.log': " + std::strerror(errno), {}});
    return std::unique_ptr<LogFolder>(new LogFolder(folder, f));
}

void LogFolder::output(const Position &w, Stream s, std::string_view c)
{
    m_chunkStamp = rfc3339Nanos(WallClock::now());
    m_console.output(w, s, c);
    m_chunkStamp.clear();
    flush();
}

void LogFolder::writeLine(std::string_view line)
{
    const std::string stamp = m_chunkStamp.empty() ? rfc3339Nanos(WallClock::now()) : std::string();
    const std::string &prefix = m_chunkStamp.empty() ? stamp : m_chunkStamp;
    // one lock of the stream per line instead of four
    ::flockfile(m_file);
    fwrite_unlocked(prefix.data(), 1, prefix.size(), m_file);
    putc_unlocked(' ', m_file);
    fwrite_unlocked(line.data(), 1, line.size(), m_file);
    const bool failed = putc_unlocked('\n', m_file) == EOF;
    ::funlockfile(m_file);
    if (failed && m_error.empty())
        m_error = "cannot write console.log: " + std::string(std::strerror(errno));
}

void LogFolder::flush()
{
    if (std::fflush(m_file) != 0 && m_error.empty())
        m_error = "cannot write console.log: " + std::string(std::strerror(errno));
}

Result<void> LogFolder::writeReports(const RunReport &runReport)
{
    RunReport report = runReport;
    report.logDirectory = m_path;
    auto detailed = writeWholeFile(m_path + "/detailedoutput.json", toJson(report).dump(2) + "\n", false, 0644);
    if (!detailed)
        return detailed;
    return writeWholeFile(m_path + "/chaining.json", chainingJson(report).dump(2) + "\n", false, 0644);
}

void LogFolder::runFinished(const RunReport &run)
{
    m_console.runFinished(run);
    flush();
    auto written = writeReports(run);
    if (!written && m_error.empty())
        m_error = written.error().message;
}

} // namespace Kiln::Toe
