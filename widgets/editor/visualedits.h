#pragma once
// Turns the visual editor's gestures (drag a step, add one from the palette, change a field in
// the step form, delete) into minimal edits of the YAML text: the engine (core/toe/yamledit.h)
// computes the byte ranges on the analysed text of the current revision, and YamlEditor applies
// them as ONE undo step, so Ctrl+Z takes the gesture back and everything else stays as written.
// A new analysis is started at once so the outline follows.
#include "core/toe/yamledit.h"

#include <QObject>

#include <optional>

namespace Kiln::Widgets {

class AnalysisController;
class YamlEditor;

class VisualEdits : public QObject
{
    Q_OBJECT
public:
    // Above this size the text is only edited visually through an up-to-date analysis (no
    // synchronous re-read of the YAML on the GUI thread).
    static constexpr qsizetype kSyncLoadLimit = 512 * 1024;

    VisualEdits(YamlEditor *editor, AnalysisController *analysis, QObject *parent = nullptr);

    bool moveStep(Toe::StepAddress from, std::size_t toPhase, std::size_t toIndex);
    bool removeStep(Toe::StepAddress at);
    bool insertStep(std::size_t phase, std::size_t index, const Toe::Node &step);
    bool insertPhase(std::size_t index, const QString &name, const std::vector<Toe::Node> &steps = {});
    bool setStepField(Toe::StepAddress at, const QString &key, const std::optional<Toe::Node> &value);
    bool setInputField(Toe::StepAddress at, std::optional<std::size_t> operation, const QString &key,
                       const std::optional<Toe::Node> &value);
    bool addOperation(Toe::StepAddress at, const Toe::Node &operation);
    bool removeOperation(Toe::StepAddress at, std::size_t operation);

    // The text as loaded YAML for the current revision, if it can be had without blocking.
    std::optional<Toe::ComponentText> current() const;

Q_SIGNALS:
    void failed(const QString &message);
    void applied();

private:
    template <class F>
    bool edit(F &&compute);

    YamlEditor *m_editor;
    AnalysisController *m_analysis;
};

} // namespace Kiln::Widgets
