#include "diffview.h"
#include "textdiff.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Kiln::Widgets {

DiffView::DiffView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setUndoRedoEnabled(false);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_summary);
    layout->addWidget(m_text, 1);
}

void DiffView::clear(const QString &message)
{
    ++m_token;
    m_text->clear();
    m_summary->setText(message);
}

QString DiffView::summary() const { return m_summary->text(); }

QString DiffView::diffText() const { return m_text->toPlainText(); }

void DiffView::setTexts(const QString &oldTitle, const QString &oldText, const QString &newTitle, const QString &newText)
{
    const quint64 token = ++m_token;
    m_summary->setText(tr("Comparing…"));
    QtConcurrent::run([oldText, newText] { return TextDiff::unified(oldText, newText); })
        .then(this, [this, token, oldTitle, newTitle](const QList<DiffLine> &lines) {
            if (token != m_token)
                return; // another comparison was asked for meanwhile
            m_text->clear();
            if (lines.isEmpty()) {
                m_summary->setText(tr("%1 and %2 are identical.").arg(oldTitle, newTitle));
                Q_EMIT diffReady();
                return;
            }
            int added = 0, removed = 0;
            for (const DiffLine &l : lines) {
                added += l.kind == DiffLine::Kind::Added;
                removed += l.kind == DiffLine::Kind::Removed;
            }
            m_summary->setText(tr("From %1 to %2: %n line(s) added", nullptr, added).arg(oldTitle, newTitle)
                               + QLatin1String(", ") + tr("%n line(s) removed", nullptr, removed));
            // Tints that read on light and dark bases: translucent green/red over the base colour.
            const QColor base = palette().color(QPalette::Base);
            auto tint = [&base](const QColor &c) {
                return QColor::fromRgbF(base.redF() * 0.75 + c.redF() * 0.25, base.greenF() * 0.75 + c.greenF() * 0.25,
                                        base.blueF() * 0.75 + c.blueF() * 0.25);
            };
            QTextCharFormat same, addedFmt, removedFmt, hunk;
            QTextBlockFormat sameBlock, addedBlock, removedBlock, hunkBlock;
            addedBlock.setBackground(tint(QColor(0x2e, 0xa0, 0x43)));
            removedBlock.setBackground(tint(QColor(0xd0, 0x30, 0x30)));
            hunkBlock.setBackground(palette().color(QPalette::AlternateBase));
            hunk.setForeground(palette().color(QPalette::PlaceholderText));
            QTextCursor cursor(m_text->document());
            cursor.beginEditBlock();
            bool first = true;
            for (const DiffLine &l : lines) {
                if (!first)
                    cursor.insertBlock();
                first = false;
                auto num = [](int n) { return n > 0 ? QString::number(n).rightJustified(4) : QStringLiteral("    "); };
                switch (l.kind) {
                case DiffLine::Kind::HunkHeader:
                    cursor.setBlockFormat(hunkBlock);
                    cursor.insertText(l.text, hunk);
                    break;
                case DiffLine::Kind::Same:
                    cursor.setBlockFormat(sameBlock);
                    cursor.insertText(num(l.oldLine) + u' ' + num(l.newLine) + QLatin1String("   ") + l.text, same);
                    break;
                case DiffLine::Kind::Added:
                    cursor.setBlockFormat(addedBlock);
                    cursor.insertText(num(0) + u' ' + num(l.newLine) + QLatin1String(" + ") + l.text, same);
                    break;
                case DiffLine::Kind::Removed:
                    cursor.setBlockFormat(removedBlock);
                    cursor.insertText(num(l.oldLine) + u' ' + num(0) + QLatin1String(" - ") + l.text, same);
                    break;
                }
            }
            cursor.endEditBlock();
            m_text->moveCursor(QTextCursor::Start);
            Q_EMIT diffReady();
        });
}

} // namespace Kiln::Widgets
