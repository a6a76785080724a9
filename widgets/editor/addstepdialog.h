#pragma once
// "Add step": a new step of one action module, filled in through a form generated from the
// module's inputs (InputsForm), placed in a chosen phase after a chosen step. The result is a
// YAML mapping the editor inserts as one minimal edit.
#include "core/toe/model.h"
#include "core/toe/yamledit.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace Kiln::Widgets {

class InlineMessage;
class InputsForm;

class AddStepDialog : public QDialog
{
    Q_OBJECT
public:
    // `outline`: the document's phases and steps; `phase`/`after`: the preselected place (after = -1:
    // at the start; phase = -1 with no phases: a new "build" phase is proposed).
    AddStepDialog(const QString &action, const std::vector<Toe::OutlinePhase> &outline, int phase, int after,
                  QWidget *parent = nullptr);

    // The step to insert (name, action, onFailure, inputs).
    Toe::Node step() const;
    int phase() const;           // -1: a new phase named newPhaseName()
    QString newPhaseName() const;
    int insertIndex() const;     // the new step's index in its phase

    QLineEdit *nameEdit() const { return m_name; }
    InputsForm *inputs() const { return m_inputs; }

    void accept() override;

private:
    void phaseChanged();

    const Toe::ActionInfo *m_action;
    std::vector<Toe::OutlinePhase> m_outline;
    QLineEdit *m_name;
    QComboBox *m_phase;
    QComboBox *m_after;
    QComboBox *m_onFailure;
    InputsForm *m_inputs;
    InlineMessage *m_message;
    int m_preselectedAfter;
};

} // namespace Kiln::Widgets
