#include "analysiscontroller.h"
#include "yamleditor.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace Kiln::Widgets {

AnalysisController::AnalysisController(YamlEditor *editor, QObject *parent) : QObject(parent), m_editor(editor)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &AnalysisController::start);
    connect(editor, &QsciScintilla::textChanged, this, &AnalysisController::textChanged);
    m_sinceChange.start();
}

void AnalysisController::setFileName(const QString &name)
{
    if (name == m_fileName)
        return;
    m_fileName = name;
    analyzeNow();
}

void AnalysisController::textChanged()
{
    ++m_revision;
    m_sinceChange.restart();
    m_debounce.start();
}

void AnalysisController::analyzeNow()
{
    m_debounce.stop();
    start();
}

void AnalysisController::start()
{
    if (m_running) {
        m_startWhenDone = true;
        return;
    }
    m_running = true;
    m_startWhenDone = false;
    Q_EMIT analysisStarted();
    // The snapshot is the only thing the worker sees: a copy of the bytes and the revision.
    const QByteArray text = m_editor->utf8Text();
    const QString file = m_fileName;
    const quint64 revision = m_revision;
    QtConcurrent::run([text, file, revision] { return analyzeComponent(text, file, revision); })
        .then(this, [this](const std::shared_ptr<const DocumentAnalysis> &analysis) { finished(analysis); });
}

void AnalysisController::finished(const std::shared_ptr<const DocumentAnalysis> &analysis)
{
    m_running = false;
    if (analysis->revision == m_revision) {
        std::shared_ptr<const DocumentAnalysis> previous = std::move(m_latest);
        m_latest = analysis;
        m_editor->setDiagnostics(analysis->diagnostics);
        m_editor->setCompletionDocument(analysis->document);
        m_applyLatencyMs = static_cast<double>(m_sinceChange.nsecsElapsed()) / 1e6;
        Q_EMIT analysisApplied(analysis);
        // Freeing the previous analysis (YAML tree, document, outline of a 10 MB component) takes
        // hundreds of milliseconds: drop the last reference on a pool thread, not the GUI's.
        if (previous && previous.use_count() == 1)
            (void)QtConcurrent::run([previous = std::move(previous)]() mutable { previous.reset(); });
    } else if (!m_debounce.isActive()) {
        // The text changed while this ran and its debounce already expired: go again now.
        m_startWhenDone = true;
    }
    if (m_startWhenDone)
        start();
}

} // namespace Kiln::Widgets
