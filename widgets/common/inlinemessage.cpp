#include "inlinemessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace Kiln::Widgets {

InlineMessage::InlineMessage(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
}

void InlineMessage::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (kind) {
    case Kind::Error: icon = QStyle::SP_MessageBoxCritical; break;
    case Kind::Warning: icon = QStyle::SP_MessageBoxWarning; break;
    case Kind::Info: icon = QStyle::SP_MessageBoxInformation; break;
    case Kind::Success: icon = QStyle::SP_DialogApplyButton; break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_text->setText(text);
    setVisible(!text.isEmpty());
}

void InlineMessage::clearMessage()
{
    m_text->clear();
    hide();
}

QString InlineMessage::text() const { return isVisibleTo(parentWidget()) || !isHidden() ? m_text->text() : QString(); }

} // namespace Kiln::Widgets
