#pragma once
// A form for the inputs of one action module, generated from its field metadata (core/toe/
// actions.h): text fields, lists as multi-line text (one item per line), booleans as check
// boxes, allowed values as a drop-down, required fields marked. Used by the step form (each
// committed field becomes one YAML edit) and the "Add step" dialog (all values at once).
#include "core/toe/actions.h"
#include "core/toe/model.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;

namespace Kiln::Widgets {

class InputsForm : public QWidget
{
    Q_OBJECT
public:
    explicit InputsForm(QWidget *parent = nullptr);

    // Builds the fields of `action` (nullptr: none) showing the values of `inputs` (a mapping:
    // the inputs, or one operation of list-shaped inputs; may be null).
    void setAction(const Toe::ActionInfo *action, const Toe::Node *inputs);
    // Shows new values without rebuilding (the field being edited keeps its text and focus).
    void updateValues(const Toe::Node *inputs);
    const Toe::ActionInfo *action() const { return m_action; }

    // The field's current value as YAML (nullopt when empty: the key is left out).
    std::optional<Toe::Node> value(const QString &field) const;
    // Every non-empty field, in the module's order.
    Toe::Node values() const;
    // Required fields that are empty.
    QStringList missingRequired() const;
    // For tests and the dialog: the widget editing `field`.
    QWidget *editorFor(const QString &field) const { return m_editors.value(field); }
    void setValue(const QString &field, const QString &text);

Q_SIGNALS:
    // A field was committed by the user (Return / focus out / toggle) with a changed value.
    void fieldEdited(const QString &field, const std::optional<Kiln::Toe::Node> &value);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override; // multi-line fields commit on focus out

private:
    QWidget *createEditor(const Toe::InputField &field);
    QString textOf(const Toe::InputField &field, const Toe::Node *value) const;
    std::optional<Toe::Node> parse(const Toe::InputField &field, const QString &text) const;
    QString currentText(const QString &field) const;
    void commit(const QString &field);

    const Toe::ActionInfo *m_action = nullptr;
    QFormLayout *m_layout;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QString> m_shown; // the text each field showed when last set (to skip no-op commits)
};

} // namespace Kiln::Widgets
