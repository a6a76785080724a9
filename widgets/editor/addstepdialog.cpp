#include "addstepdialog.h"
#include "actionicons.h"
#include "inputsform.h"

#include "widgets/common/inlinemessage.h"

#include "core/toe/actions.h"
#include "core/toe/yamlemit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Kiln::Widgets {

namespace {

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

QString uniqueName(const Toe::OutlinePhase *phase, const QString &base)
{
    const auto taken = [phase](const QString &n) {
        if (phase)
            for (const auto &s : phase->steps)
                if (QString::fromStdString(s.name) == n)
                    return true;
        return false;
    };
    if (!taken(base))
        return base;
    for (int i = 2;; ++i)
        if (!taken(base + QString::number(i)))
            return base + QString::number(i);
}

} // namespace

AddStepDialog::AddStepDialog(const QString &action, const std::vector<Toe::OutlinePhase> &outline, int phase, int after,
                             QWidget *parent)
    : QDialog(parent), m_action(Toe::findAction(action.toStdString())), m_outline(outline), m_preselectedAfter(after)
{
    setObjectName(QStringLiteral("AddStepDialog"));
    setWindowTitle(tr("Add a %1 step").arg(action));
    setWindowIcon(ActionIcons::forAction(action));
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(m_action ? QStringLiteral("<b>%1</b>: %2").arg(action.toHtmlEscaped(), qs(m_action->summary).toHtmlEscaped())
                                        : action.toHtmlEscaped(), this);
    summary->setWordWrap(true);
    layout->addWidget(summary);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("newStepName"));
    form->addRow(tr("<b>Name</b> *"), m_name);
    m_phase = new QComboBox(this);
    for (std::size_t i = 0; i < outline.size(); ++i)
        m_phase->addItem(QString::fromStdString(outline[i].name), static_cast<int>(i));
    if (outline.empty())
        m_phase->addItem(tr("build (new phase)"), -1);
    m_phase->setCurrentIndex(std::max(0, m_phase->findData(phase)));
    form->addRow(tr("Phase"), m_phase);
    m_after = new QComboBox(this);
    form->addRow(tr("Insert"), m_after);
    m_onFailure = new QComboBox(this);
    m_onFailure->addItem(tr("Abort (default)"), QString());
    m_onFailure->addItem(QStringLiteral("Continue"), QStringLiteral("Continue"));
    m_onFailure->addItem(QStringLiteral("Ignore"), QStringLiteral("Ignore"));
    form->addRow(tr("On failure"), m_onFailure);
    layout->addLayout(form);

    auto *inputsBox = new QGroupBox(tr("Inputs"), this);
    auto *inputsLayout = new QVBoxLayout(inputsBox);
    m_inputs = new InputsForm(inputsBox);
    m_inputs->setAction(m_action && m_action->shape != Toe::InputShape::Expression ? m_action : nullptr, nullptr);
    auto *scroll = new QScrollArea(inputsBox);
    scroll->setWidget(m_inputs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    inputsLayout->addWidget(scroll);
    if (m_action && m_action->shape == Toe::InputShape::Expression)
        inputsLayout->addWidget(new QLabel(tr("The step starts with a sample condition; edit it in the text."), inputsBox));
    else if (m_action && m_action->inputs.empty())
        inputsLayout->addWidget(new QLabel(tr("This action has no inputs."), inputsBox));
    else if (m_action && m_action->shape == Toe::InputShape::List)
        inputsLayout->addWidget(new QLabel(tr("One operation; add more later in the step form."), inputsBox));
    layout->addWidget(inputsBox, 1);
    m_message = new InlineMessage(this);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add step"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddStepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddStepDialog::reject);
    connect(m_phase, &QComboBox::currentIndexChanged, this, &AddStepDialog::phaseChanged);
    phaseChanged();
    resize(520, std::min(760, 320 + 44 * static_cast<int>(m_action ? m_action->inputs.size() : 0)));
}

void AddStepDialog::phaseChanged()
{
    const int p = m_phase->currentData().toInt();
    const Toe::OutlinePhase *phase = p >= 0 && p < static_cast<int>(m_outline.size()) ? &m_outline[static_cast<std::size_t>(p)] : nullptr;
    m_after->clear();
    m_after->addItem(tr("at the start of the phase"), 0);
    if (phase)
        for (std::size_t i = 0; i < phase->steps.size(); ++i)
            m_after->addItem(tr("after %1").arg(QString::fromStdString(phase->steps[i].name)), static_cast<int>(i) + 1);
    // The preselected step in its phase, else the end of the phase.
    const int want = m_preselectedAfter >= 0 ? m_preselectedAfter + 1 : m_after->count() - 1;
    m_after->setCurrentIndex(std::clamp(want, 0, m_after->count() - 1));
    m_preselectedAfter = -1; // only for the first phase shown
    if (!m_name->isModified())
        m_name->setText(uniqueName(phase, m_action ? qs(m_action->name) : QStringLiteral("Step")));
}

int AddStepDialog::phase() const { return m_phase->currentData().toInt(); }

QString AddStepDialog::newPhaseName() const { return QStringLiteral("build"); }

int AddStepDialog::insertIndex() const { return m_after->currentData().toInt(); }

Toe::Node AddStepDialog::step() const
{
    const std::string action = m_action ? std::string(m_action->name) : std::string();
    Toe::Node node = m_action ? Toe::newStepNode(*m_action, m_name->text().trimmed().toStdString())
                              : Toe::yamlMap({{"name", {}, Toe::yamlText(m_name->text().trimmed().toStdString())}});
    // Replace the skeleton's inputs by what the form holds.
    std::vector<Toe::Node::Entry> entries;
    for (auto &e : node.entries)
        if (e.key != "inputs")
            entries.push_back(e);
    if (const QString f = m_onFailure->currentData().toString(); !f.isEmpty())
        entries.push_back({"onFailure", {}, Toe::yamlText(f.toStdString())});
    if (m_action && m_action->shape == Toe::InputShape::Expression) {
        if (const Toe::Node *in = node.find("inputs"))
            entries.push_back({"inputs", {}, *in});
    } else if (m_action) {
        Toe::Node values = m_inputs->values();
        const bool empty = values.entries.empty();
        if (!(empty && (m_action->inputsOptional || m_action->inputs.empty())))
            entries.push_back({"inputs", {}, m_action->shape == Toe::InputShape::List ? Toe::yamlList({values}) : values});
    }
    return Toe::yamlMap(std::move(entries));
}

void AddStepDialog::accept()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_message->showError(tr("Give the step a name."));
        m_name->setFocus();
        return;
    }
    const int p = phase();
    if (p >= 0 && p < static_cast<int>(m_outline.size()))
        for (const auto &s : m_outline[static_cast<std::size_t>(p)].steps)
            if (QString::fromStdString(s.name) == name) {
                m_message->showError(tr("The phase already has a step named %1; step names are unique in a phase.").arg(name));
                m_name->setFocus();
                return;
            }
    const QStringList missing = m_inputs->missingRequired();
    if (!missing.isEmpty()) {
        m_message->showError(tr("Fill in the required inputs: %1.").arg(missing.join(QStringLiteral(", "))));
        if (QWidget *w = m_inputs->editorFor(missing.first()))
            w->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Kiln::Widgets
