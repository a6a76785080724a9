#pragma once
// The form for the step selected in the outline: name, action, onFailure, maxAttempts,
// timeoutSeconds and the action's inputs (InputsForm; list-shaped inputs one operation at a time,
// with add/remove). Each committed field is reported as a change of one key; the editor turns it
// into a minimal YAML edit (one undo step). `loop` and `if` are shown as a note with a link to
// the text. Refreshing with a new analysis keeps the field being typed in.
#include "core/toe/model.h"
#include "core/toe/yamledit.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace Kiln::Widgets {

class InputsForm;

class StepForm : public QWidget
{
    Q_OBJECT
public:
    explicit StepForm(QWidget *parent = nullptr);

    // Shows `step` (the YAML mapping of step `at` in phase `phaseName`); nullptr clears the form.
    void setStep(Toe::StepAddress at, const QString &phaseName, const Toe::Node *step);
    void clear();
    bool hasStep() const { return m_hasStep; }
    Toe::StepAddress address() const { return m_at; }
    void setEditable(bool editable);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *actionCombo() const { return m_action; }
    QComboBox *onFailureCombo() const { return m_onFailure; }
    QLineEdit *maxAttemptsEdit() const { return m_maxAttempts; }
    QLineEdit *timeoutEdit() const { return m_timeout; }
    InputsForm *inputsForm() const { return m_inputs; }
    QComboBox *operationCombo() const { return m_operation; }

Q_SIGNALS:
    void fieldChanged(Kiln::Toe::StepAddress at, const QString &key, const std::optional<Kiln::Toe::Node> &value);
    void inputChanged(Kiln::Toe::StepAddress at, std::optional<std::size_t> operation, const QString &key,
                      const std::optional<Kiln::Toe::Node> &value);
    void addOperationRequested(Kiln::Toe::StepAddress at);
    void removeOperationRequested(Kiln::Toe::StepAddress at, std::size_t operation);
    void showInTextRequested(Kiln::Toe::StepAddress at);

private:
    void commitScalar(const QString &key, const QString &text, bool typed);
    void showOperation(int index);
    void updateNotes(const Toe::Node *step);
    const Toe::Node *inputsNode() const;

    Toe::StepAddress m_at;
    bool m_hasStep = false;
    bool m_editable = true;
    std::optional<Toe::Node> m_step; // the step as last shown
    QLabel *m_title;
    QLabel *m_placeholder;
    QWidget *m_body;
    QLineEdit *m_name;
    QComboBox *m_action;
    QComboBox *m_onFailure;
    QLineEdit *m_maxAttempts;
    QLineEdit *m_timeout;
    QWidget *m_operationBar;
    QComboBox *m_operation;
    QToolButton *m_addOperation;
    QToolButton *m_removeOperation;
    InputsForm *m_inputs;
    QLabel *m_inputsNote;
    QLabel *m_notes;
};

} // namespace Kiln::Widgets
