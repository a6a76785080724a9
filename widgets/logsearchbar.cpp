#include "logsearchbar.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

namespace Kiln::Widgets {

LogSearchBar::LogSearchBar(QWidget *parent) : QWidget(parent)
{
    m_edit = new QLineEdit(this);
    m_edit->setPlaceholderText(tr("Find in log"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);

    m_previous = new QToolButton(this);
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Find the previous match (Shift+Enter)"));
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_next = new QToolButton(this);
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Find the next match (Enter)"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_case = new QCheckBox(tr("Match case"), this);
    m_status = new QLabel(this);
    m_close = new QToolButton(this);
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_close->setToolTip(tr("Close the find bar (Esc)"));
    m_close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_case);
    layout->addWidget(m_status);
    layout->addWidget(m_close);

    connect(m_edit, &QLineEdit::textChanged, this, &LogSearchBar::textChanged);
    connect(m_case, &QCheckBox::toggled, this, [this] { Q_EMIT textChanged(m_edit->text()); });
    connect(m_next, &QToolButton::clicked, this, &LogSearchBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &LogSearchBar::findPrevious);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
}

QString LogSearchBar::text() const
{
    return m_edit->text();
}

void LogSearchBar::setText(const QString &text)
{
    m_edit->setText(text);
}

Qt::CaseSensitivity LogSearchBar::caseSensitivity() const
{
    return m_case->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
}

void LogSearchBar::setStatus(const QString &status, bool notFound)
{
    m_status->setText(status);
    QPalette p = m_edit->palette();
    if (notFound && !m_edit->text().isEmpty()) {
        const QColor base = palette().color(QPalette::Base);
        const QColor red = QColor::fromHsl(0, 200, 128);
        const qreal t = base.lightnessF() < 0.5 ? 0.35 : 0.25;
        p.setColor(QPalette::Base, QColor::fromRgbF(base.redF() * (1 - t) + red.redF() * t,
                                                    base.greenF() * (1 - t) + red.greenF() * t,
                                                    base.blueF() * (1 - t) + red.blueF() * t));
    } else {
        p.setColor(QPalette::Base, palette().color(QPalette::Base));
    }
    m_edit->setPalette(p);
}

void LogSearchBar::focusText()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

bool LogSearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                Q_EMIT findPrevious();
            else
                Q_EMIT findNext();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hide();
            Q_EMIT closed();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Kiln::Widgets
