#include "detailform.h"
#include "format.h"
#include "statusbadge.h"

#include <QFormLayout>
#include <QLabel>

namespace Kiln::Widgets {

DetailForm::DetailForm(QWidget *parent) : QWidget(parent)
{
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(12, 8, 12, 8);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setVerticalSpacing(6);
}

void DetailForm::clear()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
}

void DetailForm::addHeading(const QString &text)
{
    auto *heading = new QLabel(text, this);
    QFont f = heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    heading->setFont(f);
    heading->setContentsMargins(0, m_form->rowCount() ? 10 : 0, 0, 2);
    m_form->addRow(heading);
}

QLabel *DetailForm::addRow(const QString &label, const QString &value, const QString &toolTip)
{
    auto *v = new QLabel(value.isEmpty() ? Format::dash() : value, this);
    v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    v->setWordWrap(true);
    v->setTextFormat(Qt::PlainText);
    if (!toolTip.isEmpty())
        v->setToolTip(toolTip);
    auto *l = new QLabel(label, this);
    l->setForegroundRole(QPalette::PlaceholderText);
    m_form->addRow(l, v);
    return v;
}

QLabel *DetailForm::addLinkRow(const QString &label, const QString &text, const QString &href)
{
    if (text.isEmpty() || href.isEmpty())
        return addRow(label, text);
    auto *v = new QLabel(this);
    v->setTextFormat(Qt::RichText);
    v->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), text.toHtmlEscaped()));
    v->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard | Qt::TextSelectableByMouse);
    v->setWordWrap(true);
    connect(v, &QLabel::linkActivated, this, &DetailForm::linkActivated);
    auto *l = new QLabel(label, this);
    l->setForegroundRole(QPalette::PlaceholderText);
    m_form->addRow(l, v);
    return v;
}

void DetailForm::addWidgetRow(const QString &label, QWidget *widget)
{
    auto *l = new QLabel(label, this);
    l->setForegroundRole(QPalette::PlaceholderText);
    m_form->addRow(l, widget);
}

void DetailForm::addStatusRow(const QString &label, const QString &status)
{
    auto *badge = new QLabel(this);
    badge->setPixmap(StatusBadge::pixmap(status, font(), devicePixelRatioF()));
    badge->setAccessibleName(StatusBadge::label(status));
    badge->setToolTip(StatusBadge::label(status));
    addWidgetRow(label, badge);
}

QString DetailForm::valueOf(const QString &label) const
{
    for (int row = 0; row < m_form->rowCount(); ++row) {
        auto *l = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole) ? m_form->itemAt(row, QFormLayout::LabelRole)->widget() : nullptr);
        if (!l || l->text() != label)
            continue;
        auto *item = m_form->itemAt(row, QFormLayout::FieldRole);
        if (auto *v = qobject_cast<QLabel *>(item ? item->widget() : nullptr))
            return v->accessibleName().isEmpty() ? v->text() : v->accessibleName();
    }
    return {};
}

} // namespace Kiln::Widgets
