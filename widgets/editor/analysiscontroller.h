#pragma once
// Live validation of the editor's text (PATTERNS.md d-4): every change bumps a revision and
// restarts a 300 ms debounce; then a snapshot of the text is analysed on a thread-pool thread
// (QtConcurrent::run, never the GUI thread) and the result is applied — squiggles in the editor,
// and analysisApplied() for the Issues dock and the outline — only if the text has not changed
// since the snapshot. One analysis runs at a time; a newer revision starts when it ends.
#include "widgets/editor/documentanalysis.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

namespace Kiln::Widgets {

class YamlEditor;

class AnalysisController : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 300;

    AnalysisController(YamlEditor *editor, QObject *parent = nullptr);

    // The name diagnostics carry (the file name, or "untitled.yml").
    void setFileName(const QString &name);
    QString fileName() const { return m_fileName; }

    quint64 revision() const { return m_revision; }
    // The last applied analysis (null before the first one).
    std::shared_ptr<const DocumentAnalysis> latest() const { return m_latest; }
    // Whether latest() describes the text as it is now.
    bool isCurrent() const { return m_latest && m_latest->revision == m_revision; }
    bool isRunning() const { return m_running; }
    // Analyses now, without waiting for the debounce (after loading a file or a visual edit).
    void analyzeNow();
    // Milliseconds from the last change of the text to the moment its analysis was applied.
    double lastApplyLatencyMs() const { return m_applyLatencyMs; }

Q_SIGNALS:
    void analysisStarted();
    void analysisApplied(std::shared_ptr<const Kiln::Widgets::DocumentAnalysis> analysis);

private:
    void textChanged();
    void start();
    void finished(const std::shared_ptr<const DocumentAnalysis> &analysis);

    YamlEditor *m_editor;
    QString m_fileName = QStringLiteral("untitled.yml");
    QTimer m_debounce;
    QElapsedTimer m_sinceChange;
    quint64 m_revision = 0;
    bool m_running = false;
    bool m_startWhenDone = false;
    double m_applyLatencyMs = 0;
    std::shared_ptr<const DocumentAnalysis> m_latest;
};

} // namespace Kiln::Widgets
