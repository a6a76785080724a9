#pragma once
// Shared by the executor tests: runs a golden case folder (tests/data/toe/exec/<case>/) in a
// temporary copy and compares what a user would see — detailedoutput.json, console.log, files.
//
// A case folder holds:
//   document.yml            the document run (or `documents`: one file name per line)
//   parameters              optional "name=value" lines (run-time parameters)
//   phases                  optional comma-separated phase filter
//   path                    optional search PATH for the executor (${WORKDIR} is replaced)
//   setup.sh                optional, run with bash in the work folder before the run
//   expected-status.json    subset of detailedoutput.json that must match ("re:…" strings are regexes)
//   check.sh                optional, run after the run; must exit 0 (checks files, processes…)
//   expected-console.txt    optional, console.log without timestamps, durations and ids
// Every run gets the parameters WORKDIR (the temporary copy), HTTP_URL and HTTPS_URL.

#include "core/toe/executor.h"
#include "core/toe/json.h"

#include <QString>
#include <QStringList>

namespace KilnTest {

struct GoldenRun {
    QString workDir;
    QString logFolder;
    Kiln::Toe::RunResult result;
    Kiln::Toe::Json detailed;       // detailedoutput.json as written
    QStringList consoleLines;       // console.log, normalised
    QString error;                  // harness problem (not a test expectation)
};

struct GoldenEnvironment {
    QString httpUrl;
    QString httpsUrl;
};

// Copies caseDir into a new folder under tempRoot and runs it.
GoldenRun runGoldenCase(const QString &caseDir, const QString &tempRoot, const GoldenEnvironment &env);

// "" when actual contains expected (see above); otherwise what differs, with its JSON path.
QString jsonSubsetMismatch(const Kiln::Toe::Json &expected, const Kiln::Toe::Json &actual, const QString &path = QStringLiteral("$"));

// console.log lines without timestamps; durations, execution ids and workDir replaced by placeholders.
QStringList normaliseConsole(const QString &consoleLog, const QString &workDir, const QString &executionId);

QString readText(const QString &path);
// Runs a bash script in dir with WORKDIR set; returns its exit code and output.
int runScript(const QString &script, const QString &dir, QString *output);

} // namespace KilnTest
