#include "findbar.h"

#include "widgets/common/qsci.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QToolButton>

namespace Kiln::Widgets {

FindBar::FindBar(QsciScintilla *editor, QWidget *parent) : QWidget(parent), m_editor(editor)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_field = new QLineEdit(this);
    m_field->setPlaceholderText(tr("Find in the document"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+Return)"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (Return)"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Close (Escape)"));
    close->setAutoRaise(true);
    layout->addWidget(m_field, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(close);
    connect(m_field, &QLineEdit::returnPressed, this, [this] { find(true); });
    connect(previous, &QToolButton::clicked, this, [this] { find(false); });
    connect(next, &QToolButton::clicked, this, [this] { find(true); });
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    hide();
}

void FindBar::activate()
{
    show();
    if (m_editor->hasSelectedText() && !m_editor->selectedText().contains(u'\n'))
        m_field->setText(m_editor->selectedText());
    m_field->setFocus();
    m_field->selectAll();
}

bool FindBar::find(bool forward)
{
    const QString text = m_field->text();
    if (text.isEmpty())
        return false;
    int line = 0, index = 0;
    m_editor->getCursorPosition(&line, &index);
    if (!forward && m_editor->hasSelectedText()) {
        int l1 = 0, i1 = 0, l2 = 0, i2 = 0;
        m_editor->getSelection(&l1, &i1, &l2, &i2);
        line = l1;
        index = i1;
    }
    const bool found = m_editor->findFirst(text, false, false, false, true, forward, line, index);
    QPalette pal = m_field->palette();
    pal.setColor(QPalette::Base, found ? palette().color(QPalette::Base) : QColor(0xff, 0xd6, 0xd6));
    pal.setColor(QPalette::Text, found ? palette().color(QPalette::Text) : QColor(0x40, 0x00, 0x00));
    m_field->setPalette(pal);
    return found;
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            hide();
            m_editor->setFocus();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ShiftModifier)) {
            find(false);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Kiln::Widgets
