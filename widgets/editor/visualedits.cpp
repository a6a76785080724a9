#include "visualedits.h"
#include "analysiscontroller.h"
#include "yamleditor.h"

namespace Kiln::Widgets {

VisualEdits::VisualEdits(YamlEditor *editor, AnalysisController *analysis, QObject *parent)
    : QObject(parent), m_editor(editor), m_analysis(analysis)
{
}

std::optional<Toe::ComponentText> VisualEdits::current() const
{
    if (m_analysis->isCurrent()) {
        if (auto latest = m_analysis->latest(); latest && latest->component)
            return latest->component;
        return std::nullopt;
    }
    const QByteArray text = m_editor->utf8Text();
    if (text.size() > kSyncLoadLimit)
        return std::nullopt;
    auto loaded = Toe::ComponentText::load(text.toStdString(), m_analysis->fileName().toStdString());
    if (!loaded)
        return std::nullopt;
    return std::move(*loaded);
}

// "typename", not "class": lupdate reads "template <class F>" as a class F and files the tr()
// strings below under the context Kiln::Widgets::F, so their translations would never load.
template <typename F>
bool VisualEdits::edit(F &&compute)
{
    if (m_editor->isReadOnly())
        return false;
    const auto doc = current();
    if (!doc) {
        if (!m_analysis->isCurrent()) {
            m_analysis->analyzeNow();
            Q_EMIT failed(tr("The document is still being checked; try again in a moment."));
        } else {
            const auto latest = m_analysis->latest();
            Q_EMIT failed(tr("The YAML cannot be read (%1); fix it in the text first.")
                              .arg(latest ? latest->loadError : tr("unknown error")));
        }
        return false;
    }
    const Toe::Result<Toe::TextEdits> edits = compute(*doc);
    if (!edits) {
        const Toe::Error &e = edits.error();
        Q_EMIT failed(e.location.mark.valid() ? tr("Line %1: %2").arg(e.location.mark.line).arg(QString::fromStdString(e.message))
                                              : QString::fromStdString(e.message));
        return false;
    }
    if (edits->empty())
        return true;
    if (!m_editor->applyTextEdits(*edits)) {
        Q_EMIT failed(tr("The text changed while the edit was prepared; try again."));
        return false;
    }
    m_analysis->analyzeNow();
    Q_EMIT applied();
    return true;
}

bool VisualEdits::moveStep(Toe::StepAddress from, std::size_t toPhase, std::size_t toIndex)
{
    return edit([&](const Toe::ComponentText &d) { return d.moveStep(from, toPhase, toIndex); });
}

bool VisualEdits::removeStep(Toe::StepAddress at)
{
    return edit([&](const Toe::ComponentText &d) { return d.removeStep(at); });
}

bool VisualEdits::insertStep(std::size_t phase, std::size_t index, const Toe::Node &step)
{
    return edit([&](const Toe::ComponentText &d) { return d.insertStep(phase, index, step); });
}

bool VisualEdits::insertPhase(std::size_t index, const QString &name, const std::vector<Toe::Node> &steps)
{
    return edit([&](const Toe::ComponentText &d) { return d.insertPhase(index, name.toStdString(), steps); });
}

bool VisualEdits::setStepField(Toe::StepAddress at, const QString &key, const std::optional<Toe::Node> &value)
{
    return edit([&](const Toe::ComponentText &d) { return d.setStepField(at, key.toStdString(), value); });
}

bool VisualEdits::setInputField(Toe::StepAddress at, std::optional<std::size_t> operation, const QString &key,
                                const std::optional<Toe::Node> &value)
{
    return edit([&](const Toe::ComponentText &d) { return d.setInputField(at, operation, key.toStdString(), value); });
}

bool VisualEdits::addOperation(Toe::StepAddress at, const Toe::Node &operation)
{
    return edit([&](const Toe::ComponentText &d) { return d.addInputEntry(at, operation); });
}

bool VisualEdits::removeOperation(Toe::StepAddress at, std::size_t operation)
{
    return edit([&](const Toe::ComponentText &d) { return d.removeInputEntry(at, operation); });
}

} // namespace Kiln::Widgets
