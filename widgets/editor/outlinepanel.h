#pragma once
// The outline beside the text: the tree of phases and steps (OutlineModel) with each step's
// action and problem counts. Click a step to jump to it in the text; drag it to reorder it within
// or between phases; Delete removes it; "Add phase" adds one. When the YAML cannot be read the
// last good outline stays, greyed, under a banner that says why.
#include "core/toe/yamledit.h"

#include <QWidget>

#include <optional>

class QToolButton;
class QTreeView;

namespace Kiln::Widgets {

class InlineMessage;
class OutlineModel;

class OutlinePanel : public QWidget
{
    Q_OBJECT
public:
    explicit OutlinePanel(QWidget *parent = nullptr);

    OutlineModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    InlineMessage *banner() const { return m_banner; }

    // Greys the outline with `why` shown above it, or (empty) shows it normally.
    void setStale(const QString &why);
    void setEditable(bool editable);
    std::optional<Toe::StepAddress> selectedStep() const;
    int selectedPhase() const; // the phase of the selection, -1 when none
    void selectStep(Toe::StepAddress at);
    // Selects the step on a 1-based line without emitting stepActivated.
    void followLine(int line);

Q_SIGNALS:
    void stepActivated(int phase, int step);   // clicked: jump there
    void phaseActivated(int phase);
    void selectionChanged();
    void removeStepRequested(Kiln::Toe::StepAddress at);
    void addPhaseRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restoreAfterReset();

    OutlineModel *m_model;
    QTreeView *m_view;
    InlineMessage *m_banner;
    QToolButton *m_addPhase;
    QToolButton *m_remove;
    std::optional<Toe::StepAddress> m_keep; // selection to restore after a model reset
    bool m_following = false;
};

} // namespace Kiln::Widgets
