#include "stepform.h"
#include "actionicons.h"
#include "inputsform.h"

#include "core/toe/actions.h"
#include "core/toe/yamlemit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace Kiln::Widgets {

namespace {

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

QString scalar(const Toe::Node *step, const char *key)
{
    const Toe::Node *n = step ? step->find(key) : nullptr;
    return n && n->isScalar() ? QString::fromStdString(n->scalar) : QString();
}

void setTextUnlessFocused(QLineEdit *edit, const QString &text)
{
    if (!edit->hasFocus() && edit->text() != text)
        edit->setText(text);
}

} // namespace

StepForm::StepForm(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("StepForm"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("StepFormTitle"));
    QFont tf = m_title->font();
    tf.setBold(true);
    tf.setPointSizeF(tf.pointSizeF() * 1.1);
    m_title->setFont(tf);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_placeholder = new QLabel(tr("Select a step in the outline to edit it here, or add one with “Add step”."), this);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_placeholder);

    m_body = new QWidget(this);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(m_body);
    m_name->setObjectName(QStringLiteral("stepName"));
    m_name->setToolTip(tr("Unique in its phase; other steps refer to it as {{ phase.name.outputs… }}"));
    form->addRow(tr("<b>Name</b> *"), m_name);
    m_action = new QComboBox(m_body);
    m_action->setObjectName(QStringLiteral("stepAction"));
    for (const Toe::ActionInfo &a : Toe::actionModules())
        m_action->addItem(ActionIcons::forAction(qs(a.name)), qs(a.name), qs(a.name));
    m_action->setMaxVisibleItems(16);
    form->addRow(tr("<b>Action</b> *"), m_action);
    m_onFailure = new QComboBox(m_body);
    m_onFailure->setObjectName(QStringLiteral("stepOnFailure"));
    m_onFailure->addItem(tr("Abort (default)"), QString());
    m_onFailure->addItem(tr("Abort: stop, the document fails"), QStringLiteral("Abort"));
    m_onFailure->addItem(tr("Continue: run the rest, still fail"), QStringLiteral("Continue"));
    m_onFailure->addItem(tr("Ignore: run the rest, succeed"), QStringLiteral("Ignore"));
    form->addRow(tr("On failure"), m_onFailure);
    m_maxAttempts = new QLineEdit(m_body);
    m_maxAttempts->setObjectName(QStringLiteral("stepMaxAttempts"));
    m_maxAttempts->setValidator(new QIntValidator(1, 1000000, m_maxAttempts));
    m_maxAttempts->setPlaceholderText(tr("1 (default)"));
    form->addRow(tr("Attempts"), m_maxAttempts);
    m_timeout = new QLineEdit(m_body);
    m_timeout->setObjectName(QStringLiteral("stepTimeout"));
    m_timeout->setValidator(new QIntValidator(-1, 1000000000, m_timeout));
    m_timeout->setPlaceholderText(tr("7200 s (default); -1: none"));
    form->addRow(tr("Timeout (s)"), m_timeout);
    body->addLayout(form);

    auto *inputs = new QGroupBox(tr("Inputs"), m_body);
    auto *inputsLayout = new QVBoxLayout(inputs);
    m_operationBar = new QWidget(inputs);
    auto *bar = new QHBoxLayout(m_operationBar);
    bar->setContentsMargins(0, 0, 0, 0);
    m_operation = new QComboBox(m_operationBar);
    m_operation->setObjectName(QStringLiteral("stepOperation"));
    m_operation->setToolTip(tr("This action takes a list of operations; edit one at a time"));
    m_addOperation = new QToolButton(m_operationBar);
    m_addOperation->setText(tr("Add"));
    m_addOperation->setToolTip(tr("Add an operation to this step"));
    m_removeOperation = new QToolButton(m_operationBar);
    m_removeOperation->setText(tr("Remove"));
    m_removeOperation->setToolTip(tr("Remove the shown operation"));
    bar->addWidget(m_operation, 1);
    bar->addWidget(m_addOperation);
    bar->addWidget(m_removeOperation);
    inputsLayout->addWidget(m_operationBar);
    m_inputs = new InputsForm(inputs);
    inputsLayout->addWidget(m_inputs);
    m_inputsNote = new QLabel(inputs);
    m_inputsNote->setWordWrap(true);
    inputsLayout->addWidget(m_inputsNote);
    body->addWidget(inputs);
    m_notes = new QLabel(m_body);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::RichText);
    body->addWidget(m_notes);
    body->addStretch(1);
    layout->addWidget(m_body, 1);

    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (m_name->text().trimmed().isEmpty())
            m_name->setText(scalar(m_step ? &*m_step : nullptr, "name")); // a step needs a name
        else
            commitScalar(QStringLiteral("name"), m_name->text(), false);
    });
    connect(m_action, &QComboBox::activated, this, [this] { commitScalar(QStringLiteral("action"), m_action->currentData().toString(), false); });
    connect(m_onFailure, &QComboBox::activated, this,
            [this] { commitScalar(QStringLiteral("onFailure"), m_onFailure->currentData().toString(), false); });
    connect(m_maxAttempts, &QLineEdit::editingFinished, this, [this] { commitScalar(QStringLiteral("maxAttempts"), m_maxAttempts->text(), true); });
    connect(m_timeout, &QLineEdit::editingFinished, this, [this] { commitScalar(QStringLiteral("timeoutSeconds"), m_timeout->text(), true); });
    connect(m_operation, &QComboBox::activated, this, &StepForm::showOperation);
    connect(m_addOperation, &QToolButton::clicked, this, [this] { Q_EMIT addOperationRequested(m_at); });
    connect(m_removeOperation, &QToolButton::clicked, this, [this] {
        if (m_operation->currentIndex() >= 0)
            Q_EMIT removeOperationRequested(m_at, static_cast<std::size_t>(m_operation->currentIndex()));
    });
    connect(m_inputs, &InputsForm::fieldEdited, this, [this](const QString &field, const std::optional<Toe::Node> &value) {
        const Toe::Node *in = inputsNode();
        const bool list = in && in->isSequence();
        std::optional<std::size_t> op;
        if (list || (m_inputs->action() && m_inputs->action()->shape == Toe::InputShape::List))
            op = static_cast<std::size_t>(std::max(0, m_operation->currentIndex()));
        Q_EMIT inputChanged(m_at, op, field, value);
    });
    connect(m_notes, &QLabel::linkActivated, this, [this] { Q_EMIT showInTextRequested(m_at); });
    clear();
}

void StepForm::clear()
{
    m_hasStep = false;
    m_step.reset();
    m_title->clear();
    m_placeholder->show();
    m_body->hide();
}

void StepForm::setEditable(bool editable)
{
    m_editable = editable;
    m_body->setEnabled(editable);
}

const Toe::Node *StepForm::inputsNode() const { return m_step ? m_step->find("inputs") : nullptr; }

void StepForm::commitScalar(const QString &key, const QString &text, bool typed)
{
    if (!m_hasStep || !m_editable)
        return;
    const QString before = scalar(m_step ? &*m_step : nullptr, key.toUtf8().constData());
    if (before == text.trimmed())
        return;
    std::optional<Toe::Node> value;
    if (!text.trimmed().isEmpty())
        value = typed ? Toe::yamlTyped(text.trimmed().toStdString()) : Toe::yamlText(text.trimmed().toStdString());
    Q_EMIT fieldChanged(m_at, key, value);
}

void StepForm::setStep(Toe::StepAddress at, const QString &phaseName, const Toe::Node *step)
{
    if (!step || !step->isMap()) {
        clear();
        return;
    }
    const bool sameStep = m_hasStep && m_at == at;
    m_at = at;
    m_hasStep = true;
    m_step = *step;
    m_placeholder->hide();
    m_body->show();
    const QString name = scalar(step, "name");
    m_title->setText(tr("%1 › %2").arg(phaseName.isEmpty() ? tr("phase %1").arg(at.phase + 1) : phaseName,
                                      name.isEmpty() ? tr("step %1").arg(at.step + 1) : name));
    setTextUnlessFocused(m_name, name);
    const QString action = scalar(step, "action");
    int index = m_action->findData(action);
    if (index < 0) {
        // An action Kiln does not know (a typo): show it so the user sees what is written.
        for (int i = m_action->count() - 1; i >= 0; --i)
            if (!Toe::findAction(m_action->itemData(i).toString().toStdString()))
                m_action->removeItem(i);
        m_action->insertItem(0, action.isEmpty() ? tr("(none)") : tr("%1 (unknown)").arg(action), action);
        index = 0;
    }
    m_action->setCurrentIndex(index);
    m_onFailure->setCurrentIndex(std::max(0, m_onFailure->findData(scalar(step, "onFailure"))));
    setTextUnlessFocused(m_maxAttempts, scalar(step, "maxAttempts"));
    setTextUnlessFocused(m_timeout, scalar(step, "timeoutSeconds"));

    const Toe::ActionInfo *info = Toe::findAction(action.toStdString());
    const Toe::Node *in = inputsNode();
    m_inputsNote->clear();
    m_operationBar->setVisible(info && info->shape == Toe::InputShape::List);
    if (!info) {
        m_inputs->setAction(nullptr, nullptr);
        m_inputsNote->setText(tr("Choose an action to edit its inputs here."));
    } else if (info->shape == Toe::InputShape::Expression) {
        m_inputs->setAction(nullptr, nullptr);
        m_inputsNote->setText(tr("Assert's inputs are a condition (like a step's “if”); edit them in the text."));
    } else if (info->shape == Toe::InputShape::List) {
        const int previous = sameStep ? m_operation->currentIndex() : 0;
        m_operation->clear();
        const std::size_t count = in && in->isSequence() ? in->items.size() : 0;
        for (std::size_t i = 0; i < count; ++i) {
            const Toe::Node &op = in->items[i];
            const QString first = op.isMap() && !op.entries.empty() && op.entries.front().value.isScalar()
                                      ? QString::fromStdString(op.entries.front().value.scalar) : QString();
            m_operation->addItem(tr("Operation %1: %2").arg(i + 1).arg(first));
        }
        if (count == 0)
            m_operation->addItem(tr("Operation 1 (new)"));
        m_removeOperation->setEnabled(count > 1);
        m_operation->setCurrentIndex(std::clamp(previous, 0, m_operation->count() - 1));
        if (in && !in->isNull() && !in->isSequence())
            m_inputsNote->setText(tr("These inputs should be a list of operations (“- path: …”); fix them in the text."));
        showOperation(m_operation->currentIndex());
    } else {
        if (m_inputs->action() == info && sameStep)
            m_inputs->updateValues(in);
        else
            m_inputs->setAction(info, in);
        if (in && !in->isNull() && !in->isMap())
            m_inputsNote->setText(tr("These inputs should be a mapping (“key: value”); fix them in the text."));
    }
    m_inputsNote->setVisible(!m_inputsNote->text().isEmpty());
    updateNotes(step);
}

void StepForm::showOperation(int index)
{
    const Toe::ActionInfo *info = Toe::findAction(m_action->currentData().toString().toStdString());
    const Toe::Node *in = inputsNode();
    const Toe::Node *op = in && in->isSequence() && index >= 0 && static_cast<std::size_t>(index) < in->items.size()
                              ? &in->items[static_cast<std::size_t>(index)] : nullptr;
    if (m_inputs->action() == info)
        m_inputs->updateValues(op);
    else
        m_inputs->setAction(info, op);
}

void StepForm::updateNotes(const Toe::Node *step)
{
    QStringList parts;
    if (step->find("loop"))
        parts << tr("a loop");
    if (step->find("if"))
        parts << tr("a condition (if)");
    if (parts.isEmpty()) {
        m_notes->clear();
        m_notes->hide();
        return;
    }
    m_notes->setText(tr("This step also has %1. <a href=\"#text\">Edit it in the text</a>.").arg(parts.join(tr(" and "))));
    m_notes->show();
}

} // namespace Kiln::Widgets
