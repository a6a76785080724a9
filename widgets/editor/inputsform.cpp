#include "inputsform.h"

#include "core/toe/yamlemit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Kiln::Widgets {

namespace {

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }
QString qs(const std::string &s) { return QString::fromStdString(s); }

bool isMultiLine(Toe::InputType t)
{
    return t == Toe::InputType::StringList || t == Toe::InputType::Map || t == Toe::InputType::NameValueList;
}

// Splits "KEY=value" (the first '=' separates).
std::pair<QString, QString> splitPair(const QString &line)
{
    const qsizetype eq = line.indexOf(u'=');
    if (eq < 0)
        return {line.trimmed(), QString()};
    return {line.left(eq).trimmed(), line.mid(eq + 1).trimmed()};
}

} // namespace

InputsForm::InputsForm(QWidget *parent) : QWidget(parent)
{
    m_layout = new QFormLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
}

QWidget *InputsForm::createEditor(const Toe::InputField &field)
{
    const QString name = qs(field.name);
    QString placeholder;
    if (!field.defaultValue.empty())
        placeholder = tr("default: %1").arg(qs(field.defaultValue));
    QWidget *editor = nullptr;
    if (field.type == Toe::InputType::Boolean) {
        auto *box = new QCheckBox(placeholder.isEmpty() ? tr("yes") : tr("yes (%1)").arg(placeholder), this);
        connect(box, &QCheckBox::clicked, this, [this, name] { commit(name); });
        editor = box;
    } else if (isMultiLine(field.type)) {
        auto *text = new QPlainTextEdit(this);
        text->setTabChangesFocus(true);
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        text->setFixedHeight(fontMetrics().lineSpacing() * (field.name == "commands" ? 6 : 3) + 12);
        text->setPlaceholderText(field.type == Toe::InputType::StringList ? tr("one per line")
                                 : field.type == Toe::InputType::Map      ? tr("KEY=value, one per line")
                                                                          : tr("name=value, one per line"));
        text->installEventFilter(this);
        editor = text;
    } else if (!field.allowedValues.empty()) {
        auto *combo = new QComboBox(this);
        combo->setEditable(true);
        combo->addItem(QString());
        for (std::string_view v : field.allowedValues)
            combo->addItem(qs(v));
        combo->lineEdit()->setPlaceholderText(placeholder);
        connect(combo, &QComboBox::activated, this, [this, name] { commit(name); });
        connect(combo->lineEdit(), &QLineEdit::editingFinished, this, [this, name] { commit(name); });
        editor = combo;
    } else {
        auto *line = new QLineEdit(this);
        line->setPlaceholderText(placeholder);
        if (field.type == Toe::InputType::Integer)
            line->setValidator(new QIntValidator(line));
        connect(line, &QLineEdit::editingFinished, this, [this, name] { commit(name); });
        editor = line;
    }
    editor->setObjectName(QStringLiteral("input_") + name);
    editor->setToolTip(qs(field.description));
    return editor;
}

bool InputsForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
            if (it.value() == watched)
                commit(it.key());
    return QWidget::eventFilter(watched, event);
}

void InputsForm::setAction(const Toe::ActionInfo *action, const Toe::Node *inputs)
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_editors.clear();
    m_shown.clear();
    m_action = action;
    if (!action)
        return;
    for (const Toe::InputField &field : action->inputs) {
        const QString name = qs(field.name);
        auto *label = new QLabel(field.required ? QStringLiteral("<b>%1</b> *").arg(name.toHtmlEscaped()) : name, this);
        label->setToolTip(field.required ? tr("Required. %1").arg(qs(field.description)) : qs(field.description));
        QWidget *editor = createEditor(field);
        label->setBuddy(editor);
        m_layout->addRow(label, editor);
        m_editors.insert(name, editor);
    }
    updateValues(inputs);
}

QString InputsForm::textOf(const Toe::InputField &field, const Toe::Node *v) const
{
    if (!v || v->isNull())
        return {};
    switch (field.type) {
    case Toe::InputType::StringList: {
        QStringList lines;
        if (v->isSequence())
            for (const auto &item : v->items)
                lines << (item.isScalar() ? qs(item.scalar) : QString());
        else if (v->isScalar())
            lines << qs(v->scalar);
        return lines.join(u'\n');
    }
    case Toe::InputType::Map: {
        QStringList lines;
        for (const auto &e : v->entries)
            lines << qs(e.key) + u'=' + (e.value.isScalar() ? qs(e.value.scalar) : QString());
        return lines.join(u'\n');
    }
    case Toe::InputType::NameValueList: {
        QStringList lines;
        for (const auto &item : v->items) {
            const Toe::Node *n = item.find("name");
            const Toe::Node *val = item.find("value");
            lines << (n && n->isScalar() ? qs(n->scalar) : QString()) + u'=' + (val && val->isScalar() ? qs(val->scalar) : QString());
        }
        return lines.join(u'\n');
    }
    default: return v->isScalar() ? qs(v->scalar) : QString();
    }
}

void InputsForm::updateValues(const Toe::Node *inputs)
{
    if (!m_action)
        return;
    for (const Toe::InputField &field : m_action->inputs) {
        const QString name = qs(field.name);
        QWidget *editor = m_editors.value(name);
        if (!editor)
            continue;
        const Toe::Node *v = inputs && inputs->isMap() ? inputs->find(std::string(field.name)) : nullptr;
        const QString text = textOf(field, v);
        // A value written in a shape the form cannot show (a mapping where text belongs…) is edited in the text.
        const bool editable = !v || v->isNull() || field.type == Toe::InputType::Any || isMultiLine(field.type) == !v->isScalar() ||
                              (field.type == Toe::InputType::StringList && v->isScalar());
        editor->setEnabled(editable);
        if (editor->hasFocus() && m_shown.contains(name))
            continue; // the user is typing here
        m_shown.insert(name, text);
        if (auto *box = qobject_cast<QCheckBox *>(editor)) {
            const QString effective = text.isEmpty() ? qs(field.defaultValue) : text;
            box->setChecked(effective.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0);
            m_shown.insert(name, currentText(name)); // untouched boxes leave the key out
        } else if (auto *edit = qobject_cast<QPlainTextEdit *>(editor)) {
            if (edit->toPlainText() != text)
                edit->setPlainText(text);
        } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentText(text);
        } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            if (line->text() != text)
                line->setText(text);
        }
    }
}

QString InputsForm::currentText(const QString &field) const
{
    QWidget *editor = m_editors.value(field);
    if (auto *box = qobject_cast<QCheckBox *>(editor))
        return box->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    if (auto *edit = qobject_cast<QPlainTextEdit *>(editor))
        return edit->toPlainText();
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentText();
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text();
    return {};
}

void InputsForm::setValue(const QString &field, const QString &text)
{
    QWidget *editor = m_editors.value(field);
    if (auto *box = qobject_cast<QCheckBox *>(editor))
        box->setChecked(text == u"true");
    else if (auto *edit = qobject_cast<QPlainTextEdit *>(editor))
        edit->setPlainText(text);
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentText(text);
    else if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setText(text);
}

std::optional<Toe::Node> InputsForm::parse(const Toe::InputField &field, const QString &text) const
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    switch (field.type) {
    case Toe::InputType::StringList: {
        std::vector<Toe::Node> items;
        for (const QString &line : text.split(u'\n'))
            if (!line.trimmed().isEmpty())
                items.push_back(Toe::yamlText(line.toStdString()));
        return Toe::yamlList(std::move(items));
    }
    case Toe::InputType::Map: {
        std::vector<Toe::Node::Entry> entries;
        for (const QString &line : text.split(u'\n'))
            if (!line.trimmed().isEmpty()) {
                const auto [k, v] = splitPair(line);
                entries.push_back({k.toStdString(), {}, Toe::yamlText(v.toStdString())});
            }
        return Toe::yamlMap(std::move(entries));
    }
    case Toe::InputType::NameValueList: {
        std::vector<Toe::Node> items;
        for (const QString &line : text.split(u'\n'))
            if (!line.trimmed().isEmpty()) {
                const auto [k, v] = splitPair(line);
                items.push_back(Toe::yamlMap({{"name", {}, Toe::yamlText(k.toStdString())}, {"value", {}, Toe::yamlText(v.toStdString())}}));
            }
        return Toe::yamlList(std::move(items));
    }
    case Toe::InputType::Integer:
    case Toe::InputType::Boolean: return Toe::yamlTyped(text.trimmed().toStdString());
    case Toe::InputType::String:
    case Toe::InputType::Any: break;
    }
    return Toe::yamlText(text.toStdString());
}

void InputsForm::commit(const QString &field)
{
    const QString text = currentText(field);
    if (m_shown.value(field) == text)
        return;
    m_shown.insert(field, text);
    Q_EMIT fieldEdited(field, value(field));
}

std::optional<Toe::Node> InputsForm::value(const QString &field) const
{
    if (!m_action)
        return std::nullopt;
    const Toe::InputField *f = m_action->input(field.toStdString());
    return f ? parse(*f, currentText(field)) : std::nullopt;
}

Toe::Node InputsForm::values() const
{
    std::vector<Toe::Node::Entry> entries;
    if (m_action)
        for (const Toe::InputField &field : m_action->inputs) {
            const QString name = qs(field.name);
            if (qobject_cast<QCheckBox *>(m_editors.value(name)) && m_shown.value(name) == currentText(name))
                continue; // a check box the user did not touch: leave the default
            if (auto v = value(name))
                entries.push_back({std::string(field.name), {}, std::move(*v)});
        }
    return Toe::yamlMap(std::move(entries));
}

QStringList InputsForm::missingRequired() const
{
    QStringList missing;
    if (m_action)
        for (const Toe::InputField &field : m_action->inputs)
            if (field.required && currentText(qs(field.name)).trimmed().isEmpty())
                missing << qs(field.name);
    return missing;
}

} // namespace Kiln::Widgets
