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
    // Lines are gathered in m_buffer; stdio passes big writes straight through.
    std::setvbuf(m_file, nullptr, _IOFBF, 64 * 1024);
    m_buffer.reserve(64 * 1024);
}

LogFolder::~LogFolder()
{
    if (m_file) {
        writeBuffer();
        std::fclose(m_file);
    }
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
    m_chunkStamp += ' ';
    m_console.output(w, s, c);
    m_chunkStamp.clear();
    flush();
}

void LogFolder::writeLine(std::string_view line)
{
    // Lines are gathered in memory and written with one fwrite per chunk or event (flush()).
    if (m_chunkStamp.empty()) {
        m_buffer += rfc3339Nanos(WallClock::now());
        m_buffer += ' ';
    } else {
        m_buffer += m_chunkStamp;
    }
    m_buffer += line;
    m_buffer += '\n';
    if (m_buffer.size() >= 256 * 1024)
        writeBuffer();
}

void LogFolder::writeBuffer()
{
    if (m_buffer.empty())
        return;
    if (std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_file) != m_buffer.size() && m_error.empty())
        m_error = "cannot write console.log: " + std::string(std::strerror(errno));
    m_buffer.clear();
}

void LogFolder::flush()
{
    writeBuffer();
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
