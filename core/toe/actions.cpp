#include "actions.h"

namespace Kiln::Toe {

namespace {

using T = InputType;
constexpr unsigned kNotWindows = PlatformLinux | PlatformMacOS;

const std::vector<std::string_view> kEncodings = {"utf8",     "utf-8",     "utf16",     "utf-16",   "utf16-LE",
                                                  "utf-16-LE", "utf16-BE", "utf-16-BE", "utf32",    "utf-32",
                                                  "utf32-LE", "utf-32-LE", "utf32-BE",  "utf-32-BE"};

InputField encoding(std::string_view what)
{
    return {"encoding", T::String, false, what, "utf8", kEncodings, true};
}

InputField overwrite(std::string_view what) { return {"overwrite", T::Boolean, false, what, "true", {}, false}; }

std::vector<ActionInfo> buildRegistry()
{
    const ActionOutput stdoutOutput{"stdout", "Standard output of the commands, trailing newline removed."};
    return {
        {"AppendFile", InputShape::List, false, PlatformAll,
         "Append text to the end of existing files.",
         "Each list entry appends `content` to the file at `path`. The file must already exist.",
         {{"path", T::String, true, "The file to append to (it must exist).", "", {}, false},
          {"content", T::String, false, "The text to append.", "", {}, false},
          encoding("The encoding of the file.")},
         {}},
        {"Assert", InputShape::Expression, false, PlatformAll,
         "Fail the step unless a condition holds.",
         "`inputs` is one comparison or logical expression (like a step's `if`). True: the step succeeds; "
         "false: it fails and `onFailure` applies.",
         {},
         {}},
        {"CopyFile", InputShape::List, false, PlatformAll,
         "Copy files to another location.",
         "Each entry copies `source` to `destination`. A `*` wildcard is allowed in the last path segment; a "
         "destination ending in `/` is a folder that keeps the file name. Missing destination folders are created.",
         {{"source", T::String, true, "The file to copy (a `*` wildcard may end the path).", "", {}, false},
          {"destination", T::String, true, "Where to copy to; end with `/` to copy into a folder.", "", {}, false},
          overwrite("Replace an existing destination file.")},
         {}},
        {"CopyFolder", InputShape::List, false, PlatformAll,
         "Copy folders and their contents to another location.",
         "Each entry copies the folder `source` to `destination`, creating missing folders.",
         {{"source", T::String, true, "The folder to copy.", "", {}, false},
          {"destination", T::String, true, "Where to copy the folder to.", "", {}, false},
          overwrite("Replace existing files in the destination.")},
         {}},
        {"CreateFile", InputShape::List, false, PlatformAll,
         "Create files with the given content, owner and permissions.",
         "Each entry writes `content` to a new file at `path`, creating parent folders. An existing file is "
         "truncated unless `overwrite` is false. Owner, group and permissions are not supported on Windows.",
         {{"path", T::String, true, "The file to create.", "", {}, false},
          {"content", T::String, false, "The text to write.", "", {}, false},
          encoding("The encoding to write the content in."),
          {"owner", T::String, false, "User that owns the file (not on Windows).", "", {}, false},
          {"group", T::String, false, "Group that owns the file (not on Windows).", "", {}, false},
          {"permissions", T::String, false, "Mode as an octal string such as '0644' (not on Windows).", "0666", {}, false},
          overwrite("Replace an existing file.")},
         {}},
        {"CreateFolder", InputShape::List, false, PlatformAll,
         "Create folders, with their parents.",
         "Each entry creates the folder at `path` and any missing parent folders.",
         {{"path", T::String, true, "The folder to create.", "", {}, false},
          {"owner", T::String, false, "User that owns the folder (not on Windows).", "", {}, false},
          {"group", T::String, false, "Group that owns the folder (not on Windows).", "", {}, false},
          {"permissions", T::String, false, "Mode as an octal string such as '0755' (not on Windows).", "0777", {}, false},
          overwrite("Succeed when the folder already exists.")},
         {}},
        {"CreateSymlink", InputShape::List, false, kNotWindows,
         "Create symbolic links.",
         "Each entry creates a symbolic link at `path` pointing to `target`, which must exist.",
         {{"path", T::String, true, "The link to create.", "", {}, false},
          {"target", T::String, true, "The existing file or folder the link points to.", "", {}, false},
          {"force", T::Boolean, false, "Replace an existing file at `path`.", "false", {}, false}},
         {}},
        {"DeleteFile", InputShape::List, false, PlatformAll,
         "Delete files.",
         "Each entry deletes the file at `path`; a `*` in the file name deletes every match in that folder.",
         {{"path", T::String, true, "The file to delete (a `*` wildcard may be used in the file name).", "", {}, false}},
         {}},
        {"DeleteFolder", InputShape::List, false, PlatformAll,
         "Delete folders.",
         "Each entry deletes the folder at `path`. A folder that is not empty needs `force: true`.",
         {{"path", T::String, true, "The folder to delete.", "", {}, false},
          {"force", T::Boolean, false, "Delete the folder even when it is not empty.", "false", {}, false}},
         {}},
        {"ExecuteBash", InputShape::Map, false, kNotWindows,
         "Run shell commands with bash.",
         "All `commands` are written into one script and run with bash: a command can span several list "
         "entries (if/then/fi). The script's exit code is the step's result; exit 194 asks for a reboot and "
         "re-runs the step afterwards.",
         {{"commands", T::StringList, true, "The lines of the bash script, in order.", "", {}, false}},
         {stdoutOutput}},
        {"ExecuteBinary", InputShape::Map, false, PlatformAll,
         "Run a program with arguments.",
         "Runs the executable at `path` with `arguments`, without a shell. Exit code 0 is success; 194 (Linux) "
         "or 3010 (Windows) asks for a reboot and re-runs the step.",
         {{"path", T::String, true, "The program to run.", "", {}, false},
          {"arguments", T::StringList, false, "The arguments, one list entry each.", "", {}, false}},
         {stdoutOutput}},
        {"ExecuteDocument", InputShape::Map, false, PlatformAll,
         "Run another component document.",
         "Runs the document at `document` (a local path, an s3:// URI or an Image Builder component ARN). "
         "Documents nest at most 3 levels; the step always has timeoutSeconds -1 and maxAttempts 1.",
         {{"document", T::String, true, "Path, s3:// URI or component ARN of the document to run.", "", {}, false},
          {"document-s3-bucket-owner", T::String, false, "Expected owner account of the S3 bucket.", "", {}, false},
          {"phases", T::String, false, "Comma-separated phases to run (default: all).", "", {}, false},
          {"parameters", T::NameValueList, false, "Parameters for the document: a list of {name, value}.", "", {}, false}},
         {{"executedStepCount", "Number of steps that ran."},
          {"executionId", "Identifier of the nested run."},
          {"failedStepCount", "Number of steps that failed."},
          {"failureMessage", "Why the nested run failed, if it did."},
          {"ignoredFailedStepCount", "Number of failed steps whose failure was ignored."},
          {"logUrl", "Where the nested run's logs are."},
          {"status", "Final status of the nested run."},
          {"detailedOutput", "The nested run's full status tree."}}},
        {"ExecutePowerShell", InputShape::Map, false, PlatformWindows,
         "Run PowerShell commands or a script file (Windows).",
         "Runs `commands` as one script, or the .ps1 `file`, with Windows PowerShell. Exit 3010 asks for a "
         "reboot and re-runs the step.",
         {{"commands", T::StringList, false, "The lines of the PowerShell script (or use `file`).", "", {}, false},
          {"file", T::String, false, "A .ps1 script to run (or use `commands`).", "", {}, false}},
         {stdoutOutput}},
        {"InstallMSI", InputShape::Map, false, PlatformWindows,
         "Install a Windows Installer package (Windows).",
         "Installs the .msi at `path` (local path, s3:// URI or web URL) with msiexec. Exit codes 0, 1614, "
         "1641 and 3010 count as success.",
         {{"path", T::String, true, "The .msi file: local path, s3:// URI or http(s) URL.", "", {}, false},
          {"reboot", T::String, false, "Whether the installer may reboot.", "Allow", {"Allow", "Force", "Skip"}, false},
          {"logOptions", T::String, false, "msiexec logging flags.", "*VX", {}, false},
          {"logFile", T::String, false, "Where msiexec writes its log.", "", {}, false},
          {"properties", T::Map, false, "MSI properties, passed as KEY=value.", "", {}, false},
          {"ignoreAuthenticodeSignatureErrors", T::Boolean, false, "Install despite signature errors.", "false", {}, false},
          {"allowUnsignedInstaller", T::Boolean, false, "Install an unsigned package.", "false", {}, false}},
         {{"logFile", "Path of the msiexec log."}, {"msiExitCode", "msiexec's exit code."}, stdoutOutput}},
        {"ListFiles", InputShape::List, false, PlatformAll,
         "List the files of folders.",
         "Each entry lists the files in the folder `path`, optionally matching `fileNamePattern` and recursing.",
         {{"path", T::String, true, "The folder to list (it must exist).", "", {}, false},
          {"fileNamePattern", T::String, false, "Only names matching this pattern (`*` wildcard).", "", {}, false},
          {"recursive", T::Boolean, false, "Include subfolders.", "false", {}, false}},
         {{"files", "The files found."}}},
        {"MoveFile", InputShape::List, false, PlatformAll,
         "Move or rename files.",
         "Each entry moves `source` to `destination` (like `mv`); `*` and a trailing `/` work as for CopyFile.",
         {{"source", T::String, true, "The file to move.", "", {}, false},
          {"destination", T::String, true, "The new location; end with `/` to move into a folder.", "", {}, false},
          overwrite("Replace an existing destination file.")},
         {}},
        {"MoveFolder", InputShape::List, false, PlatformAll,
         "Move or rename folders.",
         "Each entry moves the folder `source` to `destination`, creating missing parent folders.",
         {{"source", T::String, true, "The folder to move.", "", {}, false},
          {"destination", T::String, true, "The new location.", "", {}, false},
          overwrite("Replace an existing destination folder.")},
         {}},
        {"ReadFile", InputShape::List, false, PlatformAll,
         "Read a text file into the step's output.",
         "Reads the text file at `path` (following symlinks) into the `content` output, for later steps to use.",
         {{"path", T::String, true, "The text file to read.", "", {}, false},
          encoding("The encoding of the file."),
          {"printFileContent", T::Boolean, false, "Also print the content to the console log.", "false", {}, false}},
         {{"content", "The file's text."}}},
        {"Reboot", InputShape::Map, true, PlatformAll,
         "Reboot the machine, then continue with the next step.",
         "Reboots after `delaySeconds`; the run resumes with the step after this one. `inputs` may be left out. "
         "A Reboot step has no timeout.",
         {{"delaySeconds", T::Integer, false, "Seconds to wait before rebooting.", "0", {}, false}},
         {}},
        {"S3Download", InputShape::List, false, PlatformAll,
         "Download objects from Amazon S3.",
         "Each entry downloads `source` (s3://bucket/key, or a prefix ending in /*) to `destination`.",
         {{"source", T::String, true, "s3://bucket/key, or s3://bucket/prefix/* for many objects.", "", {}, false},
          {"destination", T::String, true, "The local file, or folder for a prefix (it must exist).", "", {}, false},
          {"expectedBucketOwner", T::String, false, "Expected owner account of the bucket.", "", {}, false},
          overwrite("Replace existing local files.")},
         {}},
        {"S3Upload", InputShape::List, false, PlatformAll,
         "Upload files to Amazon S3.",
         "Each entry uploads `source` (a file, a `*` wildcard, or a folder with `recurse`) to `destination`.",
         {{"source", T::String, true, "The local file, wildcard or folder to upload.", "", {}, false},
          {"destination", T::String, true, "The s3:// URI to upload to.", "", {}, false},
          {"recurse", T::Boolean, false, "Upload a folder with everything in it.", "false", {}, false},
          {"expectedBucketOwner", T::String, false, "Expected owner account of the bucket.", "", {}, false}},
         {}},
        {"SetFileEncoding", InputShape::List, false, PlatformAll,
         "Convert text files to another encoding.",
         "Each entry converts the file at `path` from UTF-8 to `encoding`.",
         {{"path", T::String, true, "The file to convert.", "", {}, false},
          encoding("The encoding to convert to.")},
         {}},
        {"SetFileOwner", InputShape::List, false, kNotWindows,
         "Change the owner and group of files.",
         "Each entry sets the owner (and group) of the file at `path`. Not supported on Windows.",
         {{"path", T::String, true, "The file.", "", {}, false},
          {"owner", T::String, true, "The user to own the file.", "", {}, false},
          {"group", T::String, false, "The group to own the file.", "", {}, false}},
         {}},
        {"SetFilePermissions", InputShape::List, false, kNotWindows,
         "Change the permissions of files.",
         "Each entry sets the mode of the file at `path`. Not supported on Windows.",
         {{"path", T::String, true, "The file.", "", {}, false},
          {"permissions", T::String, true, "The mode as an octal string such as '0644'.", "", {}, false}},
         {}},
        {"SetFolderOwner", InputShape::List, false, kNotWindows,
         "Change the owner and group of folders.",
         "Each entry sets the owner (and group) of the folder at `path`, by default with everything in it.",
         {{"path", T::String, true, "The folder.", "", {}, false},
          {"owner", T::String, true, "The user to own the folder.", "", {}, false},
          {"group", T::String, false, "The group to own the folder.", "", {}, false},
          {"recursive", T::Boolean, false, "Also change everything inside the folder.", "true", {}, false}},
         {}},
        {"SetFolderPermissions", InputShape::List, false, kNotWindows,
         "Change the permissions of folders.",
         "Each entry sets the mode of the folder at `path`, by default with everything in it.",
         {{"path", T::String, true, "The folder.", "", {}, false},
          {"permissions", T::String, true, "The mode as an octal string such as '0755'.", "", {}, false},
          {"recursive", T::Boolean, false, "Also change everything inside the folder.", "true", {}, false}},
         {}},
        {"SetRegistry", InputShape::List, false, PlatformWindows,
         "Set Windows registry values (Windows).",
         "Each entry sets the value `name` under the key `path` (HKLM:, HKCU:, HKCR:, HKU:, HKCC:), creating "
         "missing keys.",
         {{"path", T::String, true, "The registry key, e.g. HKLM:\\SOFTWARE\\MyApp.", "", {}, false},
          {"name", T::String, true, "The value's name.", "", {}, false},
          {"value", T::Any, true, "The data: text, a number or a list.", "", {}, false},
          {"type", T::String, true, "The value type.", "", {"BINARY", "DWORD", "QWORD", "SZ", "EXPAND_SZ", "MULTI_SZ"}, false}},
         {}},
        {"UninstallMSI", InputShape::Map, false, PlatformWindows,
         "Remove a Windows Installer package (Windows).",
         "Uninstalls the .msi at `path` with msiexec. Exit codes 0, 1605, 1614, 1641 and 3010 count as success.",
         {{"path", T::String, true, "The .msi file: local path, s3:// URI or http(s) URL.", "", {}, false},
          {"reboot", T::String, false, "Whether the uninstaller may reboot.", "Allow", {"Allow", "Force", "Skip"}, false},
          {"logOptions", T::String, false, "msiexec logging flags.", "*VX", {}, false},
          {"logFile", T::String, false, "Where msiexec writes its log.", "", {}, false},
          {"properties", T::Map, false, "MSI properties, passed as KEY=value.", "", {}, false},
          {"ignoreAuthenticodeSignatureErrors", T::Boolean, false, "Proceed despite signature errors.", "false", {}, false},
          {"allowUnsignedInstaller", T::Boolean, false, "Accept an unsigned package.", "false", {}, false}},
         {{"logFile", "Path of the msiexec log."}, {"msiExitCode", "msiexec's exit code."}, stdoutOutput}},
        {"UpdateOS", InputShape::Map, true, PlatformAll,
         "Install operating-system updates.",
         "Installs available updates with the system's package manager (apt-get, dnf, yum, zypper; Windows "
         "Update on Windows). `include` limits the update to these packages (or KB ids); `exclude` skips some.",
         {{"include", T::StringList, false, "Only update these packages (Windows: KB ids or title wildcards).", "", {}, false},
          {"exclude", T::StringList, false, "Never update these packages.", "", {}, false}},
         {}},
        {"WebDownload", InputShape::List, false, PlatformAll,
         "Download files over HTTP or HTTPS.",
         "Each entry downloads `source` to `destination` (a path ending in `/` is a folder), creating folders. "
         "Any status but 200 is an error. With `checksum` and `algorithm` the file is verified.",
         {{"source", T::String, true, "The http:// or https:// URL.", "", {}, false},
          {"destination", T::String, true, "The local file; end with `/` to keep the URL's file name.", "", {}, false},
          overwrite("Replace an existing file."),
          {"checksum", T::String, false, "The expected hash of the file (needs `algorithm`).", "", {}, false},
          {"algorithm", T::String, false, "The hash algorithm of `checksum`.", "", {"MD5", "SHA1", "SHA256", "SHA512"}, true},
          {"ignoreCertificateErrors", T::Boolean, false, "Accept invalid TLS certificates.", "false", {}, false}},
         {{"destination", "The paths written, one per line."}}},
    };
}

} // namespace

const InputField *ActionInfo::input(std::string_view field) const
{
    for (const auto &f : inputs)
        if (f.name == field)
            return &f;
    return nullptr;
}

const ActionOutput *ActionInfo::output(std::string_view field) const
{
    for (const auto &o : outputs)
        if (o.name == field)
            return &o;
    return nullptr;
}

std::vector<std::string_view> ActionInfo::inputNames() const
{
    std::vector<std::string_view> names;
    for (const auto &f : inputs)
        names.push_back(f.name);
    return names;
}

std::vector<std::string_view> ActionInfo::outputNames() const
{
    std::vector<std::string_view> names;
    for (const auto &o : outputs)
        names.push_back(o.name);
    return names;
}

const std::vector<ActionInfo> &actionModules()
{
    static const std::vector<ActionInfo> registry = buildRegistry();
    return registry;
}

const ActionInfo *findAction(std::string_view name)
{
    for (const auto &a : actionModules())
        if (a.name == name)
            return &a;
    return nullptr;
}

std::vector<std::string_view> actionNames()
{
    std::vector<std::string_view> names;
    for (const auto &a : actionModules())
        names.push_back(a.name);
    return names;
}

std::string platformNames(unsigned platforms)
{
    std::vector<std::string> names;
    if (platforms & PlatformLinux)
        names.push_back("Linux");
    if (platforms & PlatformWindows)
        names.push_back("Windows");
    if (platforms & PlatformMacOS)
        names.push_back("macOS");
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
    return out;
}

const char *inputTypeName(InputType type)
{
    switch (type) {
    case InputType::String: return "text";
    case InputType::StringList: return "list of texts";
    case InputType::Integer: return "whole number";
    case InputType::Boolean: return "true or false";
    case InputType::Map: return "mapping";
    case InputType::NameValueList: return "list of {name, value}";
    case InputType::Any: return "text, number or list";
    }
    return "text";
}

} // namespace Kiln::Toe
