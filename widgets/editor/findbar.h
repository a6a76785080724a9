#pragma once
// Find in the component editor's text (Ctrl+F): a search field with next / previous, matching
// case-insensitively and wrapping around; Escape closes it and returns to the text.
#include <QWidget>

class QLineEdit;
class QsciScintilla;

namespace Kiln::Widgets {

class FindBar : public QWidget
{
    Q_OBJECT
public:
    FindBar(QsciScintilla *editor, QWidget *parent = nullptr);

    void activate();
    bool find(bool forward);
    QLineEdit *field() const { return m_field; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QsciScintilla *m_editor;
    QLineEdit *m_field;
};

} // namespace Kiln::Widgets
